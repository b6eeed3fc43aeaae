/**
 * The overview timeline's geometry: rows per job and location, bars clipped to the window, concurrent
 * runs in separate lanes (at most MAX_LANES), a least width for instant runs, and axis ticks.
 */
import { describe, expect, it } from "vitest";
import {
  layoutTimeline,
  MAX_LANES,
  timeTicks,
  type TimelineRun,
} from "../../../ui/src/pages/overview/timeline-layout";

const window = { start: 10_000, end: 13_600 };
let next = 0;
const run = (
  jobName: string,
  startTime: number | null,
  endTime: number | null,
  extra: Partial<TimelineRun> = {},
): TimelineRun => ({
  runId: `run-${next++}`,
  status: "SUCCESS",
  jobName,
  creationTime: (startTime ?? 11_000) - 1,
  startTime,
  endTime,
  repositoryOrigin: { repositoryLocationName: "example" },
  ...extra,
});

describe("layoutTimeline", () => {
  it("puts each job of each location on its own row, sorted by job name", () => {
    const rows = layoutTimeline(
      [
        run("b_job", 11_000, 11_100),
        run("a_job", 11_000, 11_100),
        run("a_job", 12_000, 12_100, { repositoryOrigin: { repositoryLocationName: "other" } }),
      ],
      window,
    );
    expect(rows.map((row) => [row.jobName, row.location])).toEqual([
      ["a_job", "example"],
      ["a_job", "other"],
      ["b_job", "example"],
    ]);
  });

  it("places bars as fractions of the window, clipped at its start, running ones up to now", () => {
    const [row] = layoutTimeline([run("job", 9_000, 10_360), run("job", 12_880, null)], window);
    const [early, running] = row?.lanes[0] ?? [];
    expect(early).toMatchObject({ left: 0, start: 9_000, end: 10_360 });
    expect(early?.width).toBeCloseTo(0.1);
    expect(running).toMatchObject({ end: null });
    expect(running?.left).toBeCloseTo(0.8);
    expect(running?.width).toBeCloseTo(0.2);
  });

  it("draws a queued run from its creation time and leaves out runs outside the window", () => {
    const queued = run("job", null, null, { creationTime: 13_240, status: "QUEUED" });
    const rows = layoutTimeline([queued, run("job", 5_000, 6_000), run("job", 14_000, 14_100)], window);
    expect(rows[0]?.lanes.flat().map((bar) => bar.run.runId)).toEqual([queued.runId]);
    expect(rows[0]?.lanes[0]?.[0]?.left).toBeCloseTo(0.9);
  });

  it("gives an instant run a visible width that ends at now at the latest", () => {
    const [row] = layoutTimeline([run("job", 13_600, 13_600)], window);
    const bar = row?.lanes[0]?.[0];
    expect(bar?.width).toBeGreaterThan(0);
    expect((bar?.left ?? 0) + (bar?.width ?? 0)).toBeCloseTo(1);
  });

  it("stacks overlapping runs in lanes and reuses a lane once it is free", () => {
    const [row] = layoutTimeline(
      [run("job", 11_000, 12_000), run("job", 11_500, 12_500), run("job", 12_200, 12_300)],
      window,
    );
    expect(row?.lanes.map((lane) => lane.length)).toEqual([2, 1]);
  });

  it("never grows a row past MAX_LANES: further concurrent runs share the last lane", () => {
    const runs = Array.from({ length: MAX_LANES + 2 }, () => run("job", 11_000, 12_000));
    const [row] = layoutTimeline(runs, window);
    expect(row?.lanes).toHaveLength(MAX_LANES);
    expect(row?.lanes.flat()).toHaveLength(runs.length);
  });
});

describe("timeTicks", () => {
  it("labels at most about 8 round times inside the window, ascending", () => {
    for (const hours of [1, 6, 12, 24]) {
      const span = { start: 1_700_000_123, end: 1_700_000_123 + hours * 3600 };
      const ticks = timeTicks(span);
      expect(ticks.length).toBeGreaterThan(2);
      expect(ticks.length).toBeLessThanOrEqual(8);
      for (const tick of ticks) {
        expect(tick.position).toBeGreaterThanOrEqual(0);
        expect(tick.position).toBeLessThan(1);
        expect(new Date(tick.time * 1000).getSeconds()).toBe(0);
        expect(new Date(tick.time * 1000).getMinutes() % 5).toBe(0);
      }
      expect(ticks.map((tick) => tick.time)).toEqual(
        [...ticks.map((tick) => tick.time)].sort((a, b) => a - b),
      );
    }
  });
});
