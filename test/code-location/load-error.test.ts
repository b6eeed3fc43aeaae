import { describe, expect, it } from "vitest";
import { loadBrokenDefinitions } from "../fixtures/broken-location/definitions";
import { handleLocationHttp } from "../../shared/code-location/location-http";
import { createLocationHandlers, toRpcApi } from "../../shared/code-location/location-server";
import { LoadResultSchema } from "../../shared/protocol/code-location-protocol";
import { createRunWorkerHostHandlers } from "../../shared/code-location/run-worker-host";
import type { Definitions } from "../../shared/definitions";

function brokenLocation() {
  let loads = 0;
  const handlers = createLocationHandlers((): Definitions => {
    loads += 1;
    return loadBrokenDefinitions();
  });
  return { handlers, api: toRpcApi(handlers), loads: () => loads };
}

describe("a location whose definitions fail to load (the broken-location fixture)", () => {
  it("reports the load error as data, naming the cycle", async () => {
    const { api } = brokenLocation();
    const result = await api.loadDefinitions();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      className: "DagflareError[INVALID_DEFINITION]",
      message: expect.stringContaining('job "cyclic_job": cycle between ops: pong → ping → pong'),
    });
  });

  it("still answers ping, answers every other method with the load error, and loads only once", async () => {
    const { api, loads } = brokenLocation();
    expect((await api.ping("up")).echo).toBe("up");
    expect(loads()).toBe(0);
    const evaluation = await api.evaluateSchedule({ scheduleName: "any", scheduledExecutionTime: 0 });
    expect(!evaluation.ok && evaluation.error.message).toMatch(/cycle between ops/);
    const step = await api.executeStep({
      runId: "r",
      jobName: "cyclic_job",
      stepKey: "ping",
      runConfig: {},
      inputs: {},
      attempt: 0,
    });
    expect(step).toMatchObject({
      status: "FAILURE",
      errorSource: "FRAMEWORK_ERROR",
      error: { className: "DagflareError[INVALID_DEFINITION]" },
    });
    await api.evaluateSensor({ sensorName: "any", cursor: null, lastTickTime: null, lastRunKey: null });
    expect(loads()).toBe(1);
  });

  it("answers loadDefinitions over HTTP with 200 and the error", async () => {
    const { handlers } = brokenLocation();
    const response = await handleLocationHttp(
      { ...handlers, ...createRunWorkerHostHandlers({}) },
      new Request("http://broken/__dagflare/loadDefinitions", { method: "POST", body: "{}" }),
    );
    expect(response.status).toBe(200);
    expect(LoadResultSchema.parse(await response.json())).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("cycle") },
    });
  });
});
