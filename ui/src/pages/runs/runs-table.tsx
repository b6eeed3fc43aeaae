/**
 * One page of runs as a table: a checkbox per row (shift-click selects a range; the header box selects
 * the page), the run id linking to its page, status, job, who launched it, when, how long, and its tags
 * (clicking a tag filters the list by it).
 * @module
 */
import { RunIdLink } from "../../components/run-id-link";
import { DataTable } from "../../components/data-table";
import { TagList, type Tag } from "../../components/tag-list";
import { Link, paths } from "../../router";
import { LaunchedBy } from "./launched-by";
import { createdColumn, durationColumn, runIdColumn, statusColumn } from "./run-columns";
import type { RunRow } from "./runs-query";
import type { RowSelection } from "./use-row-selection";
import { cx } from "../../components/class-names";
import ui from "../../components/ui.module.css";
import styles from "./runs.module.css";

/** Re-execution bookkeeping tags: the launched-by column says "re-execution of …" instead. */
const LINEAGE_TAGS = new Set(["dagster/parent_run_id", "dagster/root_run_id", "dagster/step_selection"]);

export function RunsTable({
  runs,
  selection,
  onTag,
  stale,
}: {
  runs: readonly RunRow[];
  selection: RowSelection;
  onTag: (tag: Tag) => void;
  stale: boolean;
}) {
  return (
    <DataTable
      label="Runs"
      rows={runs}
      rowKey={(run) => run.runId}
      rowProps={(run) => ({ className: selection.selected.has(run.runId) ? styles.selected : undefined })}
      wrapClassName={cx(styles.runsTable, stale && styles.stale)}
      busy={stale}
      columns={[
        {
          header: (
            <input
              type="checkbox"
              aria-label="Select all runs on this page"
              checked={selection.allSelected}
              onChange={selection.toggleAll}
              disabled={runs.length === 0}
            />
          ),
          className: styles.selectCell,
          cell: (run) => (
            <input
              type="checkbox"
              aria-label={`Select run ${run.runId}`}
              checked={selection.selected.has(run.runId)}
              // onClick rather than onChange: only the click says whether shift was held.
              onClick={(event) => selection.toggle(run.runId, event.shiftKey)}
              onChange={() => undefined}
            />
          ),
        },
        runIdColumn,
        statusColumn,
        {
          header: "Job",
          cell: (run) =>
            run.repositoryOrigin ? (
              <Link to={paths.job(run.repositoryOrigin.repositoryLocationName, run.jobName)}>
                {run.jobName}
              </Link>
            ) : (
              run.jobName
            ),
        },
        { header: "Launched by", headerClassName: ui.nowrap, cell: (run) => <LaunchedByCell run={run} /> },
        createdColumn,
        durationColumn,
        {
          header: "Tags",
          cell: (run) => (
            <TagList tags={run.tags.filter((tag) => !LINEAGE_TAGS.has(tag.key))} onSelect={onTag} />
          ),
        },
      ]}
    />
  );
}

/** Who or what launched the run, and the run it re-executes. */
function LaunchedByCell({ run }: { run: RunRow }) {
  const parentRunId = run.tags.find((tag) => tag.key === "dagster/parent_run_id")?.value;
  return (
    <>
      <LaunchedBy tags={run.tags} location={run.repositoryOrigin?.repositoryLocationName} />
      {parentRunId ? (
        <div className={`${ui.muted} ${ui.small}`}>
          re-execution of <RunIdLink runId={parentRunId} />
        </div>
      ) : null}
    </>
  );
}
