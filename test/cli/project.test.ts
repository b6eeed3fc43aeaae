/**
 * A project outside this repository, as a new user makes one: `dagflare init` in an empty folder (the
 * package depended on by path), `dagflare location new` adding a second location, `dagflare deploy
 * --dry-run` building every Worker, then `dagflare dev` serving both locations and running their jobs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../integration/free-port";
import { cliJson, runCli, startCli } from "./run-cli";

const parent = mkdtempSync(join(tmpdir(), "dagflare-init-"));
const project = join(parent, "pipelines");
const inProject = (...args: string[]) => runCli(args, { cwd: project });
let dev: ReturnType<typeof startCli> | undefined;

beforeAll(async () => {
  const init = await runCli(["init", "pipelines"], { cwd: parent });
  if (init.code !== 0) throw new Error(`dagflare init failed:\n${init.stdout}${init.stderr}`);
}, 120_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const closed = new Promise((resolve) => dev!.on("close", resolve));
    dev.kill("SIGINT");
    await closed;
  }
  rmSync(parent, { recursive: true, force: true });
});

describe("dagflare init", () => {
  it("scaffolds a project that depends on this package by path and imports the SDK by name", () => {
    const packageJson = JSON.parse(readFileSync(join(project, "package.json"), "utf8"));
    expect(packageJson.dependencies.dagflare).toMatch(/^file:/);
    expect(statSync(join(project, "node_modules", "dagflare")).isDirectory()).toBe(true);
    expect(readFileSync(join(project, "code-locations", "hello", "definitions.ts"), "utf8")).toContain(
      'from "dagflare"',
    );
    expect(readFileSync(join(project, "instance-host.ts"), "utf8")).toContain(
      'from "dagflare/instance-host"',
    );
    expect(readFileSync(join(project, "wrangler.toml"), "utf8")).toMatch(
      /name = "pipelines-webserver"[\s\S]*binding = "HELLO_LOCATION"\nservice = "pipelines-hello"/,
    );
  });

  it("refuses a folder that is not empty", async () => {
    const again = await runCli(["init", "pipelines"], { cwd: parent });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("is not empty");
  });
});

describe("dagflare location new", () => {
  it("adds a location's folder, its service binding and its workspace entry, which check accepts", async () => {
    const made = await cliJson<{ worker: string; binding: string; job: string }>(
      ["location", "new", "billing"],
      { cwd: project },
    );
    expect(made).toMatchObject({
      worker: "pipelines-billing",
      binding: "BILLING_LOCATION",
      job: "billing_job",
    });
    expect(readFileSync(join(project, "code-locations", "billing", "wrangler.toml"), "utf8")).toMatch(
      /service = "pipelines-webserver"\nentrypoint = "InstanceApi"/,
    );
    expect(readFileSync(join(project, "wrangler.toml"), "utf8")).toMatch(
      /binding = "BILLING_LOCATION"\nservice = "pipelines-billing"/,
    );
    expect(readFileSync(join(project, "workspace.yaml"), "utf8")).toMatch(
      /binding: BILLING_LOCATION\n\s+location_name: billing/,
    );
    const check = await inProject("check");
    expect(check.code, check.stdout).toBe(0);
  });

  it("refuses an existing name and an invalid one, saying why", async () => {
    const existing = await inProject("location", "new", "billing");
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain("already exists");
    const invalid = await inProject("location", "new", "Billing_2");
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('invalid location name "Billing_2"');
    expect(existsSync(join(project, "code-locations", "Billing_2"))).toBe(false);
  });
});

describe("dagflare deploy --dry-run", () => {
  it("builds and checks every Worker, code locations first, without an account", async () => {
    const outdir = join(parent, "bundles");
    const result = await cliJson<{ dryRun: boolean; workers: { config: string; bytes: number }[] }>(
      ["deploy", "--dry-run", "--outdir", outdir],
      { cwd: project },
    );
    expect(result.dryRun).toBe(true);
    expect(result.workers.map((worker) => worker.config)).toEqual([
      "code-locations/hello/wrangler.toml",
      "code-locations/billing/wrangler.toml",
      "wrangler.toml",
    ]);
    for (const worker of result.workers) expect(worker.bytes).toBeGreaterThan(10_000);
    expect(existsSync(join(outdir, "instance-host", "instance-host.js"))).toBe(true);
    expect(existsSync(join(outdir, "code-locations_billing", "index.js"))).toBe(true);
  }, 240_000);
});

describe("dagflare dev in the project", () => {
  it("serves both locations and runs their jobs", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    dev = startCli(["dev", "--port", String(port), "--persist-to", join(parent, "state")], { cwd: project });
    const deadline = Date.now() + 180_000;
    while (!dev.output().stdout.includes("Dagflare is running")) {
      if (Date.now() > deadline || dev.exitCode !== null)
        throw new Error(`dagflare dev did not start:\n${dev.output().stdout}${dev.output().stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const jobs = await cliJson<{ location: string; job: string }[]>(["job", "list"], { url });
    expect(jobs).toEqual([
      { location: "hello", job: "hello_job", description: "Says hello." },
      { location: "billing", job: "billing_job", description: "Says hello." },
    ]);
    for (const job of ["hello_job", "billing_job"]) {
      const run = await runCli(["job", "launch", job, "--wait"], { url });
      expect(run.stdout).toMatch(/STEP_SUCCESS\s+Finished execution of step "greet"/);
      expect(run.code, run.stdout + run.stderr).toBe(0);
    }
  }, 300_000);
});
