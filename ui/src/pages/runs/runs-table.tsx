/**
 * One page of runs as a table: a checkbox per row (shift-click selects a range; the header box selects
 * the page), the run id linking to its page, status, job, who launched it, when, how long, and its tags
 * (clicking a tag filters the list by it).
 * @module
 */
import { RunIdLink } from "../../components/run-id-link";
import { StatusBadge } from "../../components/status-badge";
import { TagList, type Tag } from "../../components/tag-list";
import { Duration, Timestamp } from "../../components/timestamp";
import { Link, paths } from "../../router";
import { LaunchedBy } from "./launched-by";
import type { RunRow } from "./runs-query";
import type { RowSelection } from "./use-row-selection";
import { cx } from "../../components/class-names";
import ui from "../../components/ui.module.css";
import styles from "./runs.module.css";

/** Re-execution bookkeeping tags: the launched-by column says "re-execution of …" instead. */
const LINEAGE_TAGS = new Set(["dagster/parent_run_id", "dagster/root_run_id", "dagster/step_selection"]);

export function RunsTable({ runs, selection, onTag, stale }: { runs: readonly RunRow[]; selection: RowSelection; onTag: (tag: Tag) => void; stale: boolean }) {
  return (
    <div className={cx(ui.tableWrap, styles.runsTable, stale && styles.stale)}>
      <table className={ui.table} aria-label="Runs" aria-busy={stale || undefined}>
        <thead>
          <tr>
            <th className={styles.selectCell}>
              <input type="checkbox" aria-label="Select all runs on this page" checked={selection.allSelected} onChange={selection.toggleAll} disabled={runs.length === 0} />
            </th>
            <th>Run ID</th>
            <th>Status</th>
            <th>Job</th>
            <th className={ui.nowrap}>Launched by</th>
            <th>Created</th>
            <th>Duration</th>
            <th>Tags</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <RunTableRow key={run.runId} run={run} selected={selection.selected.has(run.runId)} onToggle={(extend) => selection.toggle(run.runId, extend)} onTag={onTag} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RunTableRow({ run, selected, onToggle, onTag }: { run: RunRow; selected: boolean; onToggle: (extendRange: boolean) => void; onTag: (tag: Tag) => void }) {
  const location = run.repositoryOrigin?.repositoryLocationName;
  const parentRunId = run.tags.find((tag) => tag.key === "dagster/parent_run_id")?.value;
  return (
    <tr className={selected ? styles.selected : undefined}>
      <td className={styles.selectCell}>
        <input
          type="checkbox"
          aria-label={`Select run ${run.runId}`}
          checked={selected}
          // onClick rather than onChange: only the click says whether shift was held.
          onClick={(event) => onToggle(event.shiftKey)}
          onChange={() => undefined}
        />
      </td>
      <td>
        <RunIdLink runId={run.runId} className={styles.runId} />
      </td>
      <td>
        <StatusBadge status={run.status} />
      </td>
      <td>{location ? <Link to={paths.job(location, run.jobName)}>{run.jobName}</Link> : run.jobName}</td>
      <td>
        <LaunchedBy tags={run.tags} location={location} />
        {parentRunId ? (
          <div className={`${ui.muted} ${ui.small}`}>
            re-execution of{" "}
            <RunIdLink runId={parentRunId} />
          </div>
        ) : null}
      </td>
      <td className={ui.nowrap}>
        <Timestamp value={run.creationTime} />
      </td>
      <td className={ui.nowrap}>
        <Duration start={run.startTime} end={run.endTime} />
      </td>
      <td>
        <TagList tags={run.tags.filter((tag) => !LINEAGE_TAGS.has(tag.key))} onSelect={onTag} />
      </td>
    </tr>
  );
}
