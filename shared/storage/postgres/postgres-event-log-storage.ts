/**
 * EventLogStorage on PostgreSQL. A call to storeEvents is one transaction that first takes one
 * instance-wide advisory lock, so event writes commit one after another, in the order of the storage ids
 * they take. Without it two transactions could commit out of id order, and a consumer paging by cursor
 * (getEventRecords) that read past the later id would never see the earlier one. Under the lock the
 * transaction reads the runs and the idempotency keys already stored, and writes only what is new, so no
 * write has to fail on a unique index and be retried as on D1. Every status change is a storeEvents call
 * (the event-sourced model), so the status read under the lock is the one the write commits against: an
 * `ifStatus` guard is a plain comparison, and the run update's forward-only condition (canMoveTo) still
 * guards the row itself.
 * @module
 */
import { and, asc, count, eq, gt, isNotNull, lte, max, sql, type SQL } from "drizzle-orm";
import { DagflareError } from "../../errors/dagflare-error";
import type { DagsterEventType } from "../../events/event-types";
import { runRowUpdates, type RunRowUpdate } from "../d1/run-event-updates";
import { RUN_STATS_EVENT_TYPES, runStatsFromAggregates } from "../d1/run-stats";
import { STEP_STATS_EVENT_TYPES, stepStatsFromEvents } from "../d1/step-stats";
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
import { statusesMovableTo, type RunStatus } from "../run-status";
import type { PgDb, PgSession } from "./postgres-connection";
import { chunks, inList, pgLimit } from "./pg-helpers";
import { eventLogs, runs } from "./schema";

/** The cursor of a page that starts before the first event (identities start at 1). */
const BEFORE_FIRST_EVENT = 0;

/** The advisory lock key every event write takes (any constant; "dagflare events" in ASCII, truncated). */
export const EVENT_WRITE_LOCK = 0x64616766;

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

type Tx = Parameters<Parameters<PgDb["transaction"]>[0]>[0];

/** Use through createPostgresStorage, which also maps driver errors to STORAGE_ERROR. */
export class PostgresEventLogStorage implements EventLogStorage {
  constructor(private readonly session: PgSession) {}

  /**
   * @throws DagflareError NOT_FOUND naming the unknown runs, before anything is written; BAD_REQUEST for
   * `ifStatus` with events of several runs, or an idempotency key not of its event's run.
   */
  async storeEvents(events: NewEvent[], options: StoreEventsOptions = {}): Promise<EventRecord[]> {
    if (events.length === 0) return [];
    const runIds = [...new Set(events.map((event) => event.runId))];
    const ifStatus = statusGuardOf(runIds, options.ifStatus);
    assertIdempotencyKeys(events);
    return this.session((db) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${EVENT_WRITE_LOCK})`);
        const statuses = await this.runStatuses(tx, runIds);
        const stored = await storedByKey(tx, events);
        const { fresh, answer } = splitStored(events, stored);
        if (fresh.length === 0) return answer([]);
        if (ifStatus !== undefined && statuses.get(runIds[0] ?? "") !== ifStatus) return [];
        const written = await insertEvents(tx, fresh);
        for (const update of runRowUpdates(fresh)) await runUpdate(tx, update);
        return answer(written);
      }),
    );
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
    return this.page(where, afterCursor, pgLimit(limit, "getLogsForRun options.limit"));
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
    return this.page(where, filter.afterCursor, pgLimit(options.limit, "getEventRecords options.limit"));
  }

  private async page(
    where: SQL | undefined,
    afterCursor: number | null | undefined,
    limit: number | undefined,
  ): Promise<EventPage> {
    const rows = await this.session((db) => {
      const query = db
        .select(eventRecordColumns)
        .from(eventLogs)
        .where(
          and(
            where,
            afterCursor === null || afterCursor === undefined ? undefined : gt(eventLogs.id, afterCursor),
          ),
        )
        .orderBy(asc(eventLogs.id));
      // One row past the page tells whether there is more without a count query.
      return limit === undefined ? query : query.limit(limit + 1);
    });
    const events = limit === undefined ? rows : rows.slice(0, limit);
    return {
      events,
      cursor: events.at(-1)?.storageId ?? afterCursor ?? BEFORE_FIRST_EVENT,
      hasMore: rows.length > events.length,
    };
  }

  async getStatsForRun(runId: string): Promise<RunStats> {
    const aggregates = await this.session((db) =>
      db
        .select({ eventType: eventLogs.eventType, count: count(), lastTimestamp: max(eventLogs.timestamp) })
        .from(eventLogs)
        .where(and(eq(eventLogs.runId, runId), inList(eventLogs.eventType, RUN_STATS_EVENT_TYPES)))
        .groupBy(eventLogs.eventType),
    );
    return runStatsFromAggregates(runId, aggregates);
  }

  async getStepStatsForRun(runId: string, stepKeys?: string[]): Promise<StepStats[]> {
    const rows = await this.session((db) =>
      db
        .select({
          stepKey: eventLogs.stepKey,
          eventType: eventLogs.eventType,
          timestamp: eventLogs.timestamp,
        })
        .from(eventLogs)
        .where(
          and(
            eq(eventLogs.runId, runId),
            isNotNull(eventLogs.stepKey),
            inList(eventLogs.eventType, STEP_STATS_EVENT_TYPES),
            stepKeys?.length ? inList(eventLogs.stepKey, stepKeys) : undefined,
          ),
        )
        .orderBy(asc(eventLogs.id)),
    );
    return stepStatsFromEvents(
      runId,
      rows.flatMap(({ stepKey, eventType, timestamp }) =>
        stepKey === null || eventType === null ? [] : [{ stepKey, eventType, timestamp }],
      ),
    );
  }

  /** Two statements: the scanned window's bounds, then one DELETE inside them. */
  async purgeLogEvents(purge: LogEventPurge): Promise<LogEventPurgeResult> {
    return this.session(async (db) => {
      const scanned = db
        .select({ id: eventLogs.id, timestamp: eventLogs.timestamp })
        .from(eventLogs)
        .where(gt(eventLogs.id, purge.afterStorageId))
        .orderBy(asc(eventLogs.id))
        .limit(pgLimit(purge.scanLimit, "purgeLogEvents scanLimit") ?? 0)
        .as("scanned");
      const [window] = await db
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
      const deleted = await db
        .delete(eventLogs)
        .where(
          and(
            gt(eventLogs.id, purge.afterStorageId),
            lte(eventLogs.id, bounds.end),
            purgedEvents(purge, { eventLogs, runs, inList }),
          ),
        );
      return { deleted: deleted.count, cursor: bounds.end, caughtUp: bounds.caughtUp };
    });
  }

  /** The status of each run. @throws DagflareError NOT_FOUND naming the unknown ones. */
  private async runStatuses(tx: Tx, runIds: string[]): Promise<Map<string, RunStatus>> {
    const found = await tx
      .select({ runId: runs.runId, status: runs.status })
      .from(runs)
      .where(inList(runs.runId, runIds));
    const statuses = new Map(found.map((row) => [row.runId, row.status]));
    const missing = runIds.filter((runId) => !statuses.has(runId));
    if (missing.length > 0)
      throw new DagflareError(
        "NOT_FOUND",
        `Cannot store events for unknown run(s): ${missing.join(", ")}; nothing was written`,
      );
    return statuses;
  }
}

/** The records already stored under the idempotency keys of `events`, by key. */
async function storedByKey(tx: Tx, events: readonly NewEvent[]): Promise<Map<string, EventRecord>> {
  const keys = [
    ...new Set(events.flatMap((event) => (event.idempotencyKey === undefined ? [] : [event.idempotencyKey]))),
  ];
  if (keys.length === 0) return new Map();
  const rows = await tx
    .select({ ...eventRecordColumns, idempotencyKey: eventLogs.idempotencyKey })
    .from(eventLogs)
    .where(inList(eventLogs.idempotencyKey, keys));
  return new Map(
    rows.flatMap(({ idempotencyKey, ...record }) =>
      idempotencyKey === null ? [] : [[idempotencyKey, record]],
    ),
  );
}

/**
 * The events to write now (key neither stored nor earlier in `events`) and how to answer every event once
 * they are written: its new record, or the one stored (or written now) under its key.
 */
function splitStored(events: readonly NewEvent[], stored: ReadonlyMap<string, EventRecord>) {
  const fresh: NewEvent[] = [];
  const freshKeys = new Set<string>();
  const isFresh = events.map((event) => {
    const key = event.idempotencyKey;
    if (key !== undefined && (stored.has(key) || freshKeys.has(key))) return false;
    if (key !== undefined) freshKeys.add(key);
    fresh.push(event);
    return true;
  });
  const answer = (written: readonly EventRecord[]): EventRecord[] => {
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
  };
  return { fresh, answer };
}

/**
 * Inserts `events` in order, in multi-row statements; ids grow in insertion order under the write lock.
 * Timestamps are stored (and answered) as whole milliseconds, the bigint column's unit; D1's integer
 * column would keep a fraction a caller passed.
 */
async function insertEvents(tx: Tx, events: readonly NewEvent[]): Promise<EventRecord[]> {
  const rows = events.map((event) => ({
    ...event,
    timestamp: Math.round(event.timestamp),
    stepKey: event.stepKey ?? null,
    data: event.data ?? null,
    idempotencyKey: event.idempotencyKey ?? null,
  }));
  const storageIds: number[] = [];
  for (const chunk of chunks(rows)) {
    const inserted = await tx.insert(eventLogs).values(chunk).returning({ storageId: eventLogs.id });
    storageIds.push(...inserted.map((row) => row.storageId).sort((a, b) => a - b));
  }
  return rows.map(({ idempotencyKey: _key, ...record }, index) => {
    const storageId = storageIds[index];
    if (storageId === undefined)
      throw new DagflareError(
        "STORAGE_ERROR",
        `PostgreSQL returned ${storageIds.length} ids for ${rows.length} stored events`,
      );
    return { ...record, storageId };
  });
}

/**
 * The UPDATE applying `update` only where the run's status may move there (canMoveTo); the start time only
 * where it may move to STARTED, as its RUN_START alone would (see d1-event-log-storage.ts).
 */
function runUpdate(tx: Tx, { runId, status, startTime, ...times }: RunRowUpdate) {
  const startable = inList(runs.status, statusesMovableTo("STARTED"));
  return tx
    .update(runs)
    .set({
      ...times,
      status,
      ...(startTime === undefined
        ? {}
        : {
            startTime: sql`case when ${startable} then ${startTime}::double precision else ${runs.startTime} end`,
          }),
    })
    .where(and(eq(runs.runId, runId), inList(runs.status, statusesMovableTo(status))));
}

/** @throws DagflareError BAD_REQUEST when `ifStatus` is given for the events of several runs. */
function statusGuardOf(runIds: readonly string[], ifStatus: RunStatus | undefined): RunStatus | undefined {
  if (ifStatus !== undefined && runIds.length > 1) {
    throw new DagflareError(
      "BAD_REQUEST",
      `storeEvents options.ifStatus needs the events of one run, got events of ${runIds.length} runs`,
    );
  }
  return ifStatus;
}
