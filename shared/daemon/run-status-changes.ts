/**
 * Reading the runs that reached a status, as Dagster's run status sensors and auto run re-execution do
 * (fetch_run_status_changes): their run-end events (RUN_SUCCESS, RUN_FAILURE, RUN_CANCELED) in storage
 * order after a storage-id cursor. Storage ids grow in the order events are stored, so a failure that
 * reaches storage after a newer one is still read, which a cursor on run update times misses.
 *
 * A cursor stored before storage ids were used (an update time) is read once by event time and then
 * becomes a storage id; a consumer with no cursor yet starts from "now" the same way.
 * @module
 */
import { z } from "zod";
import type { DagsterEventType } from "../events/event-types";
import type { EventLogStorage, EventRecord } from "../storage/event-log-storage";
import type { RunRecord, RunStorage } from "../storage/run-storage";
import type { RunStatus } from "../storage/run-status";

export const RunStatusChangeCursorSchema = z.union([
  /** Events stored after this storage id. */
  z.strictObject({ storageId: z.number().int().nonnegative() }),
  /** Events stamped after this time (epoch seconds): a fresh consumer's "now", or a cursor from before storage ids. */
  z.strictObject({ afterTimestamp: z.number() }),
]);
export type RunStatusChangeCursor = z.infer<typeof RunStatusChangeCursorSchema>;

/** The run-end event of each status a run status consumer can watch. */
export const RUN_END_EVENT_TYPES = {
  SUCCESS: "RUN_SUCCESS",
  FAILURE: "RUN_FAILURE",
  CANCELED: "RUN_CANCELED",
} as const satisfies Record<string, DagsterEventType>;

export type RunStatusChanges = {
  /** Oldest first; a run may appear more than once (a late duplicate of its end event). */
  events: EventRecord[];
  /** Where the next read starts: the last event's storage id, or the cursor given when there was none. */
  cursor: RunStatusChangeCursor;
};

/** At most `limit` events of `eventTypes` after `cursor`. @throws what storage throws. */
export async function readRunStatusChanges(
  events: EventLogStorage,
  eventTypes: DagsterEventType[],
  cursor: RunStatusChangeCursor,
  limit: number,
): Promise<RunStatusChanges> {
  const filter =
    "storageId" in cursor
      ? { eventTypes, afterCursor: cursor.storageId }
      : { eventTypes, afterTimestamp: cursor.afterTimestamp * 1000 };
  const page = await events.getEventRecords(filter, { limit });
  const last = page.events.at(-1);
  // A backlog longer than `limit` drains one page per consumer pass: each pass stays bounded.
  return { events: page.events, cursor: last ? { storageId: last.storageId } : cursor };
}

/**
 * A stored cursor: the current shape, or an update time in epoch seconds (the shape before storage ids).
 * @throws Error naming `where` for anything else.
 */
export function parseRunStatusChangeCursor(value: unknown, where: string): RunStatusChangeCursor {
  if (typeof value === "number") return { afterTimestamp: value };
  const parsed = RunStatusChangeCursorSchema.safeParse(value);
  if (!parsed.success)
    throw new Error(
      `${where} is not a run status cursor ({ storageId } or { afterTimestamp }), got ${JSON.stringify(value)}`,
    );
  return parsed.data;
}

/**
 * The runs of `events` (each once, in the order of their first event), read in one query; `statuses`
 * keeps only runs now in one of them. A run deleted since is absent.
 */
export async function runsOfChanges(
  runs: RunStorage,
  events: readonly EventRecord[],
  statuses?: RunStatus[],
): Promise<Map<string, RunRecord>> {
  const runIds = [...new Set(events.map((event) => event.runId))];
  const found =
    runIds.length === 0
      ? []
      : await runs.getRuns({ runIds, ...(statuses === undefined ? {} : { statuses }) });
  const byId = new Map(found.map((run) => [run.runId, run]));
  return new Map(
    runIds.flatMap((runId) => (byId.has(runId) ? [[runId, byId.get(runId) as RunRecord] as const] : [])),
  );
}
