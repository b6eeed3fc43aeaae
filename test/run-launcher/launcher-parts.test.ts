/**
 * The parts of the remote and container launchers and of the run-worker service, in Node over real
 * sockets and files: errors that name the URL when a service is unreachable or silent, the container
 * launcher's missing binding, bearer tokens, the service's options and definitions module, and the file
 * store that carries runs across service restarts.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importDefinitions } from "../../services/run-worker/definitions-module";
import { FileKeyValueStore } from "../../services/run-worker/file-key-value-store";
import { parseServiceOptions } from "../../services/run-worker/service-options";
import { loadInstanceConfig } from "../../shared/config/instance-config";
import { bearerTokenMatches } from "../../shared/instance/bearer-token";
import { createRunLauncher } from "../../shared/run-launcher/create-run-launcher";
import { runRecord } from "../unit/run-record";
import { freePort } from "../integration/free-port";
import { FIXTURE_DEFINITIONS } from "./run-worker-process";

const workspace = {
  client: () => {
    throw new Error("the remote and container launchers never ask the workspace");
  },
};
const launcher = (yaml: string, env: object = {}) => createRunLauncher(loadInstanceConfig(yaml, { source: "dagflare.yaml", env: {} }).runLauncher, { workspace, env });
const folders: string[] = [];
const folder = () => {
  const created = mkdtempSync(join(tmpdir(), "dagflare-parts-"));
  folders.push(created);
  return created;
};
afterAll(() => folders.forEach((created) => rmSync(created, { recursive: true, force: true })));

describe("remote run launcher errors", () => {
  it("names the URL and the cause when nothing listens there", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const remote = launcher(`run_launcher: { type: remote, url: "${url}" }`);
    const run = runRecord({ runId: "run-unreachable" });
    await expect(remote.launchRun(run)).rejects.toMatchObject({
      code: "CODE_LOCATION_UNAVAILABLE",
      message: expect.stringMatching(new RegExp(`^remote run worker at ${url}: startRun failed: POST ${url}/__dagflare/startRun: connection refused`)),
    });
    await expect(remote.terminate(run)).rejects.toMatchObject({ code: "CODE_LOCATION_UNAVAILABLE" });
    const health = await remote.checkRunWorkerHealth(run);
    expect(health.status).toBe("UNKNOWN");
    expect(health.message).toContain(url);
  });

  it("gives up on a service that does not answer within timeout_seconds", async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const remote = launcher(`run_launcher: { type: remote, url: "${url}", timeout_seconds: 0.3 }`);
      await expect(remote.launchRun(runRecord({ runId: "run-silent" }))).rejects.toMatchObject({
        code: "CODE_LOCATION_UNAVAILABLE",
        message: expect.stringContaining(`POST ${url}/__dagflare/startRun: no answer within 0.3 s`),
      });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("refuses the container launcher without its Durable Object binding, naming the wrangler.toml entry", () => {
    expect(() => launcher("run_launcher: { type: container, binding: RUNS }")).toThrow(
      expect.objectContaining({ code: "INVALID_CONFIG", message: expect.stringContaining('[[durable_objects.bindings]] name = "RUNS", class_name = "RunWorkerContainer"') }),
    );
  });
});

describe("bearer tokens", () => {
  it("accept only the exact token, as a Bearer credential", async () => {
    expect(await bearerTokenMatches("s3cret", "Bearer s3cret")).toBe(true);
    expect(await bearerTokenMatches("s3cret", "bearer s3cret")).toBe(true);
    expect(await bearerTokenMatches("s3cret", "Bearer s3creT")).toBe(false);
    expect(await bearerTokenMatches("s3cret", "Bearer s3cret-and-more")).toBe(false);
    expect(await bearerTokenMatches("s3cret", "Basic s3cret")).toBe(false);
    expect(await bearerTokenMatches("s3cret", null)).toBe(false);
    expect(await bearerTokenMatches("s3cret", "Bearer ")).toBe(false);
  });
});

describe("run worker service options", () => {
  it("takes flags before environment variables, with defaults for the rest", () => {
    const options = parseServiceOptions(["--definitions", "a.ts", "--port", "9000"], { PORT: "1", INSTANCE_URL: "http://i.example", INSTANCE_TOKEN: "t" });
    expect(options).toMatchObject({ definitions: "a.ts", port: 9000, host: "0.0.0.0", dataDir: ".dagflare/run-worker", instanceUrl: "http://i.example", instanceToken: "t" });
  });

  it("names each bad option by flag and variable", () => {
    expect(() => parseServiceOptions(["--port", "http"], {})).toThrow(/--definitions \(DAGFLARE_DEFINITIONS\): required\n {2}--port \(PORT\): expected a port number\n/);
    expect(() => parseServiceOptions(["--definitions", "a.ts"], { INSTANCE_URL: "http://i.example" })).toThrow(
      /--instance-token \(INSTANCE_TOKEN\): give the instance URL and its token together/,
    );
  });
});

describe("definitions module", () => {
  it("finds the only exported function, and names the exports when none fits", async () => {
    const load = await importDefinitions(FIXTURE_DEFINITIONS, undefined);
    expect((await load().snapshot()).jobs.map((job) => job.name)).toContain("resume_job");
    await expect(importDefinitions("examples/example-location/jobs/etl-job.ts", undefined)).rejects.toMatchObject({
      code: "INVALID_CONFIG",
      message: expect.stringContaining("expected a default export or exactly one exported function returning the location's definitions (exports: etlJob)"),
    });
    await expect(importDefinitions("no/such/module.ts", undefined)).rejects.toMatchObject({ message: expect.stringContaining("--definitions no/such/module.ts: the module cannot be imported") });
  });
});

describe("file key-value store", () => {
  it("keeps values across instances, lists by prefix in key order, and keeps every key inside its folder", async () => {
    const root = folder();
    const store = new FileKeyValueStore(join(root, "run"));
    expect(await store.get("missing")).toBeUndefined();
    expect(await store.list({ prefix: "" })).toEqual(new Map());
    await store.put("run-state/step/b", { status: "SUCCESS", attempt: 0 });
    await store.put("run-state/step/a", { status: "RUNNING", attempt: 1 });
    await store.put("../../escape", "kept inside");
    const reopened = new FileKeyValueStore(join(root, "run"));
    expect([...(await reopened.list({ prefix: "run-state/step/" })).entries()]).toEqual([
      ["run-state/step/a", { status: "RUNNING", attempt: 1 }],
      ["run-state/step/b", { status: "SUCCESS", attempt: 0 }],
    ]);
    expect(await reopened.get("../../escape")).toBe("kept inside");
    expect(readdirSync(root)).toEqual(["run"]);
    expect(await reopened.delete("run-state/step/a")).toBe(true);
    expect(await reopened.delete("run-state/step/a")).toBe(false);
    expect([...(await store.list({ prefix: "run-state/" })).keys()]).toEqual(["run-state/step/b"]);
  });
});
