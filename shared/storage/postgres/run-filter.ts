/**
 * Dagster's RunsFilter as one SQL condition over the PostgreSQL runs table (the same criteria as
 * d1/run-filter.ts). As in Dagster, an empty list does not constrain.
 * @module
 */
import { and, eq, gt, lt, sql, type SQL } from "drizzle-orm";
import type { RunsFilter, RunTag } from "../run-storage";
import { inList } from "./pg-helpers";
import { runs, runTags } from "./schema";

/** The WHERE condition for `filter` (undefined when it constrains nothing). Every criterion is ANDed. */
export function runsFilterCondition(filter: RunsFilter = {}): SQL | undefined {
  return and(
    filter.runIds?.length ? inList(runs.runId, filter.runIds) : undefined,
    filter.jobName !== undefined ? eq(runs.jobName, filter.jobName) : undefined,
    filter.statuses?.length ? inList(runs.status, filter.statuses) : undefined,
    ...hasTags(filter.tags ?? []),
    filter.snapshotId !== undefined ? eq(runs.snapshotId, filter.snapshotId) : undefined,
    filter.locationName !== undefined ? eq(runs.locationName, filter.locationName) : undefined,
    filter.updatedAfter !== undefined ? gt(runs.updateTime, filter.updatedAfter) : undefined,
    filter.updatedBefore !== undefined ? lt(runs.updateTime, filter.updatedBefore) : undefined,
    filter.createdAfter !== undefined ? gt(runs.createTime, filter.createdAfter) : undefined,
    filter.createdBefore !== undefined ? lt(runs.createTime, filter.createdBefore) : undefined,
  );
}

/**
 * One condition per distinct wanted tag: the run's paging id among the run_pk of that (key, value) in the
 * run_tags (key, value, run_pk) index. A common tag's page is found by walking runs newest first and probing
 * that index; a rare tag's few matches are read from the index and sorted.
 */
function hasTags(tags: readonly RunTag[]): SQL[] {
  const pairs = [...new Map(tags.map((tag) => [JSON.stringify([tag.key, tag.value]), tag])).values()];
  return pairs.map(
    (tag) =>
      sql`${runs.id} in (select ${runTags.runPk} from ${runTags} where ${runTags.key} = ${tag.key} and ${runTags.value} = ${tag.value})`,
  );
}
