/**
 * Run statuses and the event-sourced rule that moves them: storing a run event is the only way a run's
 * status changes, so the event log and the run row can never disagree (Dagster's model).
 * @module
 */
import type { DagsterEventType } from "../events/event-types";

export const RUN_STATUSES = [
  "QUEUED",
  "NOT_STARTED",
  "MANAGED",
  "STARTING",
  "STARTED",
  "SUCCESS",
  "FAILURE",
  "CANCELING",
  "CANCELED",
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const FINISHED_STATUSES: ReadonlySet<RunStatus> = new Set(["SUCCESS", "FAILURE", "CANCELED"]);
/** Runs that hold a slot against max_concurrent_runs. */
export const IN_PROGRESS_STATUSES: ReadonlySet<RunStatus> = new Set(["STARTING", "STARTED", "CANCELING"]);
/** Only these can be terminated; STARTING has already handed control to the worker. */
export const CANCELABLE_STATUSES: ReadonlySet<RunStatus> = new Set(["QUEUED", "STARTED"]);

const STATUS_BY_EVENT: Partial<Record<DagsterEventType, RunStatus>> = {
  RUN_ENQUEUED: "QUEUED",
  RUN_STARTING: "STARTING",
  RUN_START: "STARTED",
  RUN_SUCCESS: "SUCCESS",
  RUN_FAILURE: "FAILURE",
  RUN_CANCELING: "CANCELING",
  RUN_CANCELED: "CANCELED",
};

/** The status a run event moves a run to, or undefined for events that do not change status. */
export function statusForEvent(eventType: DagsterEventType | null): RunStatus | undefined {
  return eventType === null ? undefined : STATUS_BY_EVENT[eventType];
}

export function isFinished(status: RunStatus): boolean {
  return FINISHED_STATUSES.has(status);
}
