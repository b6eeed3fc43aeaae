/**
 * The scheduler sub-daemon with a controllable clock: the Daemon object is iterated at chosen instants
 * (days ahead of the real clock, so its real alarm never fires during a test) against real D1, the
 * example location's every_minute schedule (Europe/Berlin) and real hello_job runs.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { instigatorSelectorId } from "../../shared/scheduling/instigator-selector";
import type { InstigatorStatus, TickRecord } from "../../shared/storage/schedule-storage";
import { daemon, storage, waitForRun } from "./daemon-harness";

const SELECTOR = instigatorSelectorId("example", "__repository__", "every_minute");
const MINUTE = 60;
let days = 0;

/** A minute boundary (epoch seconds) a few days ahead of the real clock, a new one per call. */
function futureMinute(): number {
  days += 2;
  return (Math.floor(Date.now() / 60_000) + days * 1440) * MINUTE;
}

/** Writes every_minute's state as a user toggle would, and forgets the daemon's due times. */
async function setSchedule(status: InstigatorStatus, data: Record<string, unknown>): Promise<void> {
  await storage.schedules.putInstigatorState({
    selectorId: SELECTOR,
    name: "every_minute",
    type: "SCHEDULE",
    status,
    locationName: "example",
    repositoryName: "__repository__",
    data,
  });
  await clearDueTable();
}

async function clearDueTable(): Promise<void> {
  await runInDurableObject(daemon(), (_instance, state) => {
    state.storage.sql.exec("DELETE FROM due_tasks");
  });
}

const iterateAt = (epochSeconds: number): Promise<void> => daemon().iterate(epochSeconds * 1000);
const alarm = (): Promise<number | null> =>
  runInDurableObject(daemon(), (_instance, state) => state.storage.getAlarm());
/** Ticks with a timestamp in [from, to], oldest first. */
const ticksIn = async (from: number, to: number): Promise<TickRecord[]> =>
  (await storage.schedules.getTicks(SELECTOR, { after: from - 1, before: to + 1 })).reverse();
const isoOf = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString();

/** Lets the runs a test created finish, so none is still running when the next test starts. */
async function settle(ticks: readonly TickRecord[]): Promise<void> {
  await daemon().dequeue("test: settle schedule runs");
  for (const runId of ticks.flatMap((tick) => tick.runIds)) await waitForRun(runId);
}

describe("the scheduler", () => {
  it("runs hello_job once per minute of a started every_minute schedule, tagged, with a tick per minute", async () => {
    const start = futureMinute();
    await setSchedule("RUNNING", { startTimestamp: start + 30 });
    await iterateAt(start + 30);
    expect(await ticksIn(start, start + 30)).toEqual([]);
    // The alarm is armed for the next tick itself.
    expect(await alarm()).toBe((start + MINUTE) * 1000);

    await iterateAt(start + MINUTE);
    await iterateAt(start + 2 * MINUTE);
    const ticks = await ticksIn(start, start + 2 * MINUTE);
    expect(ticks.map((tick) => [tick.timestamp, tick.status, tick.runIds.length])).toEqual([
      [start + MINUTE, "SUCCESS", 1],
      [start + 2 * MINUTE, "SUCCESS", 1],
    ]);
    const [first] = ticks;
    const run = await storage.runs.getRun(first?.runIds[0] ?? "");
    const runKey = `every_minute:${isoOf(start + MINUTE)}`;
    expect(first?.runKeys).toEqual([runKey]);
    expect(run).toMatchObject({
      jobName: "hello_job",
      tags: {
        "dagster/schedule_name": "every_minute",
        ".dagster/scheduled_execution_time": isoOf(start + MINUTE),
        "dagster/run_key": runKey,
        scheduled_for: isoOf(start + MINUTE),
      },
    });
    expect(run?.status).not.toBe("NOT_STARTED");
    const state = await storage.schedules.getInstigatorState(SELECTOR);
    expect(state?.data).toMatchObject({
      lastIterationTimestamp: start + 2 * MINUTE,
      cronSchedule: "* * * * *",
      executionTimezone: "Europe/Berlin",
    });
    await settle(ticks);
  });

  it("creates one run for a tick delivered twice, concurrently, or redone after a lost checkpoint", async () => {
    const start = futureMinute();
    await setSchedule("RUNNING", { startTimestamp: start });
    const tickTime = start + MINUTE;
    await iterateAt(tickTime);
    await iterateAt(tickTime);
    await clearDueTable();
    await Promise.all([iterateAt(tickTime), iterateAt(tickTime)]);
    const ticks = await ticksIn(start, tickTime);
    expect(ticks).toHaveLength(1);

    // As if the daemon stopped after creating the run but before storing the tick time.
    await setSchedule("RUNNING", { startTimestamp: start });
    await iterateAt(tickTime);
    const redone = await ticksIn(start, tickTime);
    expect(redone).toHaveLength(2);
    expect(redone.map((tick) => tick.status)).toEqual(["SUCCESS", "SUCCESS"]);
    expect(redone[1]?.runIds).toEqual(ticks[0]?.runIds);
    const runs = await storage.runs.getRuns({
      tags: [{ key: ".dagster/scheduled_execution_time", value: isoOf(tickTime) }],
    });
    expect(runs).toHaveLength(1);
    await settle(ticks);
  });

  it("runs only the latest missed tick after ten minutes of downtime", async () => {
    const start = futureMinute();
    await setSchedule("RUNNING", { startTimestamp: start });
    await iterateAt(start + MINUTE);
    await iterateAt(start + 11 * MINUTE + 5);
    const ticks = await ticksIn(start, start + 11 * MINUTE);
    expect(ticks.map((tick) => tick.timestamp)).toEqual([start + MINUTE, start + 11 * MINUTE]);
    expect(ticks.every((tick) => tick.status === "SUCCESS" && tick.runIds.length === 1)).toBe(true);
    await settle(ticks);
  });

  it("does nothing for a stopped schedule", async () => {
    const start = futureMinute();
    await setSchedule("STOPPED", { startTimestamp: start });
    await iterateAt(start + MINUTE);
    await iterateAt(start + 5 * MINUTE);
    expect(await ticksIn(start, start + 5 * MINUTE)).toEqual([]);
  });

  it("neither loses nor repeats a tick when the daemon's own state is lost", async () => {
    const start = futureMinute();
    await setSchedule("RUNNING", { startTimestamp: start });
    await iterateAt(start + MINUTE);
    await clearDueTable();
    await iterateAt(start + MINUTE + 20);
    expect(await ticksIn(start, start + MINUTE + 20)).toHaveLength(1);
    await clearDueTable();
    await iterateAt(start + 2 * MINUTE);
    const ticks = await ticksIn(start, start + 2 * MINUTE);
    expect(ticks.map((tick) => tick.timestamp)).toEqual([start + MINUTE, start + 2 * MINUTE]);
    await settle(ticks);
  });

  it("reloads a location stored with a load error and ticks normally once it loads again", async () => {
    const start = futureMinute();
    await setSchedule("RUNNING", { startTimestamp: start });
    const loadError = { message: "example is down", className: "Error", stack: [] };
    await storage.codeLocations.putLocation({
      name: "example",
      snapshot: null,
      loadError,
      updateTime: start,
      versionKey: "down",
    });
    await iterateAt(start + MINUTE);
    const ticks = await ticksIn(start, start + MINUTE);
    expect(ticks.map((tick) => tick.status)).toEqual(["SUCCESS"]);
    expect((await storage.codeLocations.getLocation("example"))?.loadError).toBeNull();
    await settle(ticks);
  });
});
