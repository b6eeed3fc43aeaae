/**
 * Each step's timeline folded from the run's event log, as Dagster's Gantt chart builds it: every
 * STEP_START / STEP_RESTARTED opens an attempt, STEP_UP_FOR_RETRY / STEP_SUCCESS / STEP_FAILURE closes
 * it, STEP_SKIPPED marks a step that never ran. An attempt still open when the next one starts was
 * interrupted (its run worker stopped and the step was executed again). Rows follow the execution plan's order, then any step the
 * log names that the plan does not. Times are epoch milliseconds.
 * @module
 */
import { isFinished } from "../runs/run-status";
import type { RunEvent } from "./run-query";

type AttemptStatus = "running" | "success" | "failure" | "up_for_retry" | "canceled" | "interrupted";
type StepStatus = AttemptStatus | "pending" | "skipped" | "not_executed";

export type StepAttempt = { readonly start: number; end: number | null; status: AttemptStatus };

export type StepTimeline = {
  readonly key: string;
  status: StepStatus;
  readonly attempts: StepAttempt[];
  /** When the step was skipped (no attempts then). */
  skippedAt: number | null;
};

const CLOSING: Readonly<Record<string, AttemptStatus>> = {
  STEP_UP_FOR_RETRY: "up_for_retry",
  STEP_SUCCESS: "success",
  STEP_FAILURE: "failure",
};

export function buildStepTimelines(
  planStepKeys: readonly string[],
  events: readonly RunEvent[],
  run: { status: string; endTime: number | null },
): StepTimeline[] {
  const byKey = new Map<string, StepTimeline>();
  const timeline = (key: string) => {
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = { key, status: "pending", attempts: [], skippedAt: null }));
    return found;
  };
  for (const key of planStepKeys) timeline(key);

  for (const event of events) {
    if (event.stepKey === null || event.eventType === null) continue;
    if (event.eventType === "STEP_START" || event.eventType === "STEP_RESTARTED") {
      const step = timeline(event.stepKey);
      closeOpenAttempt(step, event.time, "interrupted");
      step.attempts.push({ start: event.time, end: null, status: "running" });
      step.status = "running";
    } else if (event.eventType in CLOSING) {
      const status = CLOSING[event.eventType] as AttemptStatus;
      const step = timeline(event.stepKey);
      closeOpenAttempt(step, event.time, status);
      step.status = status;
    } else if (event.eventType === "STEP_SKIPPED") {
      const step = timeline(event.stepKey);
      step.status = "skipped";
      step.skippedAt = event.time;
    }
  }

  if (isFinished(run.status)) {
    // A run that ended with steps still open (terminated, crashed) ended them too.
    const end = run.endTime === null ? null : run.endTime * 1000;
    const status: AttemptStatus = run.status === "CANCELED" ? "canceled" : "failure";
    for (const step of byKey.values()) {
      if (step.status === "pending") step.status = "not_executed";
      else if (end !== null && closeOpenAttempt(step, end, status)) step.status = status;
    }
  }
  return [...byKey.values()];
}

/** Closes the step's last attempt if it is still open; true if it was. */
function closeOpenAttempt(step: StepTimeline, end: number, status: AttemptStatus): boolean {
  const attempt = step.attempts.at(-1);
  if (!attempt || attempt.end !== null) return false;
  attempt.end = end;
  attempt.status = status;
  return true;
}

/** Earliest attempt start and latest attempt end (or skip) over all steps; null without any. */
export function timelineBounds(timelines: readonly StepTimeline[]): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const step of timelines) {
    for (const attempt of step.attempts) {
      start = Math.min(start, attempt.start);
      end = Math.max(end, attempt.end ?? attempt.start);
    }
    if (step.skippedAt !== null) end = Math.max(end, step.skippedAt);
  }
  return start === Infinity ? null : { start, end: Math.max(start, end) };
}
