/**
 * Which schedule ticks a scheduler iteration owes (Dagster's SchedulerDaemon window): the cron ticks in
 * (max(start, last tick), now], never one before the schedule was started, thinned by Dagster's
 * catch-up rule. Pure: time is an argument.
 * @module
 */
import { cronTickTimes, cronTickTimesBetween } from "../../scheduling/cron";

export type ScheduleTickWindow = {
  cronSchedule: string;
  executionTimezone: string;
  /** Epoch seconds the schedule was started; no tick at or before it is owed. */
  startTimestamp: number;
  /** Epoch seconds of the last tick already handled, or null before the first. */
  lastTickTimestamp: number | null;
  /** Epoch seconds. */
  now: number;
};

/** Dagster's catch-up: only partitioned schedules replay missed ticks, at most `maxCatchupRuns` of them. */
export type CatchUpPolicy = { partitioned: boolean; maxCatchupRuns: number };

/**
 * The ticks to run now, ascending: a non-partitioned schedule that missed several runs only the latest;
 * a partitioned one the latest `maxCatchupRuns` (at least one).
 * @throws DagflareError INVALID_DEFINITION for an invalid cron or an unknown time zone.
 */
export function scheduleTicksDue(window: ScheduleTickWindow, catchUp: CatchUpPolicy): number[] {
  const after = Math.max(window.startTimestamp, window.lastTickTimestamp ?? window.startTimestamp);
  const owed = cronTickTimesBetween(window.cronSchedule, window.executionTimezone, after, window.now);
  const keep = catchUp.partitioned ? Math.max(1, catchUp.maxCatchupRuns) : 1;
  return owed.slice(-keep);
}

/**
 * The first tick after `afterEpochSeconds`, or null for a cron that never fires again.
 * @throws DagflareError INVALID_DEFINITION for an invalid cron or an unknown time zone.
 */
export function nextScheduleTick(
  cronSchedule: string,
  executionTimezone: string,
  afterEpochSeconds: number,
): number | null {
  return cronTickTimes(cronSchedule, executionTimezone, afterEpochSeconds, 1)[0] ?? null;
}
