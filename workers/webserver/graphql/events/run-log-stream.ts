/**
 * A run's event log as an async stream, as Dagster's `gen_events_for_run`: the stored history in chunks,
 * then new events as they are stored, ending once the run has finished and a read finds nothing more.
 * Storage is read only when the consumer pulls the next batch (never while one is being delivered), and
 * empty reads are spaced by a backoff so an idle watcher costs about one query a second.
 * @module
 */
import { canMoveTo, isFinished, statusForEvent, type RunStatus } from "../../../../shared/storage/run-status";
import type { EventPage, EventRecord } from "../../../../shared/storage/event-log-storage";
import type { RunRecord } from "../../../../shared/storage/run-storage";
import type { Storage } from "../../../../shared/storage/storage";
import { createBackoff, type BackoffOptions } from "../backoff";

export type RunLogBatch = {
  /** The run as of this batch (re-read when the batch moved its status). */
  run: RunRecord;
  events: EventRecord[];
  /** True while stored history remains to be sent; always false for live batches. */
  hasMorePastEvents: boolean;
  /** storageId after which the next batch starts. */
  cursor: number;
};

export type RunLogStart = {
  /** Stream events strictly after this storageId; null for the beginning of the log. */
  afterCursor: number | null;
  /** Dagster's cursor "HEAD": read through the history without sending it. */
  skipHistory: boolean;
};

export type RunLogStreamOptions = {
  /** Events per storage read and per history batch (Dagster's DAGSTER_UI_EVENT_LOAD_CHUNK_SIZE). */
  chunkSize: number;
  backoff: BackoffOptions;
};

export const DEFAULT_RUN_LOG_STREAM_OPTIONS: RunLogStreamOptions = {
  chunkSize: 1000,
  backoff: { initialMs: 100, maxMs: 1000 },
};

/**
 * Yields the log of `run` from `start`: one batch per history chunk (at least one, possibly empty, unless
 * the history is skipped), then one batch per read that found new events. Completes after the run has
 * finished and a read finds no further events; a consumer that stops early just calls `return()`.
 * Storage errors propagate to the consumer.
 */
export async function* streamRunLogs(
  storage: Pick<Storage, "runs" | "events">,
  run: RunRecord,
  start: RunLogStart,
  options: RunLogStreamOptions = DEFAULT_RUN_LOG_STREAM_OPTIONS,
): AsyncGenerator<RunLogBatch, void, undefined> {
  let cursor = start.afterCursor;
  let current = run;
  // Followed through every event read (sent or skipped), since run events are what move a run's status.
  let status: RunStatus = run.status;

  const read = async (): Promise<EventPage> => {
    const page = await storage.events.getLogsForRun(run.runId, {
      afterCursor: cursor,
      limit: options.chunkSize,
    });
    cursor = page.cursor;
    for (const event of page.events) {
      // As storage applies run events: a late RUN_START never moves a CANCELING or finished run back.
      const next = statusForEvent(event.eventType);
      if (next !== undefined && canMoveTo(status, next)) status = next;
    }
    return page;
  };
  const batch = async (page: EventPage, hasMorePastEvents: boolean): Promise<RunLogBatch> => {
    if (status !== current.status) current = (await storage.runs.getRun(run.runId)) ?? current;
    return { run: current, events: page.events, hasMorePastEvents, cursor: page.cursor };
  };

  for (let hasMore = true; hasMore; ) {
    const page = await read();
    hasMore = page.hasMore;
    if (!start.skipHistory) yield await batch(page, hasMore);
  }

  const backoff = createBackoff(options.backoff);
  for (;;) {
    const page = await read();
    if (page.events.length > 0) {
      yield await batch(page, false);
      backoff.reset();
      if (page.hasMore) continue;
    } else if (isFinished(status)) {
      return;
    }
    await backoff.wait();
  }
}
