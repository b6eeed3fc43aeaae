/**
 * `run_launcher: { type: remote }` end to end: the webserver under wrangler dev posts runs to the Node
 * run-worker service (a real process on loopback, also serving the code location), which executes them
 * and reports events over the authenticated HTTP instance API; terminate, health, resume after the
 * service is killed mid-run, the `remote` executor sending steps to another service, and runs of a
 * second location going to that location's own service (`location_urls`, `--location-name`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../integration/free-port";
import { OTHER_FIXTURE_DEFINITIONS, startRunWorkerProcess, type RunWorkerProcess } from "./run-worker-process";
import { startTestSystem, type TestSystem } from "./system";
import { WebserverClient } from "./webserver-client";

const INSTANCE_TOKEN = "instance-token-remote";
const SERVICE_TOKEN = "service-token-remote";
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

let system: TestSystem;
let service: RunWorkerProcess;
/** The service of the second location, `other` (its own definitions, DAGFLARE_LOCATION_NAME=other). */
let otherService: RunWorkerProcess;
let stepServer: RunWorkerProcess;
let webserver: WebserverClient;
let servicePort: number;
let serviceEnv: Record<string, string>;
const dataDir = mkdtempSync(join(tmpdir(), "dagflare-remote-run-worker-"));

beforeAll(async () => {
  const [webserverPort, stepServerPort, otherPort] = await Promise.all([freePort(), freePort(), freePort()]);
  servicePort = await freePort();
  // The service needs the webserver's URL before the webserver runs: wrangler dev is started on a known port.
  serviceEnv = {
    INSTANCE_URL: `http://127.0.0.1:${webserverPort}`,
    INSTANCE_TOKEN,
    RUN_WORKER_TOKEN: SERVICE_TOKEN,
    DAGFLARE_LOCATION_NAME: "example",
    DAGFLARE_TEST_SERVICE_NAME: "run-worker",
    // What the remote executor's run config refers to ({ env: STEP_SERVER_AUTH }): credentials stay out of run config.
    STEP_SERVER_AUTH: `Bearer ${SERVICE_TOKEN}`,
  };
  [service, otherService, stepServer] = await Promise.all([
    startRunWorkerProcess({ from: { kind: "source" }, port: servicePort, dataDir, env: serviceEnv }),
    startRunWorkerProcess({
      from: { kind: "source", definitions: OTHER_FIXTURE_DEFINITIONS },
      port: otherPort,
      dataDir: join(dataDir, "other"),
      env: { ...serviceEnv, DAGFLARE_LOCATION_NAME: "other", DAGFLARE_TEST_SERVICE_NAME: "other-service" },
    }),
    startRunWorkerProcess({
      from: { kind: "source" },
      port: stepServerPort,
      dataDir: join(dataDir, "step-server"),
      env: { RUN_WORKER_TOKEN: SERVICE_TOKEN, DAGFLARE_TEST_SERVICE_NAME: "step-server" },
    }),
  ]);
  system = await startTestSystem({
    port: webserverPort,
    instanceToken: INSTANCE_TOKEN,
    instanceYaml: [
      "run_coordinator: { type: queued, dequeue_interval_seconds: 1 }",
      `run_launcher: { type: remote, url: "${service.url}", location_urls: { other: "${otherService.url}", stray: "${otherService.url}" }, headers: { Authorization: "Bearer ${SERVICE_TOKEN}" }, timeout_seconds: 10 }`,
      "run_monitoring: { enabled: true, poll_interval_seconds: 1, max_resume_run_attempts: 2 }",
    ].join("\n"),
    // `stray` is served by the `other` service too, which was started for `other` only: its runs are refused.
    workspaceYaml: `load_from:\n${[
      { name: "example", url: service.url },
      { name: "other", url: otherService.url },
      { name: "stray", url: otherService.url },
    ]
      .map(({ name, url }) => `  - url: { url: "${url}", location_name: ${name}, headers: { Authorization: "Bearer ${SERVICE_TOKEN}" } }\n`)
      .join("")}`,
  });
  webserver = new WebserverClient(system.url);
});

afterAll(async () => {
  await Promise.all([system?.stop(), service?.stop(), otherService?.stop(), stepServer?.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("remote run launcher", () => {
  it("runs hello_job on the service and reports its events", async () => {
    const runId = await webserver.launch("hello_job");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const types = await webserver.eventTypes(runId);
    expect(types).toEqual(expect.arrayContaining(["RUN_STARTING", "RUN_START", "STEP_START", "STEP_OUTPUT", "HANDLED_OUTPUT", "STEP_SUCCESS", "RUN_SUCCESS"]));
    expect(types.indexOf("RUN_START")).toBeLessThan(types.indexOf("STEP_SUCCESS"));
    expect(types.at(-1)).toBe("RUN_SUCCESS");
    const messages = (await webserver.events(runId)).map((event) => event.message);
    expect(messages).toContain(`Hello from Dagflare (run ${runId})`);
  });

  it("runs etl_job with its config: fan-out, fan-in and the asset it materializes", async () => {
    const runId = await webserver.launch("etl_job", { ops: { extract: { config: { source_url: "s3://bucket/a.csv", limit: 3 } } } });
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const events = await webserver.events(runId);
    const succeeded = events.filter((event) => event.eventType === "STEP_SUCCESS").map((event) => event.stepKey);
    expect(succeeded.sort()).toEqual(["extract", "load", "transform_a", "transform_b"]);
    expect(events.filter((event) => event.eventType === "ASSET_MATERIALIZATION")).toHaveLength(1);
    expect(events.map((event) => event.message)).toContain("extracted 3 rows from s3://bucket/a.csv");
  });

  it("fails failing_job in its second op and skips the third", async () => {
    const runId = await webserver.launch("failing_job");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("FAILURE");
    const events = await webserver.events(runId);
    expect(events.find((event) => event.eventType === "STEP_FAILURE")).toMatchObject({ stepKey: "explode" });
    expect(events.find((event) => event.eventType === "STEP_SKIPPED")).toMatchObject({ stepKey: "after_explode" });
    expect(events.at(-1)?.eventType).toBe("RUN_FAILURE");
  });

  it("retries retry_job's op until its third attempt succeeds", async () => {
    const runId = await webserver.launch("retry_job");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const types = await webserver.eventTypes(runId);
    expect(types.filter((type) => type === "STEP_UP_FOR_RETRY")).toHaveLength(2);
    expect(types.filter((type) => type === "STEP_RESTARTED")).toHaveLength(2);
    expect(types.filter((type) => type === "STEP_SUCCESS")).toHaveLength(1);
  });

  it("terminates slow_job while it runs: the step in flight is interrupted and the run ends CANCELED", async () => {
    const runId = await webserver.launch("slow_job", { ops: { slow_op: { config: { seconds: 30 } } } });
    await webserver.waitForEvent(runId, (event) => event.eventType === "STEP_START" && event.stepKey === "slow_op");
    const started = Date.now();
    expect((await webserver.terminate(runId)).status).toBe(200);
    expect(await webserver.waitForStatus(runId, ["CANCELED", "SUCCESS", "FAILURE"], 15_000)).toBe("CANCELED");
    expect(Date.now() - started).toBeLessThan(10_000);
    const types = await webserver.eventTypes(runId);
    expect(types).toEqual(expect.arrayContaining(["RUN_CANCELING", "STEP_FAILURE", "RUN_CANCELED"]));
    expect(types).not.toContain("STEP_SUCCESS");
  });

  it("answers health, start and terminate for the service's runs, idempotently, and refuses bad tokens", async () => {
    const call = (method: string, body: unknown, token = SERVICE_TOKEN) =>
      fetch(`${service.url}/__dagflare/${method}`, { method: "POST", headers: { ...auth(token), "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(await (await call("runWorkerHealth", { runId: "no-such-run" })).json()).toMatchObject({ status: "NOT_FOUND" });
    const refused = await call("runWorkerHealth", { runId: "no-such-run" }, "wrong-token");
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toContain("bearer token");
    expect((await fetch(`${service.url}/__dagflare/loadDefinitions`, { method: "POST", body: "{}" })).status).toBe(401);

    const runId = await webserver.launch("hello_job");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const eventCount = (await webserver.events(runId)).length;
    // A second start of the same run (an HTTP retry, a duplicate dequeue) changes nothing.
    const again = await call("startRun", { runId, jobName: "hello_job", runConfig: {}, stepKeysToExecute: null, parentRunId: null, opSelection: null });
    expect(await again.json()).toEqual({ ok: true });
    expect(await (await call("runWorkerHealth", { runId })).json()).toMatchObject({ status: "SUCCESS" });
    expect(await (await call("terminateRun", { runId })).json()).toEqual({ accepted: false, message: `run ${runId} already finished` });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await webserver.events(runId)).toHaveLength(eventCount);
  });

  it("guards the instance API: wrong or missing tokens get 401, the right one reads the run", async () => {
    const runId = await webserver.launch("hello_job");
    await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"]);
    const getRun = (headers: Record<string, string>) =>
      fetch(`${system.url}/api/instance/getRun`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ runId }) });
    const missing = await getRun({});
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect((await getRun(auth("instance-token-remotE"))).status).toBe(401);
    const read = await getRun(auth(INSTANCE_TOKEN));
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ run: { runId, status: "SUCCESS", jobName: "hello_job" } });
    const unknownRun = await fetch(`${system.url}/api/instance/storeEvents`, {
      method: "POST",
      headers: { ...auth(INSTANCE_TOKEN), "content-type": "application/json" },
      body: JSON.stringify({ events: [{ runId: "no-such-run", timestamp: Date.now(), level: "INFO", message: "hi", eventType: null }] }),
    });
    expect(unknownRun.status).toBe(404);
    const malformed = await fetch(`${system.url}/api/instance/storeEvents`, { method: "POST", headers: auth(INSTANCE_TOKEN), body: JSON.stringify({ events: [{ runId }] }) });
    expect(malformed.status).toBe(400);
  });

  it("runs steps on another step server with the remote executor", async () => {
    const runId = await webserver.launch("where_job", { execution: { config: { remote: { url: stepServer.url, headers: { Authorization: { env: "STEP_SERVER_AUTH" } } } } } });
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const messages = (await webserver.events(runId)).map((event) => event.message);
    expect(messages).toContain("executed by step-server");
    expect(messages.some((message) => message.includes(`remote executor (steps on the step server at ${stepServer.url}`))).toBe(true);
  });

  it("fails the step and the run, naming the URL, when the remote executor's step server is unreachable", async () => {
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const runId = await webserver.launch("hello_job", { execution: { config: { remote: { url: deadUrl } } } });
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("FAILURE");
    const events = await webserver.events(runId);
    const failure = events.find((event) => event.eventType === "STEP_FAILURE");
    expect(failure?.stepKey).toBe("hello");
    const response = await fetch(`${system.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query ($runId: ID!) { logsForRun(runId: $runId) { ... on EventConnection { events { ... on ExecutionStepFailureEvent { error { message } } } } } }`,
        variables: { runId },
      }),
    });
    const body = (await response.json()) as { data: { logsForRun: { events: { error?: { message: string } }[] } } };
    const message = body.data.logsForRun.events.find((event) => event.error)?.error?.message ?? "";
    expect(message).toContain(deadUrl);
    expect(message).toContain("connection refused");
  });

  it("sends a location's runs to its own service (location_urls)", async () => {
    const runId = await webserver.launch("elsewhere_job", {}, "other");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    expect((await webserver.events(runId)).map((event) => event.message)).toContain("executed by other-service");
  });

  it("fails a run sent to a service started for another location, naming both locations", async () => {
    const runId = await webserver.launch("elsewhere_job", {}, "stray");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("FAILURE");
    const events = await webserver.events(runId);
    const refusal = `run ${runId} is of code location "stray", but this run worker service serves code location "other"`;
    expect(events.some((event) => event.eventType === "ENGINE_EVENT" && event.message.includes(refusal))).toBe(true);
    expect(events.map((event) => event.eventType)).not.toContain("RUN_START");
  });

  it("refuses to start a run that already ended, as a launch arriving after its run was failed would", async () => {
    const runId = await webserver.launch("elsewhere_job", {}, "stray");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("FAILURE");
    const eventCount = (await webserver.events(runId)).length;
    // The run never started anywhere; this service has the job, so only the run's status stops it.
    const start = { runId, jobName: "hello_job", runConfig: {}, stepKeysToExecute: null, parentRunId: null, opSelection: null };
    const call = (method: string, body: unknown) =>
      fetch(`${service.url}/__dagflare/${method}`, { method: "POST", headers: { ...auth(SERVICE_TOKEN), "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(await (await call("startRun", start)).json()).toMatchObject({
      ok: false,
      error: { className: "DagflareError[RUN_CONFLICT]", message: expect.stringContaining(`run ${runId} is already FAILURE: not executing it`) },
    });
    expect(await (await call("runWorkerHealth", { runId })).json()).toMatchObject({ status: "NOT_FOUND" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await webserver.events(runId)).toHaveLength(eventCount);
  });

  it("resumes a run after the service is killed mid-run, without re-running finished steps", async () => {
    const runId = await webserver.launch("resume_job", { ops: { wait: { config: { seconds: 4 } } } });
    await webserver.waitForEvent(runId, (event) => event.eventType === "STEP_START" && event.stepKey === "wait");
    await service.stop("SIGKILL");
    service = await startRunWorkerProcess({ from: { kind: "source" }, port: servicePort, dataDir, env: serviceEnv });
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"], 30_000)).toBe("SUCCESS");
    const events = await webserver.events(runId);
    const successes = events.filter((event) => event.eventType === "STEP_SUCCESS").map((event) => event.stepKey);
    expect(successes).toEqual(["first", "wait", "last"]);
    expect(events.filter((event) => event.eventType === "RUN_START")).toHaveLength(1);
    expect(events.some((event) => event.eventType === "ENGINE_EVENT" && event.message.includes("Resuming run"))).toBe(true);
  });
});
