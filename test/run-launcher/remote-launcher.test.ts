/**
 * `run_launcher: { type: remote }` end to end: the webserver under wrangler dev posts runs to the Node
 * run-worker service (a real process on loopback, also serving the code location), which executes them
 * and reports events over the authenticated HTTP instance API. The RunLauncher contract, then what only
 * this launcher does: the service's bearer token, the instance API's, resume after the service is killed mid-run, the `remote` executor sending steps to another service, and runs of a
 * second location going to that location's own service (`location_urls`, `--location-name`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRemoteRunLauncher } from "../../shared/run-launcher/remote-run-launcher";
import type { RunLauncher } from "../../shared/run-launcher/run-launcher";
import { describeRunLauncher } from "../contracts/run-launcher.contract";
import { freePort } from "../integration/free-port";
import { HOLDING_RUN_COORDINATOR, launcherConfigOf, webserverLauncherHarness } from "./launcher-harness";
import {
  OTHER_FIXTURE_DEFINITIONS,
  startRunWorkerProcess,
  type RunWorkerProcess,
} from "./run-worker-process";
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
/** The webserver's dagflare.yaml. */
let instanceYaml = "";
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
    instanceYaml: (instanceYaml = [
      HOLDING_RUN_COORDINATOR,
      `run_launcher: { type: remote, url: "${service.url}", location_urls: { other: "${otherService.url}", stray: "${otherService.url}" }, headers: { Authorization: "Bearer ${SERVICE_TOKEN}" }, timeout_seconds: 10 }`,
      "run_monitoring: { enabled: true, poll_interval_seconds: 1, max_resume_run_attempts: 2 }",
    ].join("\n")),
    // `stray` is served by the `other` service too, which was started for `other` only: its runs are refused.
    workspaceYaml: `load_from:\n${[
      { name: "example", url: service.url },
      { name: "other", url: otherService.url },
      { name: "stray", url: otherService.url },
    ]
      .map(
        ({ name, url }) =>
          `  - url: { url: "${url}", location_name: ${name}, headers: { Authorization: "Bearer ${SERVICE_TOKEN}" } }\n`,
      )
      .join("")}`,
  });
  webserver = new WebserverClient(system.url);
});

afterAll(async () => {
  await Promise.all([system?.stop(), service?.stop(), otherService?.stop(), stepServer?.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
});

/** The launcher the webserver was configured with, built here too: the contract reaches runs through it. */
function remoteLauncher(): RunLauncher {
  const config = launcherConfigOf(instanceYaml);
  if (config.type !== "remote")
    throw new Error(`test setup: expected a remote run launcher, got ${config.type}`);
  return createRemoteRunLauncher(config);
}

describeRunLauncher("remote", () => webserverLauncherHarness(webserver, remoteLauncher()));

describe("remote run launcher", () => {
  it("refuses requests to the service without its bearer token, but answers its liveness probe", async () => {
    const health = (token: string) =>
      fetch(`${service.url}/__dagflare/runWorkerHealth`, {
        method: "POST",
        headers: { ...auth(token), "content-type": "application/json" },
        body: JSON.stringify({ runId: "no-such-run" }),
      });
    expect(await (await health(SERVICE_TOKEN)).json()).toMatchObject({ status: "NOT_FOUND" });
    const refused = await health("wrong-token");
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toContain("bearer token");
    expect(
      (await fetch(`${service.url}/__dagflare/loadDefinitions`, { method: "POST", body: "{}" })).status,
    ).toBe(401);
    expect((await fetch(`${service.url}/__dagflare/ping`)).status).toBe(200);
  });

  it("guards the instance API: wrong or missing tokens get 401, the right one reads the run", async () => {
    const runId = await webserver.launch("hello_job");
    await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"]);
    const getRun = (headers: Record<string, string>) =>
      fetch(`${system.url}/api/instance/getRun`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ runId }),
      });
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
      body: JSON.stringify({
        events: [
          { runId: "no-such-run", timestamp: Date.now(), level: "INFO", message: "hi", eventType: null },
        ],
      }),
    });
    expect(unknownRun.status).toBe(404);
    const malformed = await fetch(`${system.url}/api/instance/storeEvents`, {
      method: "POST",
      headers: auth(INSTANCE_TOKEN),
      body: JSON.stringify({ events: [{ runId }] }),
    });
    expect(malformed.status).toBe(400);
  });

  it("runs steps on another step server with the remote executor", async () => {
    const runId = await webserver.launch("where_job", {
      execution: {
        config: { remote: { url: stepServer.url, headers: { Authorization: { env: "STEP_SERVER_AUTH" } } } },
      },
    });
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const messages = (await webserver.events(runId)).map((event) => event.message);
    expect(messages).toContain("executed by step-server");
    expect(
      messages.some((message) =>
        message.includes(`remote executor (steps on the step server at ${stepServer.url}`),
      ),
    ).toBe(true);
  });

  it("fails the step and the run, naming the URL, when the remote executor's step server is unreachable", async () => {
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const runId = await webserver.launch("hello_job", {
      execution: { config: { remote: { url: deadUrl } } },
    });
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
    const body = (await response.json()) as {
      data: { logsForRun: { events: { error?: { message: string } }[] } };
    };
    const message = body.data.logsForRun.events.find((event) => event.error)?.error?.message ?? "";
    expect(message).toContain(deadUrl);
    expect(message).toContain("connection refused");
  });

  it("sends a location's runs to its own service (location_urls)", async () => {
    const runId = await webserver.launch("elsewhere_job", {}, "other");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    expect((await webserver.events(runId)).map((event) => event.message)).toContain(
      "executed by other-service",
    );
  });

  it("fails a run sent to a service started for another location, naming both locations", async () => {
    const runId = await webserver.launch("elsewhere_job", {}, "stray");
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("FAILURE");
    const events = await webserver.events(runId);
    const refusal = `run ${runId} is of code location "stray", but this run worker service serves code location "other"`;
    expect(
      events.some((event) => event.eventType === "ENGINE_EVENT" && event.message.includes(refusal)),
    ).toBe(true);
    expect(events.map((event) => event.eventType)).not.toContain("RUN_START");
  });

  it("resumes a run after the service is killed mid-run, without re-running finished steps", async () => {
    const runId = await webserver.launch("resume_job", { ops: { wait: { config: { seconds: 4 } } } });
    await webserver.waitForEvent(
      runId,
      (event) => event.eventType === "STEP_START" && event.stepKey === "wait",
    );
    await service.stop("SIGKILL");
    service = await startRunWorkerProcess({
      from: { kind: "source" },
      port: servicePort,
      dataDir,
      env: serviceEnv,
    });
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"], 30_000)).toBe("SUCCESS");
    const events = await webserver.events(runId);
    const successes = events
      .filter((event) => event.eventType === "STEP_SUCCESS")
      .map((event) => event.stepKey);
    expect(successes).toEqual(["first", "wait", "last"]);
    expect(events.filter((event) => event.eventType === "RUN_START")).toHaveLength(1);
    expect(
      events.some((event) => event.eventType === "ENGINE_EVENT" && event.message.includes("Resuming run")),
    ).toBe(true);
  });
});
