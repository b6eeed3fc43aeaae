/**
 * ScheduleStorage on PostgreSQL: instigator state keyed by selector id, and ticks listed newest first by
 * (timestamp, id) from the (selector_id, timestamp, id) index.
 * @module
 */
import { and, asc, desc, eq, getTableColumns, gt, lt, sql } from "drizzle-orm";
import { DagflareError } from "../../errors/dagflare-error";
import { epochSeconds } from "../d1/sql-helpers";
import type {
  InstigatorState,
  InstigatorType,
  NewTick,
  ScheduleStorage,
  TickRecord,
  TickStatus,
  TickUpdate,
} from "../schedule-storage";
import type { PgSession } from "./postgres-connection";
import { inList, pgLimit } from "./pg-helpers";
import { instigators, ticks } from "./schema";

const { id: tickRowId, ...tickFields } = getTableColumns(ticks);
const tickColumns = { tickId: tickRowId, ...tickFields };

/** Use through createPostgresStorage, which also maps driver errors to STORAGE_ERROR. */
export class PostgresScheduleStorage implements ScheduleStorage {
  constructor(private readonly session: PgSession) {}

  async getInstigatorState(selectorId: string): Promise<InstigatorState | null> {
    const [row] = await this.session((db) =>
      db.select().from(instigators).where(eq(instigators.selectorId, selectorId)),
    );
    return row ?? null;
  }

  async getInstigatorStates(
    filter: { locationName?: string; repositoryName?: string; type?: InstigatorType } = {},
  ): Promise<InstigatorState[]> {
    return this.session((db) =>
      db
        .select()
        .from(instigators)
        .where(
          and(
            filter.locationName === undefined ? undefined : eq(instigators.locationName, filter.locationName),
            filter.repositoryName === undefined
              ? undefined
              : eq(instigators.repositoryName, filter.repositoryName),
            filter.type === undefined ? undefined : eq(instigators.type, filter.type),
          ),
        )
        .orderBy(asc(instigators.name), asc(instigators.selectorId)),
    );
  }

  async putInstigatorState(
    state: Omit<InstigatorState, "updateTime"> & { updateTime?: number },
  ): Promise<InstigatorState> {
    const stored: InstigatorState = { ...state, updateTime: state.updateTime ?? epochSeconds() };
    await this.session((db) =>
      db
        .insert(instigators)
        .values(stored)
        .onConflictDoUpdate({ target: instigators.selectorId, set: stored }),
    );
    return stored;
  }

  async deleteInstigatorState(selectorId: string): Promise<void> {
    await this.session((db) => db.delete(instigators).where(eq(instigators.selectorId, selectorId)));
  }

  async createTick(tick: NewTick): Promise<TickRecord> {
    const [created] = await this.session((db) =>
      db
        .insert(ticks)
        .values({ ...tick, runIds: [], runKeys: [], failureCount: 0 })
        .returning(tickColumns),
    );
    if (created === undefined)
      throw new DagflareError(
        "STORAGE_ERROR",
        `PostgreSQL returned no row for the new tick of ${tick.selectorId}`,
      );
    return created;
  }

  /** @throws DagflareError NOT_FOUND for an unknown tick id. An empty update just reads the tick. */
  async updateTick(tickId: number, update: TickUpdate): Promise<TickRecord> {
    const changes = Object.values(update).some((value) => value !== undefined);
    const [row] = await this.session((db) =>
      changes
        ? db.update(ticks).set(update).where(eq(tickRowId, tickId)).returning(tickColumns)
        : db.select(tickColumns).from(ticks).where(eq(tickRowId, tickId)),
    );
    if (row === undefined) throw new DagflareError("NOT_FOUND", `Tick ${tickId} not found`);
    return row;
  }

  async getTicks(
    selectorId: string,
    options: {
      limit?: number;
      before?: number;
      after?: number;
      statuses?: TickStatus[];
      cursor?: number;
    } = {},
  ): Promise<TickRecord[]> {
    const { before, after, statuses, cursor } = options;
    const limit = pgLimit(options.limit, "getTicks options.limit");
    return this.session((db) => {
      const query = db
        .select(tickColumns)
        .from(ticks)
        .where(
          and(
            eq(ticks.selectorId, selectorId),
            before === undefined ? undefined : lt(ticks.timestamp, before),
            after === undefined ? undefined : gt(ticks.timestamp, after),
            statuses?.length ? inList(ticks.status, statuses) : undefined,
            cursor === undefined
              ? undefined
              : sql`(${ticks.timestamp}, ${tickRowId}) < (select cursor_tick.timestamp, cursor_tick.id from ${ticks} as cursor_tick where cursor_tick.id = ${cursor})`,
          ),
        )
        .orderBy(desc(ticks.timestamp), desc(tickRowId));
      return limit === undefined ? query : query.limit(limit);
    });
  }

  async purgeTicks(selectorId: string, before: number, statuses?: TickStatus[]): Promise<number> {
    const result = await this.session((db) =>
      db
        .delete(ticks)
        .where(
          and(
            eq(ticks.selectorId, selectorId),
            lt(ticks.timestamp, before),
            statuses?.length ? inList(ticks.status, statuses) : undefined,
          ),
        ),
    );
    return result.count;
  }
}
