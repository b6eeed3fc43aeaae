import { describe, expect, it } from "vitest";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import { instigatorRunId } from "../../../shared/daemon/ticks/instigator-run-id";
import { isInstigatorRunning } from "../../../shared/scheduling/instigator-status";
import {
  nextScheduleTick,
  scheduleTicksDue,
  type ScheduleTickWindow,
} from "../../../shared/daemon/scheduler/schedule-ticks";

const seconds = (iso: string): number => Date.parse(iso) / 1000;
const iso = (epochSeconds: number): string =>
  new Date(epochSeconds * 1000).toISOString().replace(".000Z", "Z");
const notPartitioned = { partitioned: false, maxCatchupRuns: 5 };
const window = (
  overrides: Partial<ScheduleTickWindow> & Pick<ScheduleTickWindow, "now" | "startTimestamp">,
): ScheduleTickWindow => ({
  cronSchedule: "* * * * *",
  executionTimezone: "Europe/Berlin",
  lastTickTimestamp: null,
  ...overrides,
});
const due = (w: ScheduleTickWindow, catchUp = notPartitioned): string[] =>
  scheduleTicksDue(w, catchUp).map(iso);

describe("scheduleTicksDue", () => {
  it("owes the tick at the current minute, once, and nothing more until the next one", () => {
    const start = seconds("2026-06-01T10:00:30Z");
    expect(due(window({ startTimestamp: start, now: seconds("2026-06-01T10:01:00Z") }))).toEqual([
      "2026-06-01T10:01:00Z",
    ]);
    const last = seconds("2026-06-01T10:01:00Z");
    expect(
      due(window({ startTimestamp: start, lastTickTimestamp: last, now: seconds("2026-06-01T10:01:59Z") })),
    ).toEqual([]);
    expect(
      due(window({ startTimestamp: start, lastTickTimestamp: last, now: seconds("2026-06-01T10:02:00Z") })),
    ).toEqual(["2026-06-01T10:02:00Z"]);
  });

  it("never owes a tick at or before the schedule was started", () => {
    const start = seconds("2026-06-01T10:01:00Z");
    expect(due(window({ startTimestamp: start, now: start }))).toEqual([]);
    expect(
      due(
        window({
          startTimestamp: start,
          lastTickTimestamp: seconds("2026-06-01T09:00:00Z"),
          now: start + 30,
        }),
      ),
    ).toEqual([]);
  });

  it("runs only the latest missed tick of a non-partitioned schedule after downtime", () => {
    const start = seconds("2026-06-01T10:00:00Z");
    const w = window({
      startTimestamp: start,
      lastTickTimestamp: start,
      now: seconds("2026-06-01T10:10:20Z"),
    });
    expect(due(w)).toEqual(["2026-06-01T10:10:00Z"]);
  });

  it("replays up to maxCatchupRuns of the latest missed ticks of a partitioned schedule", () => {
    const start = seconds("2026-06-01T10:00:00Z");
    const w = window({
      startTimestamp: start,
      lastTickTimestamp: start,
      now: seconds("2026-06-01T10:10:20Z"),
    });
    expect(due(w, { partitioned: true, maxCatchupRuns: 3 })).toEqual([
      "2026-06-01T10:08:00Z",
      "2026-06-01T10:09:00Z",
      "2026-06-01T10:10:00Z",
    ]);
    expect(due(w, { partitioned: true, maxCatchupRuns: 0 })).toEqual(["2026-06-01T10:10:00Z"]);
  });

  it("follows Dagster's DST rules in Europe/Berlin: a daily 02:30 runs at 03:00 on the spring-forward day", () => {
    // 29 March 2026: 02:00 local jumps to 03:00 at 01:00Z; 03:00 CEST is 01:00Z.
    const w = window({
      cronSchedule: "30 2 * * *",
      startTimestamp: seconds("2026-03-28T12:00:00Z"),
      now: seconds("2026-03-29T06:00:00Z"),
    });
    expect(due(w)).toEqual(["2026-03-29T01:00:00Z"]);
  });

  it("runs an hourly schedule at both 02:30s of the fall-back day", () => {
    // 25 October 2026: 03:00 CEST goes back to 02:00 CET at 01:00Z, so 02:30 local is 00:30Z and 01:30Z.
    const w = window({
      cronSchedule: "30 * * * *",
      startTimestamp: seconds("2026-10-25T00:00:00Z"),
      now: seconds("2026-10-25T02:00:00Z"),
    });
    expect(scheduleTicksDue(w, { partitioned: true, maxCatchupRuns: 5 }).map(iso)).toEqual([
      "2026-10-25T00:30:00Z",
      "2026-10-25T01:30:00Z",
    ]);
  });

  it("refuses an invalid cron or time zone with INVALID_DEFINITION", () => {
    const start = seconds("2026-06-01T10:00:00Z");
    expect(() =>
      scheduleTicksDue(
        window({ cronSchedule: "61 * * * *", startTimestamp: start, now: start + 120 }),
        notPartitioned,
      ),
    ).toThrow(DagflareError);
    expect(() =>
      scheduleTicksDue(
        window({ executionTimezone: "Mars/Olympus", startTimestamp: start, now: start + 120 }),
        notPartitioned,
      ),
    ).toThrow(/Mars\/Olympus/);
  });
});

describe("nextScheduleTick", () => {
  it("is the first tick strictly after the given time, in the schedule's time zone", () => {
    expect(iso(nextScheduleTick("* * * * *", "Europe/Berlin", seconds("2026-06-01T10:00:00Z")) ?? 0)).toBe(
      "2026-06-01T10:01:00Z",
    );
    expect(iso(nextScheduleTick("0 9 * * *", "Europe/Berlin", seconds("2026-06-01T10:00:00Z")) ?? 0)).toBe(
      "2026-06-02T07:00:00Z",
    );
  });

  it("is null for a cron that never fires again", () => {
    expect(nextScheduleTick("0 0 30 2 *", "UTC", seconds("2026-06-01T10:00:00Z"))).toBeNull();
  });
});

describe("isInstigatorRunning", () => {
  it("follows the stored status, else the definition's default status", () => {
    expect(isInstigatorRunning({ status: "RUNNING" }, "STOPPED")).toBe(true);
    expect(isInstigatorRunning({ status: "DECLARED_IN_CODE" }, "STOPPED")).toBe(true);
    expect(isInstigatorRunning({ status: "STOPPED" }, "RUNNING")).toBe(false);
    expect(isInstigatorRunning(null, "RUNNING")).toBe(true);
    expect(isInstigatorRunning(null, "STOPPED")).toBe(false);
  });
});

describe("instigatorRunId", () => {
  it("is the same UUID-shaped id for the same parts and differs for any other", async () => {
    const id = await instigatorRunId("example:__repository__:every_minute", "1780000000", "every_minute:key");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(
      await instigatorRunId("example:__repository__:every_minute", "1780000000", "every_minute:key"),
    ).toBe(id);
    expect(
      await instigatorRunId("example:__repository__:every_minute", "1780000060", "every_minute:key"),
    ).not.toBe(id);
    // Parts are kept apart: moving a separator gives another id.
    expect(await instigatorRunId("a:b", "c")).not.toBe(await instigatorRunId("a", "b:c"));
  });
});
