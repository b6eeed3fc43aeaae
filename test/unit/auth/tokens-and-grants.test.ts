/**
 * Token secrets (random, hashed, compared in constant time) and the roles config gives Access users.
 */
import { describe, expect, it } from "vitest";
import { grantsForAccessUser } from "../../../shared/auth/access-grants";
import {
  generateTokenSecret,
  hashTokenSecret,
  sameSecret,
  TOKEN_PREFIX,
} from "../../../shared/auth/token-secret";
import { AuthConfigSchema } from "../../../shared/config/auth-config";
import { loadInstanceConfig } from "../../../shared/config/instance-config";

describe("token secrets", () => {
  it("are 256 random bits behind a recognisable prefix, never the same twice", () => {
    const secrets = new Set(Array.from({ length: 100 }, generateTokenSecret));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(secret).toMatch(new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`));
  });

  it("hash to SHA-256 hex", async () => {
    expect(await hashTokenSecret("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("compare equal only when identical, whatever their lengths", async () => {
    expect(await sameSecret("dagflare_x", "dagflare_x")).toBe(true);
    expect(await sameSecret("dagflare_x", "dagflare_y")).toBe(false);
    expect(await sameSecret("dagflare_x", "dagflare_xx")).toBe(false);
    expect(await sameSecret("", "dagflare_x")).toBe(false);
  });
});

const config = (yaml: unknown) => AuthConfigSchema.parse(yaml) as never;

describe("roles for Access users", () => {
  const auth = config({
    grants: [
      { email: "Alice@Example.com", role: "editor" },
      { group: "data", role: "viewer", locations: { example: "launcher" } },
      { group: "ops", locations: { example: "editor", other: "viewer" } },
    ],
  });

  it("matches emails case-insensitively and takes the highest role of every matching grant", () => {
    expect(grantsForAccessUser({ email: "alice@example.com", groups: ["data"] }, auth)).toEqual({
      role: "editor",
      locationRoles: { example: "launcher" },
    });
  });

  it("merges location roles of several groups, the highest winning", () => {
    expect(grantsForAccessUser({ email: "bob@example.com", groups: ["data", "ops"] }, auth)).toEqual({
      role: "viewer",
      locationRoles: { example: "editor", other: "viewer" },
    });
  });

  it("gives nothing to a user no grant names, unless default_role says", () => {
    expect(grantsForAccessUser({ email: "eve@example.com", groups: [] }, auth)).toBeNull();
    expect(
      grantsForAccessUser({ email: "eve@example.com", groups: [] }, config({ default_role: "viewer" })),
    ).toEqual({ role: "viewer", locationRoles: {} });
  });
});

describe("the auth config", () => {
  it("fills defaults: tokens on, no Access, 20 failures a minute", () => {
    expect(AuthConfigSchema.parse({})).toEqual({
      public: false,
      tokens: { enabled: true },
      grants: [],
      rateLimit: { maxFailures: 20, windowSeconds: 60 },
    });
  });

  it("refuses a grant naming both or neither of email and group, and an unknown role", () => {
    expect(
      AuthConfigSchema.safeParse({ grants: [{ email: "a@b.c", group: "g", role: "viewer" }] }).error
        ?.issues[0],
    ).toMatchObject({ path: ["grants", 0], message: "a grant names exactly one of email or group" });
    expect(AuthConfigSchema.safeParse({ grants: [{ role: "viewer" }] }).success).toBe(false);
    expect(() =>
      loadInstanceConfig("auth:\n  grants:\n    - email: a@b.c\n      role: owner\n", {
        source: "dagflare.yaml",
        env: {},
      }),
    ).toThrow(
      'auth.grants[0].role (line 4, column 13): expected one of viewer, launcher, editor, admin, got "owner"',
    );
    expect(
      AuthConfigSchema.safeParse({ access: { team_domain: "https://x.cloudflareaccess.com", audience: "a" } })
        .error?.issues[0],
    ).toMatchObject({ path: ["access", "team_domain"] });
  });
});
