/**
 * EventLogStorage: the ordered event log of every run, modelled on Dagster's EventLogStorage.
 * Storing a run event (RUN_ENQUEUED ... RUN_CANCELED) also moves the run's status and times in the same
 * batch, so the log and the run row agree (statusForEvent in runs/run-status.ts).
 * @module
 */
import type { SerializableError } from "../errors/serializable-error";
import type { DagsterEventType, LogLevel } from "../events/event-types";

export type NewEvent = {
  runId: string;
  /** Epoch milliseconds. */
  timestamp: number;
  level: LogLevel;
  message: string;
  /** null for plain user log lines (Dagster's LogMessageEvent). */
  eventType: DagsterEventType | null;
  stepKey?: string | null;
  /** Event-specific payload: error, outputName, inputName, metadata, secondsToWait, assetKey, ... */
  data?: EventData | null;
};

export type EventData = {
  error?: SerializableError;
  errorSource?: "FRAMEWORK_ERROR" | "USER_CODE_ERROR" | "UNEXPECTED_ERROR" | "INTERRUPT";
  [key: string]: unknown;
};

export type EventRecord = NewEvent & {
  /** Monotonic id across the whole log; the cursor everywhere. */
  storageId: number;
  stepKey: string | null;
  data: EventData | null;
};

export type EventPage = {
  events: EventRecord[];
  /** storageId of the last event returned (or the afterCursor given when none). */
  cursor: number;
  hasMore: boolean;
};

export type RunStats = {
  runId: string;
  stepsSucceeded: number;
  stepsFailed: number;
  materializations: number;
  expectations: number;
  enqueuedTime: number | null;
  launchTime: number | null;
  startTime: number | null;
  endTime: number | null;
};

export type StepStats = {
  runId: string;
  stepKey: string;
  status: "SUCCESS" | "FAILURE" | "SKIPPED" | "IN_PROGRESS" | null;
  startTime: number | null;
  endTime: number | null;
  materializations: number;
  /** One entry per attempt (STEP_START / STEP_RESTARTED to its end), epoch seconds. */
  attempts: { startTime: number | null; endTime: number | null }[];
};

export interface EventLogStorage {
  /**
   * Appends events in order, in as few round trips as the backend allows (chunked under D1's
   * 100-bound-parameter limit). Run events update the run row in the same batch, except that a finished
   * run (SUCCESS, FAILURE, CANCELED) keeps its status: later run events are logged only. Events for an unknown
   * run are rejected with NOT_FOUND and nothing is written.
   */
  storeEvents(events: NewEvent[]): Promise<EventRecord[]>;
  /** Events of one run strictly after `afterCursor` (a storageId), oldest first, at most `limit`. */
  getLogsForRun(runId: string, options?: { afterCursor?: number | null; limit?: number | null; eventTypes?: DagsterEventType[] }): Promise<EventPage>;
  getStatsForRun(runId: string): Promise<RunStats>;
  getStepStatsForRun(runId: string, stepKeys?: string[]): Promise<StepStats[]>;
}
