/**
 * Running sensors whose code location cannot load: each is given a FAILURE tick carrying the load error
 * at its minimum interval (the one last seen in its definition, else sensors.default_minimum_interval_seconds),
 * the daemon goes on, and once the location loads again the sensor ticks normally from its stored cursor.
 */
import { describe, expect, it } from "vitest";
import { sensorSubDaemon } from "../../shared/daemon/sensors/sensor-sub-daemon";
import type { CodeLocationConfig } from "../../shared/config/workspace-config";
import { instigatorSelectorId } from "../../shared/scheduling/instigator-selector";
import { getInstance } from "../../workers/instance-host/get-instance";
import { storage, ticksOf, waitForRun, webserverEnv, workspaceOf } from "./daemon-harness";

/** The location named "flaky": first a URL nothing listens on, then the example Worker by service binding. */
const down: CodeLocationConfig = {
  locationName: "flaky",
  type: "url",
  url: "http://127.0.0.1:9",
  headers: {},
};
const back: CodeLocationConfig = {
  locationName: "flaky",
  type: "service_binding",
  binding: "EXAMPLE_LOCATION",
};
const FILE_SENSOR = instigatorSelectorId("flaky", "__repository__", "file_sensor");
const FAILURE_ALERT = instigatorSelectorId("flaky", "__repository__", "failure_alert");

async function sensorsAt(location: CodeLocationConfig, epochSeconds: number): Promise<void> {
  const instance = getInstance(webserverEnv);
  await sensorSubDaemon({ ...instance, workspace: workspaceOf(location) }).run(epochSeconds * 1000);
}

async function runSensor(selectorId: string, name: string, data: Record<string, unknown>): Promise<void> {
  await storage.schedules.putInstigatorState({
    selectorId,
    name,
    type: "SENSOR",
    status: "RUNNING",
    locationName: "flaky",
    repositoryName: "__repository__",
    data,
  });
}

describe("sensors whose location is down", () => {
  it("record FAILURE ticks with the load error at their interval, then recover when the location is back", async () => {
    const start = Math.floor(Date.now() / 1000) + 30 * 86_400;
    await runSensor(FILE_SENSOR, "file_sensor", { cursor: null, minimumIntervalSeconds: 45 });
    // Never seen loaded by this daemon: the instance's default interval (30 s) applies.
    await runSensor(FAILURE_ALERT, "failure_alert", {});

    await sensorsAt(down, start);
    await sensorsAt(down, start + 30);
    await sensorsAt(down, start + 45);
    const failures = await ticksOf(FILE_SENSOR);
    expect(failures.map((tick) => [tick.timestamp, tick.status])).toEqual([
      [start, "FAILURE"],
      [start + 45, "FAILURE"],
    ]);
    expect(failures[0]?.error?.message).toMatch(/flaky/);
    expect((await ticksOf(FAILURE_ALERT)).map((tick) => [tick.timestamp, tick.status])).toEqual([
      [start, "FAILURE"],
      [start + 30, "FAILURE"],
    ]);
    expect((await storage.schedules.getInstigatorState(FILE_SENSOR))?.data).toMatchObject({
      cursor: null,
      lastTickTimestamp: start + 45,
    });

    await sensorsAt(back, start + 90);
    const [recovered] = (await ticksOf(FILE_SENSOR)).slice(-1);
    expect(recovered).toMatchObject({ timestamp: start + 90, status: "SUCCESS" });
    expect(recovered?.runIds).toHaveLength(1);
    // The launcher knows no location "flaky": the run ends as soon as the queue reaches it.
    await waitForRun(recovered?.runIds[0] ?? "");
  });
});
