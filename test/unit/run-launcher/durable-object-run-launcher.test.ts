import { runRecord } from "../run-record";
import { describe, expect, it } from "vitest";
import { loadExampleDefinitions } from "../../../examples/example-location/definitions";
import { HttpCodeLocationClient, type CodeLocationClient } from "../../../shared/code-location/client";
import { handleLocationHttp } from "../../../shared/code-location/location-http";
import { createLocationHandlers } from "../../../shared/code-location/location-server";
import { createRunWorkerHostHandlers } from "../../../shared/code-location/run-worker-host";
import { loadInstanceConfig } from "../../../shared/config/instance-config";
import { createRunLauncher } from "../../../shared/run-launcher/create-run-launcher";
import { DurableObjectRunLauncher } from "../../../shared/run-launcher/durable-object-run-launcher";
import type { RunRecord } from "../../../shared/storage/run-storage";

const run: RunRecord = runRecord({
  runId: "run-1",
  jobName: "hello_job",
  status: "STARTING",
  createTime: 1_800_000_000,
  updateTime: 1_800_000_000,
});

/** The example location's real server in this process, over HTTP; it binds no RUN_WORKER namespace. */
const handlers = { ...createLocationHandlers(loadExampleDefinitions), ...createRunWorkerHostHandlers({}) };
const servedLocation = new HttpCodeLocationClient({
  locationName: "example",
  url: "http://example",
  fetch: (request) => handleLocationHttp(handlers, request),
});
const unreachableLocation = new HttpCodeLocationClient({
  locationName: "example",
  url: "http://example",
  fetch: async () => {
    throw new TypeError("fetch failed");
  },
});
const launcherFor = (client: CodeLocationClient) =>
  new DurableObjectRunLauncher({ workspace: { client: () => client } });

describe("DurableObjectRunLauncher", () => {
  it("reports Dagster's launcher capabilities", () => {
    const launcher = launcherFor(servedLocation);
    expect({
      name: launcher.name,
      supportsHealthCheck: launcher.supportsHealthCheck,
      supportsResume: launcher.supportsResume,
    }).toEqual({
      name: "DurableObjectRunLauncher",
      supportsHealthCheck: true,
      supportsResume: true,
    });
  });

  it("throws the location's refusal with its code, naming the run and the missing binding", async () => {
    await expect(launcherFor(servedLocation).launchRun(run)).rejects.toMatchObject({
      code: "CODE_LOCATION_UNAVAILABLE",
      message: expect.stringMatching(
        /^run run-1: the run worker in code location "example" could not launch it: startRun: this code location has no "RUN_WORKER" Durable Object binding/,
      ),
    });
    await expect(launcherFor(servedLocation).resumeRun(run)).rejects.toThrow(/could not resume it/);
  });

  it("answers terminate false and health UNKNOWN when the location hosts no run workers", async () => {
    const launcher = launcherFor(servedLocation);
    expect(await launcher.terminate(run)).toBe(false);
    expect(await launcher.checkRunWorkerHealth(run)).toMatchObject({
      status: "UNKNOWN",
      message: expect.stringContaining("RUN_WORKER"),
    });
  });

  it("throws CODE_LOCATION_UNAVAILABLE when the location cannot be reached, and reports health UNKNOWN with why", async () => {
    const launcher = launcherFor(unreachableLocation);
    await expect(launcher.launchRun(run)).rejects.toMatchObject({
      code: "CODE_LOCATION_UNAVAILABLE",
      message: "example: startRun failed: fetch failed",
    });
    await expect(launcher.terminate(run)).rejects.toMatchObject({ code: "CODE_LOCATION_UNAVAILABLE" });
    expect(await launcher.checkRunWorkerHealth(run)).toEqual({
      status: "UNKNOWN",
      message: "example: runWorkerHealth failed: fetch failed",
    });
  });

  it("names the run and location when the workspace has no such location", async () => {
    const launcher = new DurableObjectRunLauncher({
      workspace: {
        client: (name) => {
          throw new Error(`Location ${name} does not exist.`);
        },
      },
    });
    await expect(launcher.launchRun(run)).rejects.toMatchObject({
      code: "CODE_LOCATION_UNAVAILABLE",
      message: 'run run-1: no client for its code location "example": Location example does not exist.',
    });
  });
});

describe("createRunLauncher", () => {
  const launcherConfig = (yaml: string) =>
    loadInstanceConfig(yaml, { source: "dagflare.yaml", env: {} }).runLauncher;
  const workspace = { client: () => servedLocation };

  it("builds the DurableObjectRunLauncher for the default durable_object type", () => {
    expect(createRunLauncher(launcherConfig(""), { workspace })).toBeInstanceOf(DurableObjectRunLauncher);
  });

  it("builds the remote launcher, and the container launcher over its Durable Object binding", () => {
    expect(
      createRunLauncher(launcherConfig("run_launcher:\n  type: remote\n  url: https://runs.example.com\n"), {
        workspace,
      }).name,
    ).toBe("RemoteRunLauncher");
    const containers = { getByName: () => ({ fetch: async () => new Response() }) };
    expect(
      createRunLauncher(launcherConfig("run_launcher:\n  type: container\n"), {
        workspace,
        env: { RUN_WORKER_CONTAINER: containers },
      }).name,
    ).toBe("ContainerRunLauncher");
  });
});
