/**
 * The job page's few most recent runs, polled, each linking to its run page.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { RunIdLink } from "../../components/run-id-link";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { StatusBadge } from "../../components/status-badge";
import { TagList } from "../../components/tag-list";
import { Duration, Timestamp } from "../../components/timestamp";
import { Link, paths } from "../../router";
import { JOB_RUNS_QUERY, type JobRun } from "./job-query";
import type { JobSelector } from "./use-job-selector";
import ui from "../../components/ui.module.css";
import styles from "./jobs.module.css";

const RECENT_RUNS = 5;
const POLL_MS = 5_000;

export function JobRuns({ selector }: { selector: JobSelector }) {
  const { data, error } = useQuery(JOB_RUNS_QUERY, { selector, limit: RECENT_RUNS }, { pollMs: POLL_MS });
  const result = data?.pipelineOrError;
  const runs = result && "runs" in result ? result.runs : undefined;
  return (
    <section className={styles.jobRuns} aria-labelledby="job-runs-title">
      <h2 id="job-runs-title">Recent runs</h2>
      {error && !runs ? <ErrorBox title="Could not load the job's runs" error={error} /> : null}
      {!data && !error ? <Loading what="runs" /> : null}
      {runs?.length === 0 ? (
        <EmptyState title="No runs yet">
          Launch one from the <Link to={paths.launchpad(selector.repositoryLocationName, selector.pipelineName)}>launchpad</Link>.
        </EmptyState>
      ) : null}
      {runs?.length ? (
        <div className={ui.tableWrap}>
          <table className={ui.table} aria-label="Recent runs">
            <thead>
              <tr>
                <th>Run</th>
                <th>Status</th>
                <th>Created</th>
                <th>Duration</th>
                <th>Tags</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <RunRow key={run.runId} run={run} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function RunRow({ run }: { run: JobRun }) {
  return (
    <tr>
      <td>
        <RunIdLink runId={run.runId} />
      </td>
      <td>
        <StatusBadge status={run.status} />
      </td>
      <td>
        <Timestamp value={run.creationTime} />
      </td>
      <td>
        <Duration start={run.startTime} end={run.endTime} />
      </td>
      <td>
        {/* Tags starting with "." are Dagster's hidden system tags. */}
        <TagList tags={run.tags.filter((tag) => !tag.key.startsWith("."))} />
      </td>
    </tr>
  );
}
