/**
 * Dagster's RunsFilter as one SQL condition over the runs table. As in Dagster, an empty list does not
 * constrain (`statuses: []` means any status).
 * @module
 */
import { and, eq, gt, lt, sql, type SQL } from "drizzle-orm";
import type { RunsFilter, RunTag } from "../run-storage";
import { runs, runTags } from "./schema";
import { inList } from "./sql-helpers";

/** The WHERE condition for `filter` (undefined when it constrains nothing). Every criterion is ANDed. */
export function runsFilterCondition(filter: RunsFilter = {}): SQL | undefined {
  return and(
    filter.runIds?.length ? inList(runs.runId, filter.runIds) : undefined,
    filter.jobName !== undefined ? eq(runs.jobName, filter.jobName) : undefined,
    filter.statuses?.length ? inList(runs.status, filter.statuses) : undefined,
    filter.tags?.length ? hasAllTags(filter.tags) : undefined,
    filter.snapshotId !== undefined ? eq(runs.snapshotId, filter.snapshotId) : undefined,
    filter.locationName !== undefined ? eq(runs.locationName, filter.locationName) : undefined,
    filter.updatedAfter !== undefined ? gt(runs.updateTime, filter.updatedAfter) : undefined,
    filter.updatedBefore !== undefined ? lt(runs.updateTime, filter.updatedBefore) : undefined,
    filter.createdAfter !== undefined ? gt(runs.createTime, filter.createdAfter) : undefined,
    filter.createdBefore !== undefined ? lt(runs.createTime, filter.createdBefore) : undefined,
  );
}

/**
 * Runs carrying every given tag. The wanted pairs travel as one JSON parameter and are looked up in the
 * run_tags (key, value, run_id) index, which covers the whole subquery; a run has one value per key, so
 * matching all N distinct pairs means N rows for that run.
 */
function hasAllTags(tags: readonly RunTag[]): SQL {
  const pairs = [
    ...new Map(tags.map((tag) => [JSON.stringify([tag.key, tag.value]), [tag.key, tag.value]])).values(),
  ];
  return sql`${runs.runId} in (
    select ${runTags.runId} from json_each(${JSON.stringify(pairs)}) as wanted
    join ${runTags} on ${runTags.key} = json_extract(wanted.value, '$[0]') and ${runTags.value} = json_extract(wanted.value, '$[1]')
    group by ${runTags.runId} having count(*) = ${pairs.length})`;
}
