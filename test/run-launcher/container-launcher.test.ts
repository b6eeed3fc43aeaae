/**
 * `run_launcher: { type: container }` and the `container` executor end to end, without Docker: the
 * webserver under wrangler dev reaches each run's container through its RUN_WORKER_CONTAINER Durable
 * Object binding, bound to a stand-in whose object forwards to the run-worker image's entrypoint (the
 * bundle the Dockerfile builds) running as a local process. Steps of the container executor go through
 * the container Worker's gateway code (shared/run-worker/adapter/container/container-gateway.ts), served by Node
 * over the same stand-in hop. The RunLauncher contract, then what only containers do: the container
 * executor, and a run whose container died failing instead of resuming.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listen } from "../../shared/run-worker/adapter/node-service/node-http";
import { routeToContainer } from "../../shared/run-worker/adapter/container/container-gateway";
import {
  createContainerRunLauncher,
  RUN_WORKER_CONTAINER_BINDING,
} from "../../shared/run-launcher/container-run-launcher";
import type { RunLauncher } from "../../shared/run-launcher/run-launcher";
import { describeRunLauncher } from "../contracts/run-launcher.contract";
import { freePort } from "../integration/free-port";
import { HOLDING_RUN_COORDINATOR, launcherConfigOf, webserverLauncherHarness } from "./launcher-harness";
import { startRunWorkerProcess, type RunWorkerProcess } from "./run-worker-process";
import { startTestSystem, type TestSystem } from "./system";
import { WebserverClient } from "./webserver-client";

const INSTANCE_TOKEN = "instance-token-container";
const SERVICE_TOKEN = "service-token-container";

let system: TestSystem;
let container: RunWorkerProcess;
let gateway: Server;
let gatewayUrl: string;
let webserver: WebserverClient;
let containerPort: number;
let containerEnv: Record<string, string>;
/** Container names the gateway was asked for. */
const containersAsked: string[] = [];
const dataDir = mkdtempSync(join(tmpdir(), "dagflare-container-run-worker-"));
const image = { kind: "image" as const, bundleDir: inject("runWorkerImageDir") };
const INSTANCE_YAML = [
  HOLDING_RUN_COORDINATOR,
  `run_launcher: { type: container, headers: { Authorization: "Bearer ${SERVICE_TOKEN}" }, timeout_seconds: 10, env_vars: { MODE: test } }`,
  "run_monitoring: { enabled: true, poll_interval_seconds: 1, max_resume_run_attempts: 2 }",
].join("\n");

beforeAll(async () => {
  const [webserverPort, gatewayPort] = await Promise.all([freePort(), freePort()]);
  containerPort = await freePort();
  // What the container class gives the service (shared/run-worker/adapter/container/run-worker-container.ts).
  // STEP_SERVER_AUTH: what the container executor's run config refers to ({ env: STEP_SERVER_AUTH }), as env_vars would set it.
  containerEnv = {
    INSTANCE_URL: `http://127.0.0.1:${webserverPort}`,
    INSTANCE_TOKEN,
    RUN_WORKER_TOKEN: SERVICE_TOKEN,
    DAGFLARE_TEST_SERVICE_NAME: "container",
    STEP_SERVER_AUTH: `Bearer ${SERVICE_TOKEN}`,
  };
  container = await startRunWorkerProcess({ from: image, port: containerPort, dataDir, env: containerEnv });
  const containers = {
    getByName: (name: string) => {
      containersAsked.push(name);
      return {
        fetch: (request: Request) =>
          fetch(new Request(`${container.url}${new URL(request.url).pathname}`, request)),
      };
    },
  };
  gateway = await listen((request) => routeToContainer(request, { containers, token: SERVICE_TOKEN }), {
    port: gatewayPort,
    host: "127.0.0.1",
  });
  gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  system = await startTestSystem({
    port: webserverPort,
    instanceToken: INSTANCE_TOKEN,
    containerProcessUrl: container.url,
    instanceYaml: INSTANCE_YAML,
    workspaceYaml: `load_from:\n  - url: { url: "${container.url}", location_name: example, headers: { Authorization: "Bearer ${SERVICE_TOKEN}" } }\n`,
  });
  webserver = new WebserverClient(system.url);
});

afterAll(async () => {
  await Promise.all([
    system?.stop(),
    container?.stop(),
    new Promise((resolve) => (gateway ? gateway.close(resolve) : resolve(undefined))),
  ]);
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * The launcher the webserver was configured with, built here too, its container binding answered as the
 * stand-in answers it: every run's container (`run-<runId>`) is the one image process.
 */
function containerLauncher(): RunLauncher {
  const config = launcherConfigOf(INSTANCE_YAML);
  if (config.type !== "container")
    throw new Error(`test setup: expected a container run launcher, got ${config.type}`);
  const containers = {
    getByName: () => ({
      fetch: (request: Request) =>
        fetch(new Request(`${container.url}${new URL(request.url).pathname}`, request)),
    }),
  };
  return createContainerRunLauncher(config, { [RUN_WORKER_CONTAINER_BINDING]: containers });
}

describeRunLauncher("container", () => webserverLauncherHarness(webserver, containerLauncher()));

describe("container run launcher", () => {
  it("executes each step in a container of its own with the container executor", async () => {
    const runId = await webserver.launch("where_job", {
      execution: {
        config: { container: { url: gatewayUrl, headers: { Authorization: { env: "STEP_SERVER_AUTH" } } } },
      },
    });
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    expect(containersAsked).toContain(`step-${runId}-where`);
    expect((await webserver.events(runId)).map((event) => event.message)).toContain("executed by container");
    const refused = await fetch(`${gatewayUrl}/containers/step-x/__dagflare/ping`);
    expect(refused.status).toBe(401);
  });

  it("fails a run whose container died mid-run instead of resuming it (the container's disk died with it)", async () => {
    const runId = await webserver.launch("resume_job", { ops: { wait: { config: { seconds: 30 } } } });
    await webserver.waitForEvent(
      runId,
      (event) => event.eventType === "STEP_START" && event.stepKey === "wait",
    );
    await container.stop("SIGKILL");
    container = await startRunWorkerProcess({ from: image, port: containerPort, dataDir, env: containerEnv });
    expect(await webserver.waitForStatus(runId, ["SUCCESS", "FAILURE"], 20_000)).toBe("FAILURE");
    const events = await webserver.events(runId);
    expect(
      events.some(
        (event) =>
          event.eventType === "RUN_FAILURE" && event.message.includes("Detected run worker status FAILED"),
      ),
    ).toBe(true);
    expect(
      events.filter((event) => event.eventType === "STEP_SUCCESS").map((event) => event.stepKey),
    ).toEqual(["first"]);
  });
});
