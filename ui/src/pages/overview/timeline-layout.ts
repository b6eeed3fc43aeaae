/**
 * The run timeline's geometry, as pure functions of the runs and the window so the component can memoize
 * it: one row per job (location-qualified), each run a bar from its start (or creation, while queued) to
 * its end (or now), placed in the first lane of the row it does not overlap so concurrent runs stay
 * visible. Positions are fractions of the window (0..1); the component turns them into percentages.
 * @module
 */
import type { RunSummary } from "../../api/run-summary";

export type TimelineRun = RunSummary;

export type TimelineBar = {
  readonly run: TimelineRun;
  readonly left: number;
  readonly width: number;
  readonly start: number;
  readonly end: number | null;
};

export type TimelineRow = {
  readonly key: string;
  readonly jobName: string;
  readonly location: string | null;
  readonly lanes: readonly (readonly TimelineBar[])[];
};

/** More concurrent runs than this share the last lane (drawn over each other) rather than grow the row. */
export const MAX_LANES = 3;
/** A bar's least width as a fraction of the window, so a 50 ms run is still a visible, clickable mark. */
const MIN_WIDTH = 0.004;

export function layoutTimeline(
  runs: readonly TimelineRun[],
  window: { start: number; end: number },
): TimelineRow[] {
  const span = window.end - window.start;
  const byJob = new Map<string, { jobName: string; location: string | null; bars: TimelineBar[] }>();
  for (const run of runs) {
    const start = run.startTime ?? run.creationTime;
    const end = run.endTime;
    const shownEnd = end ?? window.end;
    if (shownEnd < window.start || start > window.end) continue;
    const left = Math.max(0, (start - window.start) / span);
    const right = Math.min(1, (shownEnd - window.start) / span);
    const width = Math.max(MIN_WIDTH, right - left);
    // A run that just began still gets its least width, drawn ending at now rather than past it.
    const bar: TimelineBar = { run, left: Math.min(left, 1 - width), width, start, end };
    const location = run.repositoryOrigin?.repositoryLocationName ?? null;
    const key = `${location ?? ""}\u0000${run.jobName}`;
    const row = byJob.get(key) ?? { jobName: run.jobName, location, bars: [] };
    row.bars.push(bar);
    byJob.set(key, row);
  }
  return [...byJob.entries()]
    .map(([key, row]) => ({ key, jobName: row.jobName, location: row.location, lanes: intoLanes(row.bars) }))
    .sort((a, b) => a.jobName.localeCompare(b.jobName) || (a.location ?? "").localeCompare(b.location ?? ""));
}

/** Greedy interval packing: bars by start, each into the first lane whose last bar ended before it. */
function intoLanes(bars: TimelineBar[]): TimelineBar[][] {
  const lanes: TimelineBar[][] = [];
  for (const bar of [...bars].sort((a, b) => a.left - b.left)) {
    const free = lanes.find((lane) => {
      const last = lane.at(-1);
      return last !== undefined && last.left + last.width <= bar.left;
    });
    if (free) free.push(bar);
    else if (lanes.length < MAX_LANES) lanes.push([bar]);
    else lanes[MAX_LANES - 1]?.push(bar);
  }
  return lanes;
}

/** The share of the axis at its right end kept free for the "now" label. */
const NOW_LABEL_ROOM = 0.06;

/** Steps the axis may use, in seconds; the smallest giving at most ~8 labels wins. */
const TICK_STEPS = [300, 600, 900, 1800, 3600, 7200, 10_800, 21_600];

/** Axis ticks at round local times inside the window, each with its position (0..1). */
export function timeTicks(window: { start: number; end: number }): { time: number; position: number }[] {
  const span = window.end - window.start;
  const step =
    TICK_STEPS.find((candidate) => span / candidate <= 8) ?? TICK_STEPS[TICK_STEPS.length - 1] ?? 3600;
  // Round in local time, so labels read 14:00, not 14:00 UTC shifted by a half-hour zone.
  const offset = new Date(window.start * 1000).getTimezoneOffset() * 60;
  const first = Math.ceil((window.start - offset) / step) * step + offset;
  const ticks: { time: number; position: number }[] = [];
  // Labels too close to the right edge would collide with the "now" label.
  for (let time = first; time <= window.end - span * NOW_LABEL_ROOM; time += step)
    ticks.push({ time, position: (time - window.start) / span });
  return ticks;
}
