/**
 * Dagster's RunsFilter over the PostgreSQL runs table (the same criteria as d1/run-filter.ts): one inner
 * join to run_tags per distinct wanted tag, the rest one WHERE condition. As in Dagster, an empty list does
 * not constrain.
 * @module
 */
import { and, eq, gt, lt, type SQL } from "drizzle-orm";
import { alias, type PgSelect } from "drizzle-orm/pg-core";
import type { RunsFilter, RunTag } from "../run-storage";
import { inList } from "./pg-helpers";
import { runs, runTags } from "./schema";

/**
 * `query` (a select from runs) narrowed to the runs `filter` picks, and to `also` when given.
 *
 * Why joins and not `id in (select run_pk …)`: joined on run_tags.run_pk = runs.id, the page's order by
 * runs.id can come straight from the (key, value, run_pk) index walked backward, whether the tag is rare or
 * common, and the page stops after its first entries. Under IN, the planner either walked runs newest first
 * probing the index (a rare tag: a thousand runs read per match) or hashed every match and sorted them:
 * 9.6 ms in the server at 1,000,000 runs against 0.2 ms joined. A run has one value per key (run_tags' key
 * is (run_id, key)), so each join keeps at most one row per run and no run is counted twice.
 */
export function whereRunsMatch<T extends PgSelect>(query: T, filter: RunsFilter = {}, also?: SQL): T {
  let narrowed: PgSelect = query;
  for (const [index, tag] of distinctTags(filter.tags ?? []).entries()) {
    const tags = alias(runTags, `wanted_tag_${index}`);
    narrowed = narrowed.innerJoin(
      tags,
      and(eq(tags.runPk, runs.id), eq(tags.key, tag.key), eq(tags.value, tag.value)),
    );
  }
  // Still a T: the callers select their columns by name, so the joins add nothing to the rows they get.
  return narrowed.where(and(columnsCondition(filter), also)) as T;
}

/** Every criterion but the tags, ANDed (undefined when none constrains). */
function columnsCondition(filter: RunsFilter): SQL | undefined {
  return and(
    filter.runIds?.length ? inList(runs.runId, filter.runIds) : undefined,
    filter.jobName !== undefined ? eq(runs.jobName, filter.jobName) : undefined,
    filter.statuses?.length ? inList(runs.status, filter.statuses) : undefined,
    filter.snapshotId !== undefined ? eq(runs.snapshotId, filter.snapshotId) : undefined,
    filter.locationName !== undefined ? eq(runs.locationName, filter.locationName) : undefined,
    filter.updatedAfter !== undefined ? gt(runs.updateTime, filter.updatedAfter) : undefined,
    filter.updatedBefore !== undefined ? lt(runs.updateTime, filter.updatedBefore) : undefined,
    filter.createdAfter !== undefined ? gt(runs.createTime, filter.createdAfter) : undefined,
    filter.createdBefore !== undefined ? lt(runs.createTime, filter.createdBefore) : undefined,
  );
}

/** The wanted tags without repeats: a repeated pair would only join the same row again. */
function distinctTags(tags: readonly RunTag[]): RunTag[] {
  return [...new Map(tags.map((tag) => [JSON.stringify([tag.key, tag.value]), tag])).values()];
}
