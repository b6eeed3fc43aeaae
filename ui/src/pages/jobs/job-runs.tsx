/**
 * The job page's few most recent runs, polled, each linking to its run page.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/data-table";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { TagList } from "../../components/tag-list";
import { Link, paths } from "../../router";
import { createdColumn, durationColumn, runIdColumn, statusColumn } from "../runs/run-columns";
import { JOB_RUNS_QUERY } from "./job-query";
import type { JobSelector } from "./use-job-selector";
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
          Launch one from the{" "}
          <Link to={paths.launchpad(selector.repositoryLocationName, selector.pipelineName)}>launchpad</Link>.
        </EmptyState>
      ) : null}
      {runs?.length ? (
        <DataTable
          label="Recent runs"
          rows={runs}
          rowKey={(run) => run.runId}
          columns={[
            { ...runIdColumn, header: "Run" },
            statusColumn,
            createdColumn,
            durationColumn,
            // Tags starting with "." are Dagster's hidden system tags.
            {
              header: "Tags",
              cell: (run) => <TagList tags={run.tags.filter((tag) => !tag.key.startsWith("."))} />,
            },
          ]}
        />
      ) : null}
    </section>
  );
}
