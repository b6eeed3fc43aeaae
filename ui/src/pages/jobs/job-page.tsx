/**
 * `/locations/:location/jobs/:job`: the job's op graph laid out as a DAG, a side panel for the selected
 * op (kept in the URL as `?op=` so it survives a reload) or the job, and the job's recent runs.
 * @module
 */
import { useMemo } from "react";
import { useQuery } from "../../api/use-query";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { Link, paths, setSearchParams, useLocation } from "../../router";
import type { PageProps } from "../../page-props";
import { JOB_QUERY, type Job } from "./job-query";
import { JobRuns } from "./job-runs";
import { JobSummary, OpDetails } from "./op-details";
import { OpGraph } from "./op-graph";
import { layoutOpGraph } from "./op-graph-layout";
import { useJobSelector, type JobSelector } from "./use-job-selector";
import ui from "../../components/ui.module.css";
import styles from "./jobs.module.css";

export function JobPage({ params }: PageProps) {
  const location = params.location ?? "";
  const jobName = params.job ?? "";
  const resolved = useJobSelector(location, jobName);
  return (
    <>
      <PageHeader
        crumbs={
          <>
            <Link to={paths.jobs()}>Jobs</Link> / {location}
          </>
        }
        title={jobName}
        actions={
          <Link to={paths.launchpad(location, jobName)} className={`${ui.button} ${ui.primary}`}>
            Launchpad
          </Link>
        }
      />
      {resolved.kind === "loading" ? <Loading what="job" /> : null}
      {resolved.kind === "error" ? <ErrorBox title={resolved.title} error={resolved.message} /> : null}
      {resolved.kind === "found" ? <JobView selector={resolved.selector} /> : null}
    </>
  );
}

function JobView({ selector }: { selector: JobSelector }) {
  const { data, error } = useQuery(JOB_QUERY, { selector });
  const job = data?.pipelineOrError;
  if (error && !job) return <ErrorBox title="Could not load the job" error={error} />;
  if (!job) return <Loading what="op graph" />;
  if (job.__typename !== "Pipeline") return <ErrorBox title="Could not load the job" error={job.message} />;
  return (
    <>
      {job.description ? <p className={styles.jobDescription}>{job.description}</p> : null}
      <JobGraph job={job} location={selector.repositoryLocationName} />
      <JobRuns selector={selector} />
    </>
  );
}

function JobGraph({ job, location }: { job: Job; location: string }) {
  const requested = useLocation().search.get("op");
  const layout = useMemo(() => layoutOpGraph(job.solids), [job.solids]);
  const selected = job.solids.find((solid) => solid.name === requested) ?? null;
  const select = (op: string | null) => setSearchParams({ op: op ?? undefined });
  if (job.solids.length === 0) return <EmptyState title="This job has no ops" />;
  return (
    <div className={styles.jobLayout}>
      <OpGraph layout={layout} selected={selected?.name ?? null} onSelect={select} />
      <aside className={styles.jobSidebar} aria-label={selected ? `Op ${selected.name}` : "Job details"}>
        {selected ? (
          <OpDetails key={selected.name} solid={selected} onClose={() => select(null)} onSelect={select} />
        ) : (
          <JobSummary job={job} location={location} />
        )}
      </aside>
    </div>
  );
}
