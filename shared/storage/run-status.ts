/**
 * Run statuses and the event-sourced rule that moves them: storing a run event is the only way a run's
 * status changes, so the event log and the run row can never disagree (Dagster's model). Statuses only
 * move forward (canMoveTo): a late run event is logged without undoing a later status.
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

/**
 * How far along each status is. A run in QUEUED / NOT_STARTED may be started or canceled, STARTING is
 * handed to a launcher, STARTED is running, CANCELING is being stopped, and the three finished statuses end it.
 */
const PROGRESS: Record<RunStatus, number> = {
  NOT_STARTED: 0,
  MANAGED: 0,
  QUEUED: 0,
  STARTING: 1,
  STARTED: 2,
  CANCELING: 3,
  SUCCESS: 4,
  FAILURE: 4,
  CANCELED: 4,
};

/**
 * Whether a run event may move a run from `from` to `to`: never out of a finished status, never backward.
 * So a worker's RUN_START landing after a cancel stored CANCELING leaves the run CANCELING, which is what
 * the worker's termination check reads (an overwritten CANCELING would let the run complete).
 */
export function canMoveTo(from: RunStatus, to: RunStatus): boolean {
  return !isFinished(from) && PROGRESS[from] <= PROGRESS[to];
}

/** The statuses a run event may move a run to `to` from (canMoveTo), for a storage guard. */
export function statusesMovableTo(to: RunStatus): RunStatus[] {
  return RUN_STATUSES.filter((from) => canMoveTo(from, to));
}
