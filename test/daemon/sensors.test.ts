/**
 * The sensor sub-daemon with a controllable clock, against real D1 and the example location: file_sensor
 * (runs per new file, run keys never reused, skip reasons, a failing evaluation, a tick stopped partway
 * and resumed) and the run status sensor failure_alert reacting to failed failing_job runs, read by the
 * storage ids of their RUN_FAILURE events.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { instigatorSelectorId } from "../../shared/scheduling/instigator-selector";
import type { InstigatorStatus, TickRecord } from "../../shared/storage/schedule-storage";
import { sensorSubDaemon } from "../../shared/daemon/sensors/sensor-sub-daemon";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { getInstance } from "../../workers/instance-host/get-instance";
import {
  daemon,
  runWithEvents,
  storage,
  submit,
  ticksOf,
  waitForRun,
  waitUntil,
  webserverEnv,
  workspaceOf,
} from "./daemon-harness";

const FILE_SENSOR = instigatorSelectorId("example", "__repository__", "file_sensor");
const FAILURE_ALERT = instigatorSelectorId("example", "__repository__", "failure_alert");
let days = 0;

/** An instant (epoch seconds) days ahead of the real clock, so the real alarm never fires in a test. */
function futureInstant(): number {
  days += 2;
  return Math.floor(Date.now() / 1000) + days * 86_400;
}

/** Writes a sensor's state as a user toggle would, and forgets the daemon's due times. */
async function setSensor(
  selectorId: string,
  status: InstigatorStatus,
  data: Record<string, unknown>,
): Promise<void> {
  const name = selectorId.split(":").at(-1) ?? selectorId;
  await storage.schedules.putInstigatorState({
    selectorId,
    name,
    type: "SENSOR",
    status,
    locationName: "example",
    repositoryName: "__repository__",
    data,
  });
  await runInDurableObject(daemon(), (_instance, state) => {
    state.storage.sql.exec("DELETE FROM due_tasks");
  });
}

const iterateAt = (epochSeconds: number): Promise<void> => daemon().iterate(epochSeconds * 1000);
const latestTicks = async (selectorId: string, count: number): Promise<TickRecord[]> =>
  (await storage.schedules.getTicks(selectorId, { limit: count })).reverse();
/** The ticks stamped `timestamp` (tests near the real clock may share instants with earlier ones). */
const ticksAt = async (selectorId: string, timestamp: number): Promise<TickRecord[]> =>
  storage.schedules.getTicks(selectorId, { after: timestamp - 1, before: timestamp + 1 });
const fileSensorData = async (): Promise<Record<string, unknown>> =>
  (await storage.schedules.getInstigatorState(FILE_SENSOR))?.data ?? {};

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
    expect(run).toMatchObject({
      jobName: "etl_job",
      tags: { "dagster/sensor_name": "file_sensor", "dagster/run_key": cursor },
    });

    // Not due before minimumIntervalSeconds (30) have passed.
    await iterateAt(start + 10);
    expect(await latestTicks(FILE_SENSOR, 1)).toEqual([first]);
    await iterateAt(start + 30);
    const [skipped] = await latestTicks(FILE_SENSOR, 1);
    expect(skipped).toMatchObject({
      timestamp: start + 30,
      status: "SKIPPED",
      runIds: [],
      skipReason: `no file newer than ${String(cursor)}`,
    });

    // A reset cursor asks for the same file again: its run key is used, so no second run.
    await setSensor(FILE_SENSOR, "RUNNING", { ...(await fileSensorData()), cursor: null });
    await iterateAt(start + 60);
    const [again] = await latestTicks(FILE_SENSOR, 1);
    expect(again).toMatchObject({ status: "SKIPPED", runIds: [] });
    expect(again?.skipReason).toContain(String(cursor));
    expect(
      await storage.runs.getRuns({ tags: [{ key: "dagster/run_key", value: String(cursor) }] }),
    ).toHaveLength(1);
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
    expect(alertRun).toMatchObject({
      jobName: "hello_job",
      tags: { failed_run_id: failing.runId, "dagster/sensor_name": "failure_alert" },
    });

    await iterateAt(start + 60);
    expect(await latestTicks(FAILURE_ALERT, 1)).toMatchObject([{ status: "SKIPPED", runIds: [] }]);
    await settle(alert ? [alert] : []);
  });

  it("gives a run status sensor a failure that reaches storage after a newer one, though it is stamped earlier", async () => {
    await setSensor(FILE_SENSOR, "STOPPED", {});
    const start = Math.floor(Date.now() / 1000);
    await setSensor(FAILURE_ALERT, "RUNNING", {});
    await iterateAt(start);
    const failing = await submit("failing_job");
    const failed = await waitForRun(failing.runId);
    await iterateAt(start + 30);
    const [first] = await ticksAt(FAILURE_ALERT, start + 30);
    expect(first?.runKeys).toEqual([`failure_alert_${failing.runId}`]);

    // A failing_job run whose end was delivered late: stamped a second before the other's, stored now.
    const late = await runWithEvents("failing_job", ["RUN_STARTING", "RUN_START", "RUN_FAILURE"], {
      timestamp: (failed.endTime ?? 0) * 1000 - 1000,
    });
    await iterateAt(start + 60);
    const [second] = await ticksAt(FAILURE_ALERT, start + 60);
    expect(second).toMatchObject({ status: "SUCCESS", runKeys: [`failure_alert_${late.runId}`] });
    await settle([first, second].flatMap((tick) => (tick ? [tick] : [])));
  });

  it("goes on from a run status cursor stored as an update time, then keeps a storage id", async () => {
    await setSensor(FILE_SENSOR, "STOPPED", {});
    const start = Math.floor(Date.now() / 1000);
    await setSensor(FAILURE_ALERT, "RUNNING", { runStatusCursor: start - 1, lastTickTimestamp: start - 30 });
    const failing = await submit("failing_job");
    await waitForRun(failing.runId);
    await iterateAt(start + 30);
    const [alert] = await ticksAt(FAILURE_ALERT, start + 30);
    expect(alert).toMatchObject({ status: "SUCCESS", runKeys: [`failure_alert_${failing.runId}`] });
    const state = await storage.schedules.getInstigatorState(FAILURE_ALERT);
    expect(state?.data.runStatusCursor).toEqual({ storageId: expect.any(Number) });
    await settle(alert ? [alert] : []);
  });

  it("resumes a tick stopped partway: creates only the runs missing, ends that tick, and moves the cursor on", async () => {
    const at = futureInstant();
    // file_sensor served again as location "partial": its run keys (file names from the real clock) are
    // new to this selector, so the tick has three runs to create.
    const selectorId = instigatorSelectorId("partial", "__repository__", "file_sensor");
    const fileInterval = 300;
    const oldest = Math.floor(Date.now() / 1000 / fileInterval) * fileInterval - 3 * fileInterval;
    await storage.schedules.putInstigatorState({
      selectorId,
      name: "file_sensor",
      type: "SENSOR",
      status: "RUNNING",
      locationName: "partial",
      repositoryName: "__repository__",
      data: { cursor: `file-${oldest}.csv` },
    });
    const instance = getInstance(webserverEnv);
    const workspace = workspaceOf({
      locationName: "partial",
      type: "service_binding",
      binding: "EXAMPLE_LOCATION",
    });
    let added = 0;
    // D1 fails on the second run the tick creates.
    const runs = new Proxy(instance.storage.runs, {
      get: (target, property) =>
        property === "addRun"
          ? (...args: Parameters<typeof target.addRun>) =>
              ++added === 2
                ? Promise.reject(new DagflareError("STORAGE_ERROR", "D1 is down"))
                : target.addRun(...args)
          : Reflect.get(target, property),
    });
    await expect(
      sensorSubDaemon({ ...instance, workspace, storage: { ...instance.storage, runs } }).run(at * 1000),
    ).rejects.toThrow(/D1 is down/);
    const [interrupted] = await storage.schedules.getTicks(selectorId, { limit: 1 });
    expect(interrupted).toMatchObject({ timestamp: at, status: "STARTED" });
    const stopped = (await storage.schedules.getInstigatorState(selectorId))?.data;
    const inFlight = stopped?.inFlightTick as { runs: { runId: string }[]; cursor: string } | undefined;
    expect(inFlight?.runs).toHaveLength(3);
    expect(stopped?.cursor).toBe(`file-${oldest}.csv`);
    expect(await storage.runs.getRuns({ runIds: inFlight?.runs.map((run) => run.runId) ?? [] })).toHaveLength(
      1,
    );

    // A second later, not due for a new evaluation: the tick in flight is finished instead.
    await sensorSubDaemon({ ...instance, workspace }).run(at * 1000 + 1000);
    const ticks = await ticksOf(selectorId);
    expect(ticks).toHaveLength(1);
    expect(ticks[0]).toMatchObject({
      tickId: interrupted?.tickId,
      status: "SUCCESS",
      runIds: inFlight?.runs.map((run) => run.runId),
      cursor: inFlight?.cursor,
    });
    expect((await storage.schedules.getInstigatorState(selectorId))?.data).toMatchObject({
      cursor: inFlight?.cursor,
      lastTickTimestamp: at,
      inFlightTick: null,
    });
    expect(await storage.runs.getRuns({ runIds: inFlight?.runs.map((run) => run.runId) ?? [] })).toHaveLength(
      3,
    );
    // The launcher knows no location "partial": each run fails once a pass reaches it, one per pass
    // (etl_job runs carry team=data, limited to one at a time).
    const runIds = inFlight?.runs.map((run) => run.runId) ?? [];
    await waitUntil("the tick's runs ended", async () => {
      await daemon().dequeue("test: settle partial runs");
      return (await storage.runs.getRuns({ runIds, statuses: ["FAILURE"] })).length === runIds.length;
    });
  });

  it("creates the recorded runs of a tick in flight exactly once, with the ids recorded, whatever their run keys", async () => {
    await setSensor(FAILURE_ALERT, "STOPPED", {});
    const at = futureInstant();
    const tick = await storage.schedules.createTick({
      selectorId: FILE_SENSOR,
      instigatorName: "file_sensor",
      type: "SENSOR",
      status: "STARTED",
      timestamp: at,
    });
    const runId = `resumed-${crypto.randomUUID()}`;
    const inFlightTick = {
      tickId: tick.tickId,
      timestamp: at,
      runs: [
        {
          runId,
          runKey: null,
          jobName: "hello_job",
          runConfig: {},
          tags: { "dagster/sensor_name": "file_sensor" },
        },
      ],
      cursor: "file-0.csv",
      lastRunKey: null,
      runStatusCursor: null,
    };
    // As a daemon stopped right after recording its tick would have left the sensor.
    await setSensor(FILE_SENSOR, "RUNNING", { cursor: null, lastTickTimestamp: at, inFlightTick });
    await iterateAt(at + 1);
    await iterateAt(at + 2);
    expect(await latestTicks(FILE_SENSOR, 1)).toMatchObject([
      { tickId: tick.tickId, status: "SUCCESS", runIds: [runId], runKeys: [] },
    ]);
    expect(await storage.runs.getRuns({ runIds: [runId] })).toMatchObject([
      { jobName: "hello_job", tags: { "dagster/sensor_name": "file_sensor" } },
    ]);
    expect(await fileSensorData()).toMatchObject({ cursor: "file-0.csv", inFlightTick: null });
    await settle(await latestTicks(FILE_SENSOR, 1));
  });
});
