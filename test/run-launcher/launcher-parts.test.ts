/**
 * The parts of the remote and container launchers and of the run-worker service, in Node over real
 * sockets and files: errors that name the URL when a service is unreachable or silent, the container
 * launcher's missing binding, bearer tokens, the service's definitions module, the file store that
 * carries runs across service restarts, and a step server interrupting an op whose caller hung up.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importDefinitions } from "../../shared/run-worker/adapter/node-service/definitions-module";
import { FileKeyValueStore } from "../../shared/run-worker/adapter/node-service/file-key-value-store";
import { listen } from "../../shared/run-worker/adapter/node-service/node-http";
import { createRunWorkerService } from "../../shared/run-worker/adapter/node-service/run-worker-service";
import {
  ExecuteStepResultSchema,
  type ExecuteStepResult,
} from "../../shared/protocol/code-location-protocol";
import { loadInstanceConfig } from "../../shared/config/instance-config";
import { bearerTokenMatches } from "../../shared/http/bearer-token";
import { createRunLauncher } from "../../shared/run-launcher/create-run-launcher";
import { runRecord } from "../unit/run-record";
import { freePort } from "../integration/free-port";
import { loadTestDefinitions } from "./fixtures/definitions";
import { FIXTURE_DEFINITIONS } from "./run-worker-process";

const workspace = {
  client: () => {
    throw new Error("the remote and container launchers never ask the workspace");
  },
};
const launcher = (yaml: string, env: object = {}) =>
  createRunLauncher(loadInstanceConfig(yaml, { source: "dagflare.yaml", env: {} }).runLauncher, {
    workspace,
    env,
  });
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
      message: expect.stringMatching(
        new RegExp(
          `^remote run worker at ${url}: startRun failed: POST ${url}/__dagflare/startRun: connection refused`,
        ),
      ),
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
      expect.objectContaining({
        code: "INVALID_CONFIG",
        message: expect.stringContaining(
          '[[durable_objects.bindings]] name = "RUNS", class_name = "RunWorkerContainer"',
        ),
      }),
    );
  });
});

describe("launchers routing runs by code location", () => {
  /** What a run worker service answers to startRun, recording which run and location reached it. */
  const serviceAnswering = (seen: string[]) => async (request: Request) => {
    const { runId, locationName } = (await request.json()) as { runId: string; locationName: string };
    seen.push(`${runId}@${locationName}`);
    return Response.json({ ok: true });
  };

  it("remote: sends a location listed in location_urls to its own service, every other to url", async () => {
    const defaultSeen: string[] = [];
    const etlSeen: string[] = [];
    const servers = await Promise.all(
      [defaultSeen, etlSeen].map((seen) => listen(serviceAnswering(seen), { port: 0, host: "127.0.0.1" })),
    );
    const [defaultUrl, etlUrl] = servers.map((server) => {
      const address = server.address();
      return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    });
    try {
      const remote = launcher(
        `run_launcher: { type: remote, url: "${defaultUrl}", location_urls: { etl: "${etlUrl}" } }`,
      );
      await remote.launchRun(runRecord({ runId: "run-etl", locationName: "etl" }));
      await remote.launchRun(runRecord({ runId: "run-example", locationName: "example" }));
      expect({ defaultSeen, etlSeen }).toEqual({
        defaultSeen: ["run-example@example"],
        etlSeen: ["run-etl@etl"],
      });
    } finally {
      for (const server of servers) server.close();
    }
  });

  it("container: reaches a location listed in location_bindings through its own container class binding", async () => {
    const asked: string[] = [];
    const namespace = (binding: string) => ({
      getByName: (name: string) => ({
        fetch: (request: Request) => {
          asked.push(`${binding}/${name}`);
          return serviceAnswering([])(request);
        },
      }),
    });
    const env = {
      RUN_WORKER_CONTAINER: namespace("RUN_WORKER_CONTAINER"),
      ETL_CONTAINER: namespace("ETL_CONTAINER"),
    };
    const containers = launcher(
      "run_launcher: { type: container, location_bindings: { etl: ETL_CONTAINER } }",
      env,
    );
    await containers.launchRun(runRecord({ runId: "run-etl", locationName: "etl" }));
    await containers.launchRun(runRecord({ runId: "run-example", locationName: "example" }));
    expect(asked).toEqual(["ETL_CONTAINER/run-run-etl", "RUN_WORKER_CONTAINER/run-run-example"]);
    expect(() =>
      launcher("run_launcher: { type: container, location_bindings: { etl: ML_CONTAINER } }", env),
    ).toThrow(
      expect.objectContaining({
        code: "INVALID_CONFIG",
        message: expect.stringContaining('Durable Object binding "ML_CONTAINER"'),
      }),
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

describe("definitions module", () => {
  it("finds the only exported function, and names the exports when none fits", async () => {
    const load = await importDefinitions(FIXTURE_DEFINITIONS, undefined);
    expect((await load().snapshot()).jobs.map((job) => job.name)).toContain("resume_job");
    await expect(
      importDefinitions("examples/example-location/jobs/etl-job.ts", undefined),
    ).rejects.toMatchObject({
      code: "INVALID_CONFIG",
      message: expect.stringContaining(
        "expected a default export or exactly one exported function returning the location's definitions (exports: etlJob)",
      ),
    });
    await expect(importDefinitions("no/such/module.ts", undefined)).rejects.toMatchObject({
      message: expect.stringContaining("--definitions no/such/module.ts: the module cannot be imported"),
    });
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

describe("step server", () => {
  it("interrupts the op of an executeStep whose client disconnects (the executor terminated or timed out)", async () => {
    const service = createRunWorkerService({
      load: loadTestDefinitions,
      dataDir: folder(),
      instance: undefined,
      token: undefined,
    });
    let answered: (result: { result: ExecuteStepResult; atMs: number }) => void = () => {};
    const answer = new Promise<{ result: ExecuteStepResult; atMs: number }>(
      (resolve) => (answered = resolve),
    );
    const server = await listen(
      async (request) => {
        const response = await service.fetch(request);
        answered({ result: ExecuteStepResultSchema.parse(await response.clone().json()), atMs: Date.now() });
        return response;
      },
      { port: 0, host: "127.0.0.1" },
    );
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const client = new AbortController();
      const step = {
        runId: "run-abort",
        jobName: "slow_job",
        stepKey: "slow_op",
        runConfig: { ops: { slow_op: { config: { seconds: 30 } } } },
        inputs: {},
        attempt: 0,
      };
      const call = fetch(`${url}/__dagflare/executeStep`, {
        method: "POST",
        body: JSON.stringify(step),
        signal: client.signal,
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const abortedAt = Date.now();
      client.abort();
      await expect(call).rejects.toThrow();
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("slow_op went on running after its client disconnected")), 5_000),
      );
      const { result, atMs } = await Promise.race([answer, timeout]);
      expect(atMs - abortedAt).toBeLessThan(2_000);
      expect(result).toMatchObject({
        status: "FAILURE",
        error: { message: "the client disconnected before the answer was sent" },
      });
      expect(result.logs.map((line) => line.message)).toEqual(["slow_op: 1/30 s"]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
