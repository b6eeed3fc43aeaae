/**
 * ScheduleStorage on D1: instigator state keyed by selector id, and ticks listed newest first by
 * (timestamp, id) from the (selector_id, timestamp) index.
 * @module
 */
import { and, asc, desc, eq, getTableColumns, gt, lt, sql } from "drizzle-orm";
import { DagflareError } from "../../errors/dagflare-error";
import type {
  InstigatorState,
  InstigatorType,
  NewTick,
  ScheduleStorage,
  TickRecord,
  TickStatus,
  TickUpdate,
} from "../schedule-storage";
import type { D1Db } from "./d1-batch";
import { instigators, ticks } from "./schema";
import { epochSeconds, inList, sqlLimit } from "./sql-helpers";

// Ticks are served with `id` renamed to the public `tickId`.
const { id: tickRowId, ...tickFields } = getTableColumns(ticks);
const tickColumns = { tickId: tickRowId, ...tickFields };

/** Use through createD1Storage, which also maps driver errors to STORAGE_ERROR. */
export class D1ScheduleStorage implements ScheduleStorage {
  constructor(private readonly db: D1Db) {}

  async getInstigatorState(selectorId: string): Promise<InstigatorState | null> {
    const [row] = await this.db.select().from(instigators).where(eq(instigators.selectorId, selectorId));
    return row ?? null;
  }

  /** States matching every given field, ordered by name. */
  async getInstigatorStates(
    filter: { locationName?: string; repositoryName?: string; type?: InstigatorType } = {},
  ): Promise<InstigatorState[]> {
    return this.db
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
      .orderBy(asc(instigators.name), asc(instigators.selectorId));
  }

  /** Idempotent upsert; `updateTime` defaults to now. */
  async putInstigatorState(
    state: Omit<InstigatorState, "updateTime"> & { updateTime?: number },
  ): Promise<InstigatorState> {
    const stored: InstigatorState = { ...state, updateTime: state.updateTime ?? epochSeconds() };
    await this.db
      .insert(instigators)
      .values(stored)
      .onConflictDoUpdate({ target: instigators.selectorId, set: stored });
    return stored;
  }

  /** Idempotent: deleting an unknown selector does nothing. */
  async deleteInstigatorState(selectorId: string): Promise<void> {
    await this.db.delete(instigators).where(eq(instigators.selectorId, selectorId));
  }

  async createTick(tick: NewTick): Promise<TickRecord> {
    const [created] = await this.db
      .insert(ticks)
      .values({ ...tick, runIds: [], runKeys: [], failureCount: 0 })
      .returning(tickColumns);
    if (created === undefined)
      throw new DagflareError("STORAGE_ERROR", `D1 returned no row for the new tick of ${tick.selectorId}`);
    return created;
  }

  /** @throws DagflareError NOT_FOUND for an unknown tick id. An empty update just reads the tick. */
  async updateTick(tickId: number, update: TickUpdate): Promise<TickRecord> {
    const changes = Object.values(update).some((value) => value !== undefined);
    const [row] = changes
      ? await this.db.update(ticks).set(update).where(eq(tickRowId, tickId)).returning(tickColumns)
      : await this.db.select(tickColumns).from(ticks).where(eq(tickRowId, tickId));
    if (row === undefined) throw new DagflareError("NOT_FOUND", `Tick ${tickId} not found`);
    return row;
  }

  /** An unknown `cursor` tick yields an empty page. @throws DagflareError BAD_REQUEST on a bad limit. */
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
    return this.db
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
            : // Inside the subquery "ticks" names the inner scan: the cursor tick's own (timestamp, id).
              sql`(${ticks.timestamp}, ${tickRowId}) < (select ${ticks.timestamp}, ${tickRowId} from ${ticks} where ${tickRowId} = ${cursor})`,
        ),
      )
      .orderBy(desc(ticks.timestamp), desc(tickRowId))
      .limit(sqlLimit(options.limit, "getTicks options.limit"));
  }

  /** Deletes this selector's ticks (of `statuses`, when given and non-empty) older than `before`. */
  async purgeTicks(selectorId: string, before: number, statuses?: TickStatus[]): Promise<number> {
    const result = await this.db
      .delete(ticks)
      .where(
        and(
          eq(ticks.selectorId, selectorId),
          lt(ticks.timestamp, before),
          statuses?.length ? inList(ticks.status, statuses) : undefined,
        ),
      )
      .run();
    return result.meta.changes;
  }
}
