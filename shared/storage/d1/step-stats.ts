/**
 * Per-step stats (Dagster's RunStepKeyStatsSnapshot) folded from one run's step events in log order.
 * Each STEP_START or STEP_RESTARTED opens an attempt; STEP_UP_FOR_RETRY, STEP_SUCCESS or STEP_FAILURE
 * closes it. The status is that of the latest step event.
 * @module
 */
import type { DagsterEventType } from "../../events/event-types";
import type { StepStats } from "../event-log-storage";
import { epochSeconds } from "./sql-helpers";

/** The event types step stats are computed from; the storage reads only these. */
export const STEP_STATS_EVENT_TYPES = [
  "STEP_START",
  "STEP_RESTARTED",
  "STEP_UP_FOR_RETRY",
  "STEP_SUCCESS",
  "STEP_FAILURE",
  "STEP_SKIPPED",
  "ASSET_MATERIALIZATION",
] as const satisfies readonly DagsterEventType[];

export type StepEventRow = {
  stepKey: string;
  eventType: DagsterEventType;
  /** Epoch milliseconds. */
  timestamp: number;
};

const FINAL_STATUS: Partial<Record<DagsterEventType, "SUCCESS" | "FAILURE" | "SKIPPED">> = {
  STEP_SUCCESS: "SUCCESS",
  STEP_FAILURE: "FAILURE",
  STEP_SKIPPED: "SKIPPED",
};

/** Stats per step, in order of each step's first event. `rows` must be in storage order. */
export function stepStatsFromEvents(runId: string, rows: readonly StepEventRow[]): StepStats[] {
  const byStep = new Map<string, StepStats>();
  for (const { stepKey, eventType, timestamp } of rows) {
    const stats = byStep.get(stepKey) ?? {
      runId,
      stepKey,
      status: null,
      startTime: null,
      endTime: null,
      materializations: 0,
      attempts: [],
    };
    byStep.set(stepKey, stats);
    const time = epochSeconds(timestamp);
    const finalStatus = FINAL_STATUS[eventType];
    if (eventType === "ASSET_MATERIALIZATION") {
      stats.materializations += 1;
    } else if (eventType === "STEP_START" || eventType === "STEP_RESTARTED") {
      stats.status = "IN_PROGRESS";
      stats.startTime ??= time;
      stats.attempts.push({ startTime: time, endTime: null });
    } else if (eventType === "STEP_UP_FOR_RETRY") {
      closeAttempt(stats, time);
    } else if (finalStatus !== undefined) {
      stats.status = finalStatus;
      stats.endTime = time;
      if (finalStatus !== "SKIPPED") closeAttempt(stats, time);
    }
  }
  return [...byStep.values()];
}

function closeAttempt(stats: StepStats, time: number): void {
  const attempt = stats.attempts.at(-1);
  if (attempt !== undefined && attempt.endTime === null) attempt.endTime = time;
}
