/**
 * EventLogStorage: the ordered event log of every run, modelled on Dagster's EventLogStorage.
 * Storing a run event (RUN_ENQUEUED ... RUN_CANCELED) also moves the run's status and times in the same
 * batch, so the log and the run row agree (statusForEvent and canMoveTo in runs/run-status.ts).
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { SerializableError } from "../errors/serializable-error";
import type { DagsterEventType, LogLevel } from "../events/event-types";
import type { RunStatus } from "./run-status";

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
  /**
   * `<runId>:<anything>` (at most IDEMPOTENCY_KEY_MAX_LENGTH characters), chosen by the writer (the run
   * worker's EventWriter keys every event it sends). An event whose key is already stored is not stored
   * again, nor applied to its run again: a batch re-sent because the answer to a committed write was lost
   * leaves no duplicates. The run id prefix keeps one run's writer from matching another run's events.
   */
  idempotencyKey?: string;
};

export const IDEMPOTENCY_KEY_MAX_LENGTH = 256;

/**
 * @throws DagflareError BAD_REQUEST naming the first event whose idempotency key is not `<its runId>:...`
 * or is too long; storage implementations call it before writing anything.
 */
export function assertIdempotencyKeys(events: readonly NewEvent[]): void {
  events.forEach((event, index) => {
    const key = event.idempotencyKey;
    if (key === undefined) return;
    if (!key.startsWith(`${event.runId}:`) || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw new DagflareError(
        "BAD_REQUEST",
        `events[${index}].idempotencyKey must start with its run id and a colon ("${event.runId}:") and be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`,
      );
    }
  });
}

export type EventData = {
  error?: SerializableError;
  errorSource?: "FRAMEWORK_ERROR" | "USER_CODE_ERROR" | "UNEXPECTED_ERROR" | "INTERRUPT";
  [key: string]: unknown;
};

/** An event as stored; its idempotency key served its purpose at the write and is not read back. */
export type EventRecord = Omit<NewEvent, "idempotencyKey"> & {
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

/** Options of storeEvents. */
export type StoreEventsOptions = {
  /**
   * A compare-and-set on the run's status: the events (all of one run) are written, and their run events
   * applied, only if the run is in this status when the write commits; otherwise nothing is written and
   * storeEvents returns no records. Two writers that read the same status cannot both move the run on.
   */
  ifStatus?: RunStatus;
};

/** Which events a cross-run read returns (Dagster's EventRecordsFilter, as daemons read run ends). */
export type EventRecordsFilter = {
  /** At least one type. */
  eventTypes: DagsterEventType[];
  /** Only events stored after this storageId: the cursor a consumer keeps. */
  afterCursor?: number | null;
  /** Only events stamped after this time (epoch ms); for a consumer whose cursor predates storage ids. */
  afterTimestamp?: number | null;
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

/** What one retention pass over the event log purges (EventLogStorage.purgeLogEvents). */
export type LogEventPurge = {
  /** The pass scans events stored after this storage id (the cursor the last pass returned; 0 at first). */
  afterStorageId: number;
  /** At most this many events are scanned, so a pass stays short however large the log is. */
  scanLimit: number;
  /** Only events stamped before this time (epoch ms); the scan stops at the first newer one. */
  before: number;
  levels: LogLevel[];
  /** Besides plain log lines (no event type), only events of these types go. */
  eventTypes: DagsterEventType[];
};

export type LogEventPurgeResult = {
  deleted: number;
  /** Where the next pass starts. */
  cursor: number;
  /** True when the scan reached events newer than `before` or the end of the log: wait before the next pass. */
  caughtUp: boolean;
};

export interface EventLogStorage {
  /**
   * Appends events in order, in as few round trips as the backend allows (chunked under D1's
   * 100-bound-parameter limit). Run events update the run row in the same batch, except that a status
   * never moves backward (canMoveTo): a finished run keeps its status, a CANCELING run is not moved back by
   * a late RUN_START; such run events are logged only. Events for an unknown run are rejected with NOT_FOUND
   * and nothing is written. With `ifStatus`, see StoreEventsOptions (events of several runs are then
   * rejected with BAD_REQUEST).
   *
   * Returns one record per event, in order. An event whose `idempotencyKey` is already stored (or repeats
   * one earlier in the call) is skipped and answered with the stored record, so a repeated call returns
   * what the first one did; only the events stored now move their runs. With `ifStatus`, the guard applies
   * to the events stored now: when it fails, nothing is written and no records are returned, and a call
   * whose events are all stored already returns their records.
   */
  storeEvents(events: NewEvent[], options?: StoreEventsOptions): Promise<EventRecord[]>;
  /** Events of one run strictly after `afterCursor` (a storageId), oldest first, at most `limit`. */
  getLogsForRun(
    runId: string,
    options?: { afterCursor?: number | null; limit?: number | null; eventTypes?: DagsterEventType[] },
  ): Promise<EventPage>;
  /**
   * Events of every run matching `filter`, in storage order (oldest first), at most `limit`. Storage ids
   * grow in the order events are stored, so a consumer paging by `cursor` sees every event once, even one
   * stamped earlier than an event stored before it.
   * @throws DagflareError BAD_REQUEST for an empty `eventTypes` or a bad limit.
   */
  getEventRecords(filter: EventRecordsFilter, options?: { limit?: number | null }): Promise<EventPage>;
  getStatsForRun(runId: string): Promise<RunStats>;
  getStepStatsForRun(runId: string, stepKeys?: string[]): Promise<StepStats[]>;
  /**
   * Retention: deletes, among the events scanned in storage order after `afterStorageId`, the ones of
   * finished runs that `purge` selects. Storage ids grow with time (nearly: a worker's clock may lag), so
   * scanning in id order and stopping at the first event too new keeps every pass bounded and needs no
   * index on time.
   */
  purgeLogEvents(purge: LogEventPurge): Promise<LogEventPurgeResult>;
}
