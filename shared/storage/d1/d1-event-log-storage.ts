/**
 * EventLogStorage on D1. A call to storeEvents is one batch: the events, chunked under the parameter
 * limit, plus the run row updates their run events imply, so the log and the runs never disagree. A
 * conditional call (`ifStatus`) guards every statement of that batch with the run's status, which no
 * statement before the run updates changes, so the batch writes all or nothing. Events with an
 * idempotency key already stored make the whole batch fail on the key's unique index, which rolls it back;
 * the call then reads which keys are stored and writes the other events alone, with the run updates of
 * those only. A re-sent batch is rare, so the common write costs no extra read.
 * @module
 */
import {
  and,
  asc,
  count,
  eq,
  getTableColumns,
  getTableName,
  gt,
  isNotNull,
  lte,
  max,
  sql,
  type SQL,
} from "drizzle-orm";
import { DagflareError } from "../../errors/dagflare-error";
import { statusesMovableTo, type RunStatus } from "../run-status";
import type { DagsterEventType } from "../../events/event-types";
import { purgedEvents, purgeWindow } from "../log-event-purge";
import {
  assertIdempotencyKeys,
  type LogEventPurge,
  type LogEventPurgeResult,
  type EventLogStorage,
  type EventPage,
  type EventRecord,
  type EventRecordsFilter,
  type NewEvent,
  type RunStats,
  type StepStats,
  type StoreEventsOptions,
} from "../event-log-storage";
import { chunkRowsForInsert, runBatch, type D1Db } from "./d1-batch";
import { runRowUpdates, type RunRowUpdate } from "./run-event-updates";
import { RUN_STATS_EVENT_TYPES, runStatsFromAggregates } from "./run-stats";
import { eventLogs, runs } from "./schema";
import { inList, sqlLimit } from "./sql-helpers";
import { STEP_STATS_EVENT_TYPES, stepStatsFromEvents } from "./step-stats";
import { isUniqueViolation } from "./storage-errors";

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
   * Appends `events` in order with one existence check and one batch (see the module comment for events
   * whose idempotency keys are stored already).
   * @throws DagflareError NOT_FOUND naming the unknown runs, before anything is written; BAD_REQUEST for
   * `ifStatus` with events of several runs, or an idempotency key not of its event's run.
   */
  async storeEvents(events: NewEvent[], options: StoreEventsOptions = {}): Promise<EventRecord[]> {
    if (events.length === 0) return [];
    const runIds = [...new Set(events.map((event) => event.runId))];
    const guard = statusGuardOf(runIds, options.ifStatus);
    assertIdempotencyKeys(events);
    await this.assertRunsExist(runIds);
    const keyed = events.some((event) => event.idempotencyKey !== undefined);
    // Optimistic: no key is assumed stored until a write says otherwise. Each retry after the first follows
    // a write that failed because a key was stored meanwhile (by a concurrent send of the same events),
    // which the next read sees, so the retries end.
    for (let stored: Map<string, EventRecord> | null = null; ; stored = await this.storedByKey(events)) {
      try {
        const records = await this.storeUnstored(events, stored ?? new Map(), guard);
        // No records: the guard failed, which it also does for a conditional write repeated after it
        // committed (the run has moved on); whether that is the case takes a read of the keys.
        if (records.length > 0 || stored !== null || !keyed) return records;
      } catch (error) {
        if (!isUniqueViolation(error, getTableName(eventLogs), eventLogs.idempotencyKey.name)) throw error;
      }
    }
  }

  /**
   * Writes the events whose key is neither in `stored` nor earlier in `events`, and answers the others
   * with the record stored (or written now) under their key.
   */
  private async storeUnstored(
    events: readonly NewEvent[],
    stored: ReadonlyMap<string, EventRecord>,
    guard: StatusGuard | null,
  ): Promise<EventRecord[]> {
    const fresh: NewEvent[] = [];
    const freshKeys = new Set<string>();
    const isFresh = events.map((event) => {
      const key = event.idempotencyKey;
      if (key !== undefined && (stored.has(key) || freshKeys.has(key))) return false;
      if (key !== undefined) freshKeys.add(key);
      fresh.push(event);
      return true;
    });
    const written = await this.write(fresh, guard);
    // Only a failed guard writes fewer: then nothing was written.
    if (written.length < fresh.length) return [];
    const byKey = new Map(stored);
    let next = 0;
    return events.map((event, index) => {
      const key = event.idempotencyKey;
      const record =
        isFresh[index] === true ? written[next++] : key === undefined ? undefined : byKey.get(key);
      if (record === undefined)
        throw new DagflareError(
          "INTERNAL",
          `storeEvents lost the record of event ${index} of run ${event.runId}`,
        );
      if (key !== undefined) byKey.set(key, record);
      return record;
    });
  }

  /** Writes `events` in one batch with their run updates; no records when the guard failed. */
  private async write(events: readonly NewEvent[], guard: StatusGuard | null): Promise<EventRecord[]> {
    if (events.length === 0) return [];
    const rows = events.map((event) => ({
      ...event,
      stepKey: event.stepKey ?? null,
      data: event.data ?? null,
      idempotencyKey: event.idempotencyKey ?? null,
    }));
    const inserts = chunkRowsForInsert(eventLogs, rows).map((chunk) =>
      guard === null
        ? this.db.insert(eventLogs).values(chunk).returning({ storageId: eventLogs.id })
        : this.insertIfStatus(chunk, guard),
    );
    const updates = runRowUpdates(events).map((update) => this.runUpdate(update, guard));
    const inserted = await runBatch(this.db, inserts, updates);
    // RETURNING order is unspecified, but ids grow in insertion order inside the batch's transaction.
    const storageIds = inserted
      .flat()
      .map((row) => row.storageId)
      .sort((a, b) => a - b);
    // The guard is the same for every statement of the batch: it held for all of them or for none.
    if (guard !== null && storageIds.length === 0) return [];
    return rows.map(({ idempotencyKey: _key, ...record }, index) => {
      const storageId = storageIds[index];
      if (storageId === undefined)
        throw new DagflareError(
          "STORAGE_ERROR",
          `D1 returned ${storageIds.length} ids for ${rows.length} stored events`,
        );
      return { ...record, storageId };
    });
  }

  /**
   * The UPDATE applying `update` to its run only where its status may move there (canMoveTo): a finished
   * run stays finished and a late event (a worker's RUN_START after a cancel stored CANCELING, a cancel
   * racing the run's end) is logged without moving the status back. The start time is set only where the
   * stored status may move to STARTED, as its RUN_START alone would.
   */
  private runUpdate({ runId, status, startTime, ...times }: RunRowUpdate, guard: StatusGuard | null) {
    const startable = inList(runs.status, statusesMovableTo("STARTED"));
    return this.db
      .update(runs)
      .set({
        ...times,
        status,
        ...(startTime === undefined
          ? {}
          : { startTime: sql`case when ${startable} then ${startTime} else ${runs.startTime} end` }),
      })
      .where(
        and(
          eq(runs.runId, runId),
          inList(runs.status, statusesMovableTo(status)),
          guard === null ? undefined : eq(runs.status, guard.status),
        ),
      );
  }

  /**
   * `INSERT ... SELECT` of `chunk` (in order) that inserts nothing unless the guard holds. Binds one value
   * per column but `id` plus two for the guard, within the per-row bound chunkRowsForInsert counts.
   */
  private insertIfStatus(chunk: readonly Record<string, unknown>[], guard: StatusGuard) {
    const tuples = chunk.map(
      (row) =>
        sql`(${sql.join(
          insertedColumns.map(([key, column]) => sql.param(row[key], column)),
          sql`, `,
        )})`,
    );
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
    const where = and(
      eq(eventLogs.runId, runId),
      eventTypes?.length ? inList(eventLogs.eventType, eventTypes) : undefined,
    );
    return this.page(where, afterCursor, sqlLimit(limit, "getLogsForRun options.limit"));
  }

  /** Served from the (event_type, id) index. @throws DagflareError BAD_REQUEST for no event types or a bad limit. */
  async getEventRecords(
    filter: EventRecordsFilter,
    options: { limit?: number | null } = {},
  ): Promise<EventPage> {
    if (filter.eventTypes.length === 0)
      throw new DagflareError(
        "BAD_REQUEST",
        "getEventRecords filter.eventTypes must name at least one event type",
      );
    const { afterTimestamp } = filter;
    const where = and(
      inList(eventLogs.eventType, filter.eventTypes),
      afterTimestamp === null || afterTimestamp === undefined
        ? undefined
        : gt(eventLogs.timestamp, afterTimestamp),
    );
    return this.page(where, filter.afterCursor, sqlLimit(options.limit, "getEventRecords options.limit"));
  }

  /** Events matching `where` after `afterCursor`, oldest first, at most `sqlPageLimit` (-1: all). */
  private async page(
    where: SQL | undefined,
    afterCursor: number | null | undefined,
    sqlPageLimit: number,
  ): Promise<EventPage> {
    const rows = await this.db
      .select(eventRecordColumns)
      .from(eventLogs)
      .where(
        and(
          where,
          afterCursor === null || afterCursor === undefined ? undefined : gt(eventLogs.id, afterCursor),
        ),
      )
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
      rows.flatMap(({ stepKey, eventType, timestamp }) =>
        stepKey === null || eventType === null ? [] : [{ stepKey, eventType, timestamp }],
      ),
    );
  }

  /** Two statements: the scanned window's bounds, then one DELETE inside them. */
  async purgeLogEvents(purge: LogEventPurge): Promise<LogEventPurgeResult> {
    const scanned = this.db
      .select({ id: eventLogs.id, timestamp: eventLogs.timestamp })
      .from(eventLogs)
      .where(gt(eventLogs.id, purge.afterStorageId))
      .orderBy(asc(eventLogs.id))
      .limit(sqlLimit(purge.scanLimit, "purgeLogEvents scanLimit"))
      .as("scanned");
    const [window] = await this.db
      .select({
        count: count(),
        last: max(scanned.id),
        firstNew: sql<
          number | null
        >`min(case when ${scanned.timestamp} >= ${purge.before} then ${scanned.id} end)`,
      })
      .from(scanned);
    const bounds = purgeWindow(purge, window);
    if (bounds.end <= purge.afterStorageId)
      return { deleted: 0, cursor: purge.afterStorageId, caughtUp: bounds.caughtUp };
    const deleted = await this.db
      .delete(eventLogs)
      .where(
        and(
          gt(eventLogs.id, purge.afterStorageId),
          lte(eventLogs.id, bounds.end),
          purgedEvents(purge, { eventLogs, runs, inList }),
        ),
      )
      .run();
    return { deleted: deleted.meta.changes, cursor: bounds.end, caughtUp: bounds.caughtUp };
  }

  /** The records stored under the idempotency keys of `events`, by key: one read through the key's unique index. */
  private async storedByKey(events: readonly NewEvent[]): Promise<Map<string, EventRecord>> {
    const keys = [
      ...new Set(
        events.flatMap((event) => (event.idempotencyKey === undefined ? [] : [event.idempotencyKey])),
      ),
    ];
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .select({ ...eventRecordColumns, idempotencyKey: eventLogs.idempotencyKey })
      .from(eventLogs)
      .where(inList(eventLogs.idempotencyKey, keys));
    return new Map(
      rows.flatMap(({ idempotencyKey, ...record }) =>
        idempotencyKey === null ? [] : [[idempotencyKey, record]],
      ),
    );
  }

  // A read before the batch: D1 cannot abort a batch on a condition, and a foreign key is ruled out (see
  // schema.ts). A run deleted between the two leaves orphan events, which deleting a run again removes.
  private async assertRunsExist(runIds: string[]): Promise<void> {
    const found = await this.db.select({ runId: runs.runId }).from(runs).where(inList(runs.runId, runIds));
    const known = new Set(found.map((row) => row.runId));
    const missing = runIds.filter((runId) => !known.has(runId));
    if (missing.length > 0)
      throw new DagflareError(
        "NOT_FOUND",
        `Cannot store events for unknown run(s): ${missing.join(", ")}; nothing was written`,
      );
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
    throw new DagflareError(
      "BAD_REQUEST",
      `storeEvents options.ifStatus needs the events of one run, got events of ${runIds.length} runs`,
    );
  }
  return { runId, status: ifStatus };
}
