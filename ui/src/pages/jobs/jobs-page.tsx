/**
 * `/jobs`: every job grouped by code location, with what it is, what targets it and how its latest run
 * went. A code location that failed to load shows its error in place of its jobs. The name filter lives in
 * the URL (`?q=`) so it survives a reload.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { StatusBadge } from "../../components/status-badge";
import { Timestamp } from "../../components/timestamp";
import { Link, paths, setSearchParams, useLocation } from "../../router";
import type { PageProps } from "../../page-props";
import { JOBS_LIST_QUERY, type JobRow, type LocationEntry } from "./jobs-list-query";
import ui from "../../components/ui.module.css";
import styles from "./jobs.module.css";

/** Dagster's name for the repository of a location defined without one; not worth showing. */
const DEFAULT_REPOSITORY = "__repository__";
const POLL_MS = 15_000;

export function JobsPage(_props: PageProps) {
  const filter = useLocation().search.get("q") ?? "";
  const { data, error, loading } = useQuery(JOBS_LIST_QUERY, {}, { pollMs: POLL_MS });
  const workspace = data?.workspaceOrError;
  return (
    <>
      <PageHeader title="Jobs" />
      <div className={ui.toolbar}>
        <label>
          Filter jobs by name
          <input
            type="search"
            value={filter}
            placeholder="e.g. etl"
            onChange={(event) => setSearchParams({ q: event.target.value })}
          />
        </label>
      </div>
      {error && !workspace ? <ErrorBox title="Could not load jobs" error={error} /> : null}
      {loading ? <Loading what="jobs" /> : null}
      {workspace?.__typename === "PythonError" ? (
        <ErrorBox title="Could not load the workspace" error={workspace.message} />
      ) : null}
      {workspace?.__typename === "Workspace" ? (
        <Locations entries={workspace.locationEntries} filter={filter.trim().toLowerCase()} />
      ) : null}
    </>
  );
}

function Locations({ entries, filter }: { entries: readonly LocationEntry[]; filter: string }) {
  if (entries.length === 0) {
    return <EmptyState title="No code locations">Add one to workspace.yaml and restart Dagflare.</EmptyState>;
  }
  const matches = entries.reduce(
    (count, entry) => count + jobsOf(entry).filter((job) => matchesFilter(job.name, filter)).length,
    0,
  );
  return (
    <>
      {filter && matches === 0 ? (
        <EmptyState title={`No jobs match “${filter}”`}>Clear the filter to see every job.</EmptyState>
      ) : null}
      {entries.map((entry) => (
        <LocationSection key={entry.id} entry={entry} filter={filter} />
      ))}
    </>
  );
}

function LocationSection({ entry, filter }: { entry: LocationEntry; filter: string }) {
  const loaded = entry.locationOrLoadError;
  const headingId = `location-${entry.id}`;
  const repositories = loaded?.__typename === "RepositoryLocation" ? loaded.repositories : [];
  const shown = repositories.map((repository) => ({
    ...repository,
    jobs: repository.pipelines.filter((job) => matchesFilter(job.name, filter)),
  }));
  if (
    filter &&
    loaded?.__typename === "RepositoryLocation" &&
    shown.every((repository) => repository.jobs.length === 0)
  )
    return null;
  return (
    <section className={styles.jobsLocation} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {entry.name} <span className={`${ui.muted} ${styles.jobsLocationKind}`}>code location</span>
      </h2>
      {loaded === null ? (
        <Loading what={`code location ${entry.name} (${entry.loadStatus.toLowerCase()})`} />
      ) : null}
      {loaded?.__typename === "PythonError" ? (
        <ErrorBox title={`Code location ${entry.name} failed to load`} error={loaded.message} />
      ) : null}
      {loaded?.__typename === "RepositoryLocation" &&
      repositories.every((repository) => repository.pipelines.length === 0) ? (
        <EmptyState title="No jobs">This code location defines no jobs.</EmptyState>
      ) : null}
      {shown
        .filter((repository) => repository.jobs.length > 0)
        .map((repository) => (
          <div key={repository.name} className={styles.jobsRepository}>
            {repository.name === DEFAULT_REPOSITORY ? null : <h3>Repository {repository.name}</h3>}
            <JobsTable location={entry.name} jobs={repository.jobs} />
          </div>
        ))}
    </section>
  );
}

function JobsTable({ location, jobs }: { location: string; jobs: readonly JobRow[] }) {
  return (
    <div className={ui.tableWrap}>
      <table className={ui.table} aria-label={`Jobs in ${location}`}>
        <thead>
          <tr>
            <th>Job</th>
            <th className={styles.jobsColOps}>Ops</th>
            <th>Schedules &amp; sensors</th>
            <th>Latest run</th>
            <th className={styles.jobsColActions}>
              <span className={ui.srOnly}>Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <JobRowView key={job.id} location={location} job={job} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function JobRowView({ location, job }: { location: string; job: JobRow }) {
  const latest = job.runs[0];
  return (
    <tr>
      <td>
        <Link to={paths.job(location, job.name)} className={styles.jobsName}>
          {job.name}
        </Link>
        {job.description ? (
          <div className={`${ui.muted} ${styles.jobsDescription}`}>{job.description}</div>
        ) : null}
      </td>
      <td className={styles.jobsColOps}>{job.solids.length}</td>
      <td>
        {job.schedules.length + job.sensors.length === 0 ? <span className={ui.muted}>None</span> : null}
        <div className={styles.jobsTargets}>
          {job.schedules.map((schedule) => (
            <Link
              key={`schedule-${schedule.name}`}
              to={paths.schedule(location, schedule.name)}
              className={styles.jobsTarget}
              title={`Schedule (${schedule.cronSchedule})`}
            >
              <span className={styles.jobsTargetKind}>Schedule</span> {schedule.name}
            </Link>
          ))}
          {job.sensors.map((sensor) => (
            <Link
              key={`sensor-${sensor.name}`}
              to={paths.sensor(location, sensor.name)}
              className={styles.jobsTarget}
            >
              <span className={styles.jobsTargetKind}>Sensor</span> {sensor.name}
            </Link>
          ))}
        </div>
      </td>
      <td>
        {latest ? (
          <span className={styles.jobsLatest}>
            <Link to={paths.run(latest.runId)} aria-label={`Latest run of ${job.name}: ${latest.status}`}>
              <StatusBadge status={latest.status} />
            </Link>
            <Timestamp value={latest.creationTime} />
          </span>
        ) : (
          <span className={ui.muted}>No runs yet</span>
        )}
      </td>
      <td className={styles.jobsColActions}>
        <Link
          to={paths.launchpad(location, job.name)}
          className={ui.button}
          aria-label={`Open the launchpad for ${job.name}`}
        >
          Launchpad
        </Link>
      </td>
    </tr>
  );
}

function jobsOf(entry: LocationEntry): readonly JobRow[] {
  const loaded = entry.locationOrLoadError;
  return loaded?.__typename === "RepositoryLocation"
    ? loaded.repositories.flatMap((repository) => repository.pipelines)
    : [];
}

function matchesFilter(name: string, filter: string): boolean {
  return filter === "" || name.toLowerCase().includes(filter);
}
