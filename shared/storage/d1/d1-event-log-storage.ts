/**
 * EventLogStorage on D1. A call to storeEvents is one batch: the events, chunked under the parameter
 * limit, plus the run row updates their run events imply, so the log and the runs never disagree. A
 * conditional call (`ifStatus`) guards every statement of that batch with the run's status, which no
 * statement before the run updates changes, so the batch writes all or nothing.
 * @module
 */
import { and, asc, count, eq, getTableColumns, gt, isNotNull, max, notInArray, sql, type SQL } from "drizzle-orm";
import { DagflareError } from "../../errors/dagflare-error";
import { FINISHED_STATUSES, type RunStatus } from "../../runs/run-status";
import type { DagsterEventType } from "../../events/event-types";
import type { EventLogStorage, EventPage, EventRecord, EventRecordsFilter, NewEvent, RunStats, StepStats, StoreEventsOptions } from "../event-log-storage";
import { chunkRowsForInsert, runBatch, type D1Db } from "./d1-batch";
import { runRowUpdates } from "./run-event-updates";
import { RUN_STATS_EVENT_TYPES, runStatsFromAggregates } from "./run-stats";
import { eventLogs, runs } from "./schema";
import { inList, sqlLimit } from "./sql-helpers";
import { STEP_STATS_EVENT_TYPES, stepStatsFromEvents } from "./step-stats";

/** The cursor of a page that starts before the first event (AUTOINCREMENT ids start at 1). */
const BEFORE_FIRST_EVENT = 0;

const eventRecordColumns = {
  storageId: eventLogs.id,
  runId: eventLogs.runId,
  timestamp: eventLogs.timestamp,
  level: eventLogs.level,
  message: eventLogs.message,
  eventType: eventLogs.eventType,
  stepKey: eventLogs.stepKey,
  data: eventLogs.data,
};

/** The columns an insert writes, in table order: every one but the AUTOINCREMENT id. */
const insertedColumns = Object.entries(getTableColumns(eventLogs)).filter(([key]) => key !== "id");

/** What a conditional write is guarded by: the run's status when the batch commits. */
type StatusGuard = { runId: string; status: RunStatus };

/** Use through createD1Storage, which also maps driver errors to STORAGE_ERROR. */
export class D1EventLogStorage implements EventLogStorage {
  constructor(private readonly db: D1Db) {}

  /**
   * Appends `events` in order with one existence check and one batch.
   * @throws DagflareError NOT_FOUND naming the unknown runs, before anything is written; BAD_REQUEST for
   * `ifStatus` with events of several runs.
   */
  async storeEvents(events: NewEvent[], options: StoreEventsOptions = {}): Promise<EventRecord[]> {
    if (events.length === 0) return [];
    const runIds = [...new Set(events.map((event) => event.runId))];
    const guard = statusGuardOf(runIds, options.ifStatus);
    await this.assertRunsExist(runIds);
    const rows = events.map((event) => ({ ...event, stepKey: event.stepKey ?? null, data: event.data ?? null }));
    const inserts = chunkRowsForInsert(eventLogs, rows).map((chunk) =>
      guard === null ? this.db.insert(eventLogs).values(chunk).returning({ storageId: eventLogs.id }) : this.insertIfStatus(chunk, guard),
    );
    // A finished run stays finished: a late event (a worker's RUN_START after a forced cancel, a cancel
    // racing the run's end) is logged but never moves the status back.
    const updates = runRowUpdates(events).map(({ runId, ...set }) =>
      this.db
        .update(runs)
        .set(set)
        .where(and(eq(runs.runId, runId), notInArray(runs.status, [...FINISHED_STATUSES]), guard === null ? undefined : eq(runs.status, guard.status))),
    );
    const inserted = await runBatch(this.db, inserts, updates);
    // RETURNING order is unspecified, but ids grow in insertion order inside the batch's transaction.
    const storageIds = inserted.flat().map((row) => row.storageId).sort((a, b) => a - b);
    // The guard is the same for every statement of the batch: it held for all of them or for none.
    if (guard !== null && storageIds.length === 0) return [];
    return rows.map((row, index) => {
      const storageId = storageIds[index];
      if (storageId === undefined) throw new DagflareError("STORAGE_ERROR", `D1 returned ${storageIds.length} ids for ${rows.length} stored events`);
      return { ...row, storageId };
    });
  }

  /**
   * `INSERT ... SELECT` of `chunk` (in order) that inserts nothing unless the guard holds. Binds one value
   * per column but `id` plus two for the guard, within the per-row bound chunkRowsForInsert counts.
   */
  private insertIfStatus(chunk: readonly Record<string, unknown>[], guard: StatusGuard) {
    const tuples = chunk.map((row) => sql`(${sql.join(insertedColumns.map(([key, column]) => sql.param(row[key], column)), sql`, `)})`);
    const holds: SQL = sql`(select ${runs.status} from ${runs} where ${runs.runId} = ${guard.runId}) = ${guard.status}`;
    // Column order is the table's, id first (null: AUTOINCREMENT assigns it), as drizzle lists them.
    return this.db
      .insert(eventLogs)
      .select(sql`select null, * from (values ${sql.join(tuples, sql`, `)}) where ${holds}`)
      .returning({ storageId: eventLogs.id });
  }

  /** @throws DagflareError BAD_REQUEST on a negative or fractional limit. */
  async getLogsForRun(
    runId: string,
    options: { afterCursor?: number | null; limit?: number | null; eventTypes?: DagsterEventType[] } = {},
  ): Promise<EventPage> {
    const { afterCursor, limit, eventTypes } = options;
    const where = and(eq(eventLogs.runId, runId), eventTypes?.length ? inList(eventLogs.eventType, eventTypes) : undefined);
    return this.page(where, afterCursor, sqlLimit(limit, "getLogsForRun options.limit"));
  }

  /** Served from the (event_type, id) index. @throws DagflareError BAD_REQUEST for no event types or a bad limit. */
  async getEventRecords(filter: EventRecordsFilter, options: { limit?: number | null } = {}): Promise<EventPage> {
    if (filter.eventTypes.length === 0) throw new DagflareError("BAD_REQUEST", "getEventRecords filter.eventTypes must name at least one event type");
    const { afterTimestamp } = filter;
    const where = and(inList(eventLogs.eventType, filter.eventTypes), afterTimestamp === null || afterTimestamp === undefined ? undefined : gt(eventLogs.timestamp, afterTimestamp));
    return this.page(where, filter.afterCursor, sqlLimit(options.limit, "getEventRecords options.limit"));
  }

  /** Events matching `where` after `afterCursor`, oldest first, at most `sqlPageLimit` (-1: all). */
  private async page(where: SQL | undefined, afterCursor: number | null | undefined, sqlPageLimit: number): Promise<EventPage> {
    const rows = await this.db
      .select(eventRecordColumns)
      .from(eventLogs)
      .where(and(where, afterCursor === null || afterCursor === undefined ? undefined : gt(eventLogs.id, afterCursor)))
      .orderBy(asc(eventLogs.id))
      // One row past the page tells whether there is more without a count query.
      .limit(sqlPageLimit < 0 ? sqlPageLimit : sqlPageLimit + 1);
    const events = sqlPageLimit < 0 ? rows : rows.slice(0, sqlPageLimit);
    return {
      events,
      cursor: events.at(-1)?.storageId ?? afterCursor ?? BEFORE_FIRST_EVENT,
      hasMore: rows.length > events.length,
    };
  }

  /** Zero counts and null times for a run without events (or an unknown run), as in Dagster. */
  async getStatsForRun(runId: string): Promise<RunStats> {
    const aggregates = await this.db
      .select({ eventType: eventLogs.eventType, count: count(), lastTimestamp: max(eventLogs.timestamp) })
      .from(eventLogs)
      .where(and(eq(eventLogs.runId, runId), inList(eventLogs.eventType, RUN_STATS_EVENT_TYPES)))
      .groupBy(eventLogs.eventType);
    return runStatsFromAggregates(runId, aggregates);
  }

  /** Stats of every step with events, or only of `stepKeys` when given (non-empty). */
  async getStepStatsForRun(runId: string, stepKeys?: string[]): Promise<StepStats[]> {
    const rows = await this.db
      .select({ stepKey: eventLogs.stepKey, eventType: eventLogs.eventType, timestamp: eventLogs.timestamp })
      .from(eventLogs)
      .where(
        and(
          eq(eventLogs.runId, runId),
          isNotNull(eventLogs.stepKey),
          inList(eventLogs.eventType, STEP_STATS_EVENT_TYPES),
          stepKeys?.length ? inList(eventLogs.stepKey, stepKeys) : undefined,
        ),
      )
      .orderBy(asc(eventLogs.id));
    return stepStatsFromEvents(
      runId,
      rows.flatMap(({ stepKey, eventType, timestamp }) => (stepKey === null || eventType === null ? [] : [{ stepKey, eventType, timestamp }])),
    );
  }

  // A read before the batch: D1 cannot abort a batch on a condition, and a foreign key is ruled out (see
  // schema.ts). A run deleted between the two leaves orphan events, which deleting a run again removes.
  private async assertRunsExist(runIds: string[]): Promise<void> {
    const found = await this.db.select({ runId: runs.runId }).from(runs).where(inList(runs.runId, runIds));
    const known = new Set(found.map((row) => row.runId));
    const missing = runIds.filter((runId) => !known.has(runId));
    if (missing.length > 0) throw new DagflareError("NOT_FOUND", `Cannot store events for unknown run(s): ${missing.join(", ")}; nothing was written`);
  }
}

/**
 * The guard of a write with `ifStatus`, or null for an unconditional one.
 * @throws DagflareError BAD_REQUEST when the events are of several runs.
 */
function statusGuardOf(runIds: readonly string[], ifStatus: RunStatus | undefined): StatusGuard | null {
  if (ifStatus === undefined) return null;
  const [runId, ...others] = runIds;
  if (runId === undefined || others.length > 0) {
    throw new DagflareError("BAD_REQUEST", `storeEvents options.ifStatus needs the events of one run, got events of ${runIds.length} runs`);
  }
  return { runId, status: ifStatus };
}
