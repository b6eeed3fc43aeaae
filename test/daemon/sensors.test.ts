/**
 * The sensor sub-daemon with a controllable clock, against real D1 and the example location: file_sensor
 * (runs per new file, run keys never reused, skip reasons, a failing evaluation) and the run status
 * sensor failure_alert reacting to a failed failing_job run.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { instigatorSelectorId } from "../../shared/scheduling/instigator-selector";
import type { InstigatorStatus, TickRecord } from "../../shared/storage/schedule-storage";
import { daemon, storage, submit, waitForRun } from "./daemon-harness";

const FILE_SENSOR = instigatorSelectorId("example", "__repository__", "file_sensor");
const FAILURE_ALERT = instigatorSelectorId("example", "__repository__", "failure_alert");
let days = 0;

/** An instant (epoch seconds) days ahead of the real clock, so the real alarm never fires in a test. */
function futureInstant(): number {
  days += 2;
  return Math.floor(Date.now() / 1000) + days * 86_400;
}

/** Writes a sensor's state as a user toggle would, and forgets the daemon's due times. */
async function setSensor(selectorId: string, status: InstigatorStatus, data: Record<string, unknown>): Promise<void> {
  const name = selectorId.split(":").at(-1) ?? selectorId;
  await storage.schedules.putInstigatorState({ selectorId, name, type: "SENSOR", status, locationName: "example", repositoryName: "__repository__", data });
  await runInDurableObject(daemon(), (_instance, state) => {
    state.storage.sql.exec("DELETE FROM due_tasks");
  });
}

const iterateAt = (epochSeconds: number): Promise<void> => daemon().iterate(epochSeconds * 1000);
const latestTicks = async (selectorId: string, count: number): Promise<TickRecord[]> => (await storage.schedules.getTicks(selectorId, { limit: count })).reverse();
const fileSensorData = async (): Promise<Record<string, unknown>> => (await storage.schedules.getInstigatorState(FILE_SENSOR))?.data ?? {};

async function settle(ticks: readonly TickRecord[]): Promise<void> {
  await daemon().dequeue("test: settle sensor runs");
  for (const runId of ticks.flatMap((tick) => tick.runIds)) await waitForRun(runId);
}

describe("the sensor daemon", () => {
  it("runs etl_job per new file, evaluates at the minimum interval, skips with a reason, and never reuses a run key", async () => {
    const start = futureInstant();
    await setSensor(FILE_SENSOR, "RUNNING", {});
    await iterateAt(start);
    const [first] = await latestTicks(FILE_SENSOR, 1);
    const { cursor } = await fileSensorData();
    expect(cursor).toMatch(/^file-\d+\.csv$/);
    expect(first).toMatchObject({ timestamp: start, status: "SUCCESS", runKeys: [cursor], cursor });
    const run = await storage.runs.getRun(first?.runIds[0] ?? "");
    expect(run).toMatchObject({ jobName: "etl_job", tags: { "dagster/sensor_name": "file_sensor", "dagster/run_key": cursor } });

    // Not due before minimumIntervalSeconds (30) have passed.
    await iterateAt(start + 10);
    expect(await latestTicks(FILE_SENSOR, 1)).toEqual([first]);
    await iterateAt(start + 30);
    const [skipped] = await latestTicks(FILE_SENSOR, 1);
    expect(skipped).toMatchObject({ timestamp: start + 30, status: "SKIPPED", runIds: [], skipReason: `no file newer than ${String(cursor)}` });

    // A reset cursor asks for the same file again: its run key is used, so no second run.
    await setSensor(FILE_SENSOR, "RUNNING", { ...(await fileSensorData()), cursor: null });
    await iterateAt(start + 60);
    const [again] = await latestTicks(FILE_SENSOR, 1);
    expect(again).toMatchObject({ status: "SKIPPED", runIds: [] });
    expect(again?.skipReason).toContain(String(cursor));
    expect(await storage.runs.getRuns({ tags: [{ key: "dagster/run_key", value: String(cursor) }] })).toHaveLength(1);
    await settle([first].flatMap((tick) => (tick ? [tick] : [])));
  });

  it("records an evaluation that throws as a FAILURE tick, keeps the cursor, and goes on", async () => {
    const start = futureInstant();
    await setSensor(FILE_SENSOR, "RUNNING", { cursor: "not-a-file" });
    await iterateAt(start);
    const [failed] = await latestTicks(FILE_SENSOR, 1);
    expect(failed).toMatchObject({ timestamp: start, status: "FAILURE", runIds: [] });
    expect(failed?.error?.message).toMatch(/cursor "not-a-file"/);
    expect(await fileSensorData()).toMatchObject({ cursor: "not-a-file", lastTickTimestamp: start });
    const heartbeat = (await storage.daemon.getHeartbeats()).find((beat) => beat.daemonType === "SENSOR");
    expect(heartbeat?.errors).toEqual([]);

    // The next evaluation, at the interval, runs again (and succeeds with a valid cursor).
    await setSensor(FILE_SENSOR, "RUNNING", { ...(await fileSensorData()), cursor: "file-0.csv" });
    await iterateAt(start + 30);
    const [next] = await latestTicks(FILE_SENSOR, 1);
    expect(next).toMatchObject({ timestamp: start + 30, status: "SUCCESS" });
    await settle(next ? [next] : []);
  });

  it("does nothing for a stopped sensor", async () => {
    const start = futureInstant();
    await setSensor(FILE_SENSOR, "STOPPED", {});
    const before = await latestTicks(FILE_SENSOR, 1);
    await iterateAt(start);
    await iterateAt(start + 60);
    expect(await latestTicks(FILE_SENSOR, 1)).toEqual(before);
  });

  it("feeds a run status sensor the runs that reached its status since its last tick", async () => {
    await setSensor(FILE_SENSOR, "STOPPED", {});
    // Near the real clock: the runs' update times are real.
    const start = Math.floor(Date.now() / 1000);
    await setSensor(FAILURE_ALERT, "RUNNING", {});
    await iterateAt(start);
    expect(await latestTicks(FAILURE_ALERT, 1)).toMatchObject([{ status: "SKIPPED" }]);

    const failing = await submit("failing_job");
    expect((await waitForRun(failing.runId)).status).toBe("FAILURE");
    await iterateAt(start + 30);
    const [alert] = await latestTicks(FAILURE_ALERT, 1);
    expect(alert).toMatchObject({ status: "SUCCESS", runKeys: [`failure_alert_${failing.runId}`] });
    const alertRun = await storage.runs.getRun(alert?.runIds[0] ?? "");
    expect(alertRun).toMatchObject({ jobName: "hello_job", tags: { failed_run_id: failing.runId, "dagster/sensor_name": "failure_alert" } });

    await iterateAt(start + 60);
    expect(await latestTicks(FAILURE_ALERT, 1)).toMatchObject([{ status: "SKIPPED", runIds: [] }]);
    await settle(alert ? [alert] : []);
  });
});
