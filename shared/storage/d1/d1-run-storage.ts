/**
 * RunStorage on D1: the runs table plus run_tags for tag filters. Pages are newest first by the runs
 * table's autoincrement id, which the public runId cursor maps to.
 * @module
 */
import { and, asc, count, desc, eq, getTableColumns, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { DagflareError } from "../../errors/dagflare-error";
import type { RunStatus } from "../run-status";
import type { NewRun, RunPage, RunRecord, RunsFilter, RunStorage } from "../run-storage";
import { chunkRowsForInsert, runBatch, type D1Db } from "./d1-batch";
import { runsFilterCondition } from "./run-filter";
import { eventLogs, runs, runTags } from "./schema";
import { epochSeconds, excluded, inList, sqlLimit } from "./sql-helpers";

// Every column but the internal paging id: selecting these yields a RunRecord as is.
const { id: runRowId, ...runRecordColumns } = getTableColumns(runs);

/** Use through createD1Storage, which also maps driver errors to STORAGE_ERROR. */
export class D1RunStorage implements RunStorage {
  constructor(private readonly db: D1Db) {}

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
    try {
      await runBatch(this.db, [
        this.db.insert(runs).values(record),
        ...this.upsertTags(record.runId, record.tags),
      ]);
    } catch (error) {
      // The unique run_id index failed the whole batch; tell a duplicate apart from a real fault.
      if (await this.exists(run.runId))
        throw new DagflareError("RUN_CONFLICT", `Run ${run.runId} already exists`, { cause: error });
      throw error;
    }
    return record;
  }

  async getRun(runId: string): Promise<RunRecord | null> {
    const [row] = await this.db.select(runRecordColumns).from(runs).where(eq(runs.runId, runId));
    return row ?? null;
  }

  /** @throws DagflareError BAD_REQUEST on a negative or fractional limit. */
  async getRuns(filter?: RunsFilter, page?: RunPage): Promise<RunRecord[]> {
    const cursor = page?.cursor;
    // An unknown cursor makes the subquery NULL, and `id < NULL` matches nothing: an empty page.
    const afterCursor: SQL | undefined =
      cursor === null || cursor === undefined
        ? undefined
        : lt(runRowId, sql`(select ${runs.id} from ${runs} where ${runs.runId} = ${cursor})`);
    return this.db
      .select(runRecordColumns)
      .from(runs)
      .where(and(runsFilterCondition(filter), afterCursor))
      .orderBy(desc(runRowId))
      .limit(sqlLimit(page?.limit, "getRuns page.limit"));
  }

  async getRunsCount(filter?: RunsFilter): Promise<number> {
    const [row] = await this.db.select({ count: count() }).from(runs).where(runsFilterCondition(filter));
    return row?.count ?? 0;
  }

  async getRunGroup(runId: string): Promise<{ rootRunId: string; runs: RunRecord[] } | null> {
    const run = await this.getRun(runId);
    if (run === null) return null;
    const rootRunId = run.rootRunId ?? run.runId;
    const group = await this.db
      .select(runRecordColumns)
      .from(runs)
      .where(or(eq(runs.runId, rootRunId), eq(runs.rootRunId, rootRunId)))
      .orderBy(asc(runRowId));
    return { rootRunId, runs: group };
  }

  /** @throws DagflareError NOT_FOUND for an unknown run. Idempotent: existing keys are overwritten. */
  async addRunTags(runId: string, tags: Record<string, string>): Promise<void> {
    if (!(await this.exists(runId)))
      throw new DagflareError("NOT_FOUND", `Run ${runId} not found: cannot add tags`);
    // json_patch merges in SQL, so a concurrent tag write is not lost to a read-modify-write race.
    const patchRow = this.db
      .update(runs)
      .set({ tags: sql`json_patch(${runs.tags}, ${JSON.stringify(tags)})` })
      .where(eq(runs.runId, runId));
    await runBatch(this.db, [patchRow, ...this.upsertTags(runId, tags)]);
  }

  async getRunTagKeys(): Promise<string[]> {
    const rows = await this.db.selectDistinct({ key: runTags.key }).from(runTags).orderBy(asc(runTags.key));
    return rows.map((row) => row.key);
  }

  /** @throws DagflareError BAD_REQUEST on a negative or fractional limit. */
  async getRunTags(
    options: { tagKeys?: string[]; valuePrefix?: string; limit?: number } = {},
  ): Promise<{ key: string; values: string[] }[]> {
    const { tagKeys, valuePrefix } = options;
    const limit = sqlLimit(options.limit, "getRunTags options.limit");
    // Rank distinct values within each key so the per-key limit is applied in SQL, not after fetching all.
    const ranked = this.db
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
          // instr rather than LIKE: no wildcard escaping, and D1 caps LIKE patterns at 50 bytes.
          valuePrefix ? sql`instr(${runTags.value}, ${valuePrefix}) = 1` : undefined,
        ),
      )
      .groupBy(runTags.key, runTags.value)
      .as("ranked");
    const rows = await this.db
      .select({ key: ranked.key, value: ranked.value })
      .from(ranked)
      .where(limit < 0 ? undefined : lte(ranked.rank, limit))
      .orderBy(asc(ranked.key), asc(ranked.value));
    const valuesByKey = new Map<string, string[]>();
    for (const row of rows) valuesByKey.set(row.key, [...(valuesByKey.get(row.key) ?? []), row.value]);
    return [...valuesByKey].map(([key, values]) => ({ key, values }));
  }

  /** Deletes the run, its tags and its events in one batch. Returns false if no such run. */
  async deleteRun(runId: string): Promise<boolean> {
    const [deleted] = await runBatch(
      this.db,
      [this.db.delete(runs).where(eq(runs.runId, runId)).returning({ runId: runs.runId })],
      [
        this.db.delete(runTags).where(eq(runTags.runId, runId)),
        this.db.delete(eventLogs).where(eq(eventLogs.runId, runId)),
      ],
    );
    return (deleted?.length ?? 0) > 0;
  }

  async getRunIdsToPurge(
    criteria: { status: RunStatus; endedBefore: number },
    limit: number,
  ): Promise<string[]> {
    const rows = await this.db
      .select({ runId: runs.runId })
      .from(runs)
      .where(and(eq(runs.status, criteria.status), lt(runs.endTime, criteria.endedBefore)))
      .orderBy(asc(runRowId))
      .limit(sqlLimit(limit, "getRunIdsToPurge limit"));
    return rows.map((row) => row.runId);
  }

  /** One batch: the runs, their tags and their events. */
  async deleteRuns(runIds: string[]): Promise<number> {
    if (runIds.length === 0) return 0;
    const [deleted] = await runBatch(
      this.db,
      [this.db.delete(runs).where(inList(runs.runId, runIds)).returning({ runId: runs.runId })],
      [
        this.db.delete(runTags).where(inList(runTags.runId, runIds)),
        this.db.delete(eventLogs).where(inList(eventLogs.runId, runIds)),
      ],
    );
    return deleted?.length ?? 0;
  }

  private async exists(runId: string): Promise<boolean> {
    const rows = await this.db.select({ runId: runs.runId }).from(runs).where(eq(runs.runId, runId));
    return rows.length > 0;
  }

  private upsertTags(runId: string, tags: Record<string, string>) {
    const rows = Object.entries(tags).map(([key, value]) => ({ runId, key, value }));
    return chunkRowsForInsert(runTags, rows).map((chunk) =>
      this.db
        .insert(runTags)
        .values(chunk)
        .onConflictDoUpdate({
          target: [runTags.runId, runTags.key],
          set: { value: excluded(runTags.value) },
        }),
    );
  }
}
