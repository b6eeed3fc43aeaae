/**
 * RunStorage on PostgreSQL: the runs table plus run_tags, each write one statement (data-modifying CTEs),
 * so a run and its tags commit together without a transaction's extra round trips.
 * @module
 */
import { and, asc, count, desc, eq, getTableColumns, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { DagflareError } from "../../errors/dagflare-error";
import type { RunStatus } from "../run-status";
import type { NewRun, RunPage, RunRecord, RunsFilter, RunStorage } from "../run-storage";
import { epochSeconds } from "../d1/sql-helpers";
import type { PgSession } from "./postgres-connection";
import { inList, pgLimit } from "./pg-helpers";
import { whereRunsMatch } from "./run-filter";
import { eventLogs, runs, runTags } from "./schema";

const { id: runRowId, ...runRecordColumns } = getTableColumns(runs);

/** Use through createPostgresStorage, which also maps driver errors to STORAGE_ERROR. */
export class PostgresRunStorage implements RunStorage {
  constructor(private readonly session: PgSession) {}

  /** @throws DagflareError RUN_CONFLICT if the id exists; the run and its tags are written together or not at all. */
  async addRun(run: NewRun): Promise<RunRecord> {
    const createTime = run.createTime ?? epochSeconds();
    const record: RunRecord = {
      runId: run.runId,
      jobName: run.jobName,
      locationName: run.locationName,
      repositoryName: run.repositoryName,
      status: run.status ?? "NOT_STARTED",
      runConfig: run.runConfig,
      tags: { ...run.tags },
      opSelection: run.opSelection ?? null,
      stepKeysToExecute: run.stepKeysToExecute ?? null,
      rootRunId: run.rootRunId ?? null,
      parentRunId: run.parentRunId ?? null,
      snapshotId: run.snapshotId ?? null,
      createTime,
      updateTime: createTime,
      startTime: null,
      endTime: null,
    };
    const added = await this.session(async (db) => {
      const insert = db
        .insert(runs)
        .values(record)
        .onConflictDoNothing({ target: runs.runId })
        .returning({ id: runs.id });
      return db.execute(
        sql`with inserted as (${insert.getSQL()}), tagged as (${insertTags(sql`inserted`, record.runId, record.tags)}) select id from inserted`,
      );
    });
    if (added.length === 0) throw new DagflareError("RUN_CONFLICT", `Run ${run.runId} already exists`);
    return record;
  }

  async getRun(runId: string): Promise<RunRecord | null> {
    const [row] = await this.session((db) =>
      db.select(runRecordColumns).from(runs).where(eq(runs.runId, runId)),
    );
    return row ?? null;
  }

  /** @throws DagflareError BAD_REQUEST on a negative or fractional limit. */
  async getRuns(filter?: RunsFilter, page?: RunPage): Promise<RunRecord[]> {
    const limit = pgLimit(page?.limit, "getRuns page.limit");
    const cursor = page?.cursor;
    // An unknown cursor makes the subquery NULL, and `id < NULL` matches nothing: an empty page.
    const afterCursor: SQL | undefined =
      cursor === null || cursor === undefined
        ? undefined
        : lt(runRowId, sql`(select ${runs.id} from ${runs} where ${runs.runId} = ${cursor})`);
    return this.session((db) => {
      const query = whereRunsMatch(
        db.select(runRecordColumns).from(runs).$dynamic(),
        filter,
        afterCursor,
      ).orderBy(desc(runRowId));
      return limit === undefined ? query : query.limit(limit);
    });
  }

  async getRunsCount(filter?: RunsFilter): Promise<number> {
    const [row] = await this.session((db) =>
      whereRunsMatch(db.select({ count: count() }).from(runs).$dynamic(), filter),
    );
    return row?.count ?? 0;
  }

  async getRunGroup(runId: string): Promise<{ rootRunId: string; runs: RunRecord[] } | null> {
    const run = await this.getRun(runId);
    if (run === null) return null;
    const rootRunId = run.rootRunId ?? run.runId;
    const group = await this.session((db) =>
      db
        .select(runRecordColumns)
        .from(runs)
        .where(or(eq(runs.runId, rootRunId), eq(runs.rootRunId, rootRunId)))
        .orderBy(asc(runRowId)),
    );
    return { rootRunId, runs: group };
  }

  /** @throws DagflareError NOT_FOUND for an unknown run. Idempotent: existing keys are overwritten. */
  async addRunTags(runId: string, tags: Record<string, string>): Promise<void> {
    // jsonb `||` merges in SQL, so a concurrent tag write is not lost to a read-modify-write race.
    const patched = await this.session(async (db) => {
      const patch = db
        .update(runs)
        .set({ tags: sql`${runs.tags} || ${JSON.stringify(tags)}::jsonb` })
        .where(eq(runs.runId, runId))
        .returning({ id: runs.id });
      return db.execute(
        sql`with inserted as (${patch.getSQL()}), tagged as (${insertTags(sql`inserted`, runId, tags)}) select id from inserted`,
      );
    });
    if (patched.length === 0) throw new DagflareError("NOT_FOUND", `Run ${runId} not found: cannot add tags`);
  }

  async getRunTagKeys(): Promise<string[]> {
    const rows = await this.session((db) =>
      db.selectDistinct({ key: runTags.key }).from(runTags).orderBy(asc(runTags.key)),
    );
    return rows.map((row) => row.key);
  }

  /** @throws DagflareError BAD_REQUEST on a negative or fractional limit. */
  async getRunTags(
    options: { tagKeys?: string[]; valuePrefix?: string; limit?: number } = {},
  ): Promise<{ key: string; values: string[] }[]> {
    const { tagKeys, valuePrefix } = options;
    const limit = pgLimit(options.limit, "getRunTags options.limit");
    const rows = await this.session((db) => {
      // Rank distinct values within each key so the per-key limit is applied in SQL, not after fetching all.
      const ranked = db
        .select({
          key: runTags.key,
          value: runTags.value,
          rank: sql<number>`row_number() over (partition by ${runTags.key} order by ${runTags.value})`.as(
            "rank",
          ),
        })
        .from(runTags)
        .where(
          and(
            tagKeys?.length ? inList(runTags.key, tagKeys) : undefined,
            valuePrefix ? sql`starts_with(${runTags.value}, ${valuePrefix})` : undefined,
          ),
        )
        .groupBy(runTags.key, runTags.value)
        .as("ranked");
      return db
        .select({ key: ranked.key, value: ranked.value })
        .from(ranked)
        .where(limit === undefined ? undefined : lte(ranked.rank, limit))
        .orderBy(asc(ranked.key), asc(ranked.value));
    });
    const valuesByKey = new Map<string, string[]>();
    for (const row of rows) valuesByKey.set(row.key, [...(valuesByKey.get(row.key) ?? []), row.value]);
    return [...valuesByKey].map(([key, values]) => ({ key, values }));
  }

  /** Deletes the run, its tags and its events in one statement. Returns false if no such run. */
  async deleteRun(runId: string): Promise<boolean> {
    const deleted = await this.session((db) =>
      db.execute(
        sql`with deleted as (${db.delete(runs).where(eq(runs.runId, runId)).returning({ runId: runs.runId }).getSQL()}),
          tags as (${db.delete(runTags).where(eq(runTags.runId, runId)).getSQL()}),
          events as (${db.delete(eventLogs).where(eq(eventLogs.runId, runId)).getSQL()})
          select run_id from deleted`,
      ),
    );
    return deleted.length > 0;
  }

  async getRunIdsToPurge(
    criteria: { status: RunStatus; endedBefore: number },
    limit: number,
  ): Promise<string[]> {
    const rows = await this.session((db) =>
      db
        .select({ runId: runs.runId })
        .from(runs)
        .where(and(eq(runs.status, criteria.status), lt(runs.endTime, criteria.endedBefore)))
        .orderBy(asc(runRowId))
        .limit(pgLimit(limit, "getRunIdsToPurge limit") ?? 0),
    );
    return rows.map((row) => row.runId);
  }

  /** One statement: the runs, their tags and their events. */
  async deleteRuns(runIds: string[]): Promise<number> {
    if (runIds.length === 0) return 0;
    const deleted = await this.session((db) =>
      db.execute(
        sql`with deleted as (${db.delete(runs).where(inList(runs.runId, runIds)).returning({ runId: runs.runId }).getSQL()}),
          tags as (${db.delete(runTags).where(inList(runTags.runId, runIds)).getSQL()}),
          events as (${db.delete(eventLogs).where(inList(eventLogs.runId, runIds)).getSQL()})
          select run_id from deleted`,
      ),
    );
    return deleted.length;
  }
}

/**
 * The INSERT of `tags` for the run whose paging id the CTE `source` (one row, column `id`) yields, upserting
 * existing keys. Nothing is inserted when `source` is empty (a conflicting run, an unknown run).
 */
function insertTags(source: SQL, runId: string, tags: Record<string, string>): SQL {
  return sql`insert into ${runTags} (run_id, run_pk, key, value)
    select ${runId}, ${source}.id, tag.key, tag.value from ${source} cross join jsonb_each_text(${JSON.stringify(tags)}::jsonb) as tag(key, value)
    on conflict (run_id, key) do update set value = excluded.value`;
}
