/**
 * The parts of EventLogStorage.purgeLogEvents both SQL backends share: where a pass's scanned window ends,
 * and which events inside it go.
 * @module
 */
import { and, isNull, or, sql, type Column, type SQL } from "drizzle-orm";
import type { LogEventPurge } from "./event-log-storage";
import { FINISHED_STATUSES } from "./run-status";

/** What the scan of a pass found: how many events, the last id, and the first id of an event too new. */
export type ScannedWindow = { count: number; last: number | null; firstNew: number | null } | undefined;

/**
 * The last storage id the pass may delete up to, and whether the scan caught up: it met an event newer than
 * `before` (everything from there on is kept for now) or scanned fewer than it could (the end of the log).
 */
export function purgeWindow(purge: LogEventPurge, window: ScannedWindow): { end: number; caughtUp: boolean } {
  if (window === undefined || window.count === 0 || window.last === null)
    return { end: purge.afterStorageId, caughtUp: true };
  if (window.firstNew !== null) return { end: Number(window.firstNew) - 1, caughtUp: true };
  return { end: Number(window.last), caughtUp: Number(window.count) < purge.scanLimit };
}

type Columns = {
  eventLogs: { level: Column; eventType: Column; runId: Column; timestamp: Column };
  runs: { runId: Column; status: Column };
  inList: (column: Column, values: readonly string[]) => SQL;
};

/**
 * The condition on an event of the window: of a finished run (an unfinished one may still read its engine
 * events, as run monitoring counts resume attempts), one of the levels, a log line or one of the types,
 * and older than `before`.
 */
export function purgedEvents(purge: LogEventPurge, { eventLogs, runs, inList }: Columns): SQL | undefined {
  const ofFinishedRun = sql`exists (select 1 from ${runs} as finished where finished.run_id = ${eventLogs.runId} and finished.status in (${sql.join(
    [...FINISHED_STATUSES].map((status) => sql`${status}`),
    sql`, `,
  )}))`;
  return and(
    inList(eventLogs.level, purge.levels),
    purge.eventTypes.length > 0
      ? or(isNull(eventLogs.eventType), inList(eventLogs.eventType, purge.eventTypes))
      : isNull(eventLogs.eventType),
    sql`${eventLogs.timestamp} < ${purge.before}`,
    ofFinishedRun,
  );
}
