/**
 * `dagflare token` against a system with access control on (API tokens enabled, a bootstrap admin token),
 * as an admin sets up CI: create a token (its secret shown once), list it without the secret, use it from
 * another command, revoke it and see it refused; a bad --role is reported naming the flag.
 * The cli project's shared system has no `auth` config (localhost answers everyone), so this file starts
 * its own webserver with one.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyLocalMigrations, startWranglerDev } from "../../scripts/lib/dev-system.mjs";
import { freePort } from "../integration/free-port";
import { cliJson, runCli } from "./run-cli";

const root = join(import.meta.dirname, "..", "..");
const ADMIN_TOKEN = "dagflare_the-bootstrap-admin-token-of-the-cli-tests";
const name = `ci-${Date.now()}`;

type Token = { id: string; name: string; role: string | null; status: string; secret?: string };

let url: string;
let stop: () => Promise<void>;
let persistTo: string;

beforeAll(async () => {
  persistTo = mkdtempSync(join(tmpdir(), "dagflare-cli-tokens-"));
  applyLocalMigrations({ root, persistTo, quiet: true });
  const system = await startWranglerDev({
    root,
    configs: ["wrangler.toml"],
    port: await freePort(),
    persistTo,
    vars: {
      DAGFLARE_INSTANCE_YAML: "auth: { tokens: { enabled: true } }",
      DAGFLARE_ADMIN_TOKEN: ADMIN_TOKEN,
    },
    timeoutMs: 120_000,
  });
  url = system.url;
  stop = system.stop;
}, 180_000);

afterAll(async () => {
  await stop?.();
  if (persistTo) rmSync(persistTo, { recursive: true, force: true });
});

const asAdmin = (...args: string[]) => ["--token", ADMIN_TOKEN, ...args];

describe("dagflare token", () => {
  let secret: string;
  let id: string;

  it("creates a token and prints its secret once, with a warning", async () => {
    const result = await runCli(asAdmin("token", "create", name, "--role", "viewer", "--json"), { url });
    expect(result.code, result.stderr).toBe(0);
    const created = JSON.parse(result.stdout) as { secret: string; token: Token };
    expect(created.secret).toMatch(/^dagflare_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toMatchObject({ name, role: "VIEWER", status: "ACTIVE" });
    expect(result.stderr).toContain("shown only once");
    secret = created.secret;
    id = created.token.id;
  });

  it("lists the token without its secret, as JSON and as a table", async () => {
    const tokens = await cliJson<Token[]>(asAdmin("token", "list"), { url });
    const listed = tokens.find((token) => token.id === id);
    expect(listed).toMatchObject({ name, role: "VIEWER", status: "ACTIVE" });
    expect(JSON.stringify(tokens)).not.toContain(secret);
    const table = await runCli(asAdmin("token", "list"), { url });
    expect(table.stdout).toMatch(new RegExp(`${id}\\s+${name}\\s+viewer\\s+ACTIVE`));
  });

  it("lets another command in with the token, and refuses a call without one", async () => {
    const runs = await runCli(["run", "list", "--json", "--token", secret], { url });
    expect(runs.code, runs.stderr).toBe(0);
    expect(Array.isArray(JSON.parse(runs.stdout))).toBe(true);
    const anonymous = await runCli(["run", "list"], { url });
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain("Sign in to use this deployment");
  });

  it("keeps a viewer token from managing tokens, in the API's words", async () => {
    const result = await runCli(["token", "list", "--token", secret], { url });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("listing API tokens: UnauthorizedError");
  });

  it("revokes the token by name; the list shows it revoked and the token is refused", async () => {
    const revoked = await cliJson<Token>(asAdmin("token", "revoke", name), { url });
    expect(revoked).toMatchObject({ id, status: "REVOKED" });
    const tokens = await cliJson<Token[]>(asAdmin("token", "list"), { url });
    expect(tokens.find((token) => token.id === id)?.status).toBe("REVOKED");
    const refused = await runCli(["run", "list", "--token", secret], { url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`API token ${name} was revoked`);
  });

  it("reports an unknown token in the API's words", async () => {
    const result = await runCli(asAdmin("token", "revoke", "no-such-token"), { url });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ApiTokenNotFoundError");
  });

  it("names the flag of a bad role", async () => {
    const result = await runCli(asAdmin("token", "create", "x", "--role", "owner"), { url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--role.*unknown role "owner"; one of viewer, launcher, editor, admin/);
    const location = await runCli(asAdmin("token", "create", "x", "--location", "billing"), { url });
    expect(location.code).toBe(1);
    expect(location.stderr).toMatch(/--location.*expected <location>=<role>, got "billing"/);
  });
});
