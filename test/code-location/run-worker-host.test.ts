import { describe, expect, it } from "vitest";
import { handleLocationHttp } from "../../shared/code-location/location-http";
import { createLocationHandlers } from "../../shared/code-location/location-server";
import {
  createRunWorkerHostHandlers,
  toRunWorkerHostRpcApi,
} from "../../shared/code-location/run-worker-host";
import { loadExampleDefinitions } from "../../examples/example-location/definitions";
import { startRequest } from "./example-location";

// A Worker that serves definitions but binds no RUN_WORKER namespace.
const withoutRunWorkers = toRunWorkerHostRpcApi(createRunWorkerHostHandlers({}));

describe("a location without a RUN_WORKER binding", () => {
  it("refuses to start runs, naming the binding and how to declare it", async () => {
    const result = await withoutRunWorkers.startRun(startRequest("hello_job"));
    expect(result).toMatchObject({
      ok: false,
      error: { className: "DagflareError[CODE_LOCATION_UNAVAILABLE]" },
    });
    expect(!result.ok && result.error.message).toMatch(
      /^startRun: this code location has no "RUN_WORKER" Durable Object binding.*\[\[durable_objects\.bindings\]\] name = "RUN_WORKER", class_name = "RunWorker"/,
    );
  });

  it("accepts no termination and reports health UNKNOWN, naming the binding", async () => {
    expect(await withoutRunWorkers.terminateRun({ runId: "r" })).toMatchObject({
      accepted: false,
      message: expect.stringContaining('no "RUN_WORKER" Durable Object binding'),
    });
    expect(await withoutRunWorkers.runWorkerHealth({ runId: "r" })).toMatchObject({
      status: "UNKNOWN",
      message: expect.stringContaining('no "RUN_WORKER" Durable Object binding'),
    });
  });

  it("says the same over HTTP", async () => {
    const handlers = {
      ...createLocationHandlers(loadExampleDefinitions),
      ...createRunWorkerHostHandlers({}),
    };
    const request = new Request("http://location/__dagflare/startRun", {
      method: "POST",
      body: JSON.stringify(startRequest("hello_job")),
    });
    const response = await handleLocationHttp(handlers, request);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('no "RUN_WORKER" Durable Object binding') },
    });
  });
});
