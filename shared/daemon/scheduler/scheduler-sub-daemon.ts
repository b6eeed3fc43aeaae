/**
 * The scheduler sub-daemon (Dagster's SchedulerDaemon, SCHEDULER heartbeat): each iteration runs the
 * ticks every running schedule owes since its last tick (see scheduleTicksDue), stores the last tick
 * time in the schedule's state (so a restarted daemon neither loses nor repeats a tick), and is next
 * due at the earliest upcoming tick, so ticks fire on time; at least once a minute, to notice schedules
 * started meanwhile. A schedule whose location cannot load gets FAILURE ticks with the load error, and
 * ticks normally again once the location is back. A FAILURE tick is run again at the following
 * iterations, up to `schedules.max_tick_retries` times (Dagster's rule), until it succeeds or a newer
 * tick is due; only then does the schedule's last tick time move past it.
 * @module
 */
import type { ScheduleSnapshot } from "../../protocol/code-location-protocol";
import type { Instance } from "../../instance/instance";
import { failScheduleTick, isTickToRetry, runScheduleTick } from "./run-schedule-tick";
import { patchInstigatorData, type InstigatorRef } from "../ticks/patch-instigator-data";
import { scanInstigators, type InstigatorTarget } from "../ticks/scan-instigators";
import { nextScheduleTick, scheduleTicksDue } from "./schedule-ticks";
import type { TickDeps } from "../ticks/tick-deps";
import type { InstigatorState, TickRecord } from "../../storage/schedule-storage";
import { instigatorSubDaemon, type InstigatorIterationResult } from "../ticks/instigator-sub-daemon";
import type { SubDaemon } from "../sub-daemon";

export const SCHEDULER_TASK = "scheduler";
/** How often the scheduler looks for newly started schedules when no tick comes sooner (Dagster: every minute). */
export const SCHEDULER_POLL_MS = 60_000;

export type SchedulerIterationResult = InstigatorIterationResult;

/** A running schedule to tick: its cron and time zone, its stored data, and how one of its ticks runs. */
type ScheduleWork = {
  ref: InstigatorRef;
  cronSchedule: string;
  executionTimezone: string;
  /** Its stored data, once it is stamped as started. */
  prepare: () => Promise<Record<string, unknown>>;
  tick: (scheduledTime: number) => Promise<TickRecord>;
};

/** The sub-daemon; each iteration sets its `intervalMs` so that it is next due at the earliest upcoming tick. */
export function schedulerSubDaemon(instance: Instance): SubDaemon<SchedulerIterationResult> {
  // Schedules have no partitions here, so a schedule that missed several ticks runs only the latest.
  const { maxCatchupRuns, maxTickRetries } = instance.config.schedules;
  const catchUp = { partitioned: false, maxCatchupRuns };
  return instigatorSubDaemon<ScheduleWork>(instance, {
    task: SCHEDULER_TASK,
    daemonType: "SCHEDULER",
    pollMs: SCHEDULER_POLL_MS,
    noun: "schedule",
    work: (deps) => scheduleWork(deps, maxTickRetries),
    tick: async (work, deps, counted) => {
      const window = windowOf(await work.prepare(), deps.now);
      for (const time of scheduleTicksDue(
        { ...window, cronSchedule: work.cronSchedule, executionTimezone: work.executionTimezone },
        catchUp,
      )) {
        const tick = await work.tick(time);
        counted();
        // Left as the last tick time's successor, the failed time is owed again at the next iteration.
        if (isTickToRetry(tick, maxTickRetries)) break;
        await patchInstigatorData(deps.storage.schedules, work.ref, "SCHEDULE", {
          lastIterationTimestamp: time,
        });
      }
      return nextScheduleTick(work.cronSchedule, work.executionTimezone, deps.now);
    },
  });
}

/** Every running schedule: those of loaded locations tick for real, those of unloadable ones fail with the load error. */
async function scheduleWork(deps: TickDeps, maxTickRetries: number): Promise<ScheduleWork[]> {
  const scan = await scanInstigators(
    { workspace: deps.workspace, schedules: deps.storage.schedules },
    "SCHEDULE",
  );
  const loaded = scan.running.map((target) => ({
    ref: target,
    cronSchedule: target.definition.cronSchedule,
    executionTimezone: target.definition.executionTimezone,
    prepare: async () => (await ensureStarted(deps, target)).data,
    tick: (time: number) => runScheduleTick(deps, target, time, maxTickRetries),
  }));
  const unloadable = scan.unloadable.flatMap(({ state, error }) => {
    const { cronSchedule, executionTimezone } = state.data;
    // Never seen loaded by this daemon: there is no cron to tick by.
    if (typeof cronSchedule !== "string" || typeof executionTimezone !== "string") return [];
    return [
      {
        ref: { ...state, definition: { name: state.name } },
        cronSchedule,
        executionTimezone,
        prepare: async () => state.data,
        tick: (time: number) =>
          failScheduleTick(
            deps,
            { selectorId: state.selectorId, name: state.name },
            time,
            error,
            maxTickRetries,
          ),
      },
    ];
  });
  return [...loaded, ...unloadable];
}

/** The stored start and last tick times (epoch seconds). */
function windowOf(
  data: Record<string, unknown>,
  now: number,
): { startTimestamp: number; lastTickTimestamp: number | null; now: number } {
  const startTimestamp = typeof data.startTimestamp === "number" ? data.startTimestamp : now;
  const lastTickTimestamp =
    typeof data.lastIterationTimestamp === "number" ? data.lastIterationTimestamp : null;
  return { startTimestamp, lastTickTimestamp, now };
}

/**
 * Stamps a schedule seen running for the first time with its start time (no tick before it is ever
 * owed), and keeps its cron and time zone in its state so ticks can fail meaningfully while its
 * location cannot load.
 */
async function ensureStarted(
  deps: TickDeps,
  target: InstigatorTarget<ScheduleSnapshot>,
): Promise<InstigatorState> {
  const { cronSchedule, executionTimezone } = target.definition;
  const data = target.state?.data ?? {};
  if (
    typeof data.startTimestamp === "number" &&
    data.cronSchedule === cronSchedule &&
    data.executionTimezone === executionTimezone &&
    target.state
  )
    return target.state;
  const startTimestamp = typeof data.startTimestamp === "number" ? data.startTimestamp : deps.now;
  return patchInstigatorData(deps.storage.schedules, target, "SCHEDULE", {
    startTimestamp,
    cronSchedule,
    executionTimezone,
  });
}
