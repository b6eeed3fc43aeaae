/**
 * `/locations/:location/jobs/:job/launchpad`: run config in a YAML editor, starting from the schema's
 * defaults and checked as you type (errors at their paths, in the editor and in a list), an op selection
 * checked by the server, run tags, and Launch (button or Ctrl/Cmd+Enter), which opens the new run.
 * Every answer of `launchRun` is shown where it belongs.
 * @module
 */
import { lazy, Suspense, type ReactNode } from "react";
import { useQuery } from "../../api/use-query";
import { PageHeader } from "../../components/page-header";
import { ErrorBox, Loading } from "../../components/states";
import { Link, paths } from "../../router";
import type { PageProps } from "../../page-props";
import { useJobSelector, type JobSelector } from "../jobs/use-job-selector";
import { LAUNCHPAD_QUERY } from "./launchpad-query";

/** The editor (CodeMirror) and YAML handling are most of the UI's weight and only this page needs them. */
const LaunchpadSession = lazy(() =>
  import("./launchpad-session").then((module) => ({ default: module.LaunchpadSession })),
);

export function LaunchpadPage({ params }: PageProps) {
  const location = params.location ?? "";
  const jobName = params.job ?? "";
  const resolved = useJobSelector(location, jobName);
  const crumbs = (
    <>
      <Link to={paths.jobs()}>Jobs</Link> / {location} /{" "}
      <Link to={paths.job(location, jobName)}>{jobName}</Link>
    </>
  );
  if (resolved.kind !== "found") {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Launchpad" />
        {resolved.kind === "loading" ? (
          <Loading what="job" />
        ) : (
          <ErrorBox title={resolved.title} error={resolved.message} />
        )}
      </>
    );
  }
  return <LaunchpadLoader selector={resolved.selector} crumbs={crumbs} />;
}

function LaunchpadLoader({ selector, crumbs }: { selector: JobSelector; crumbs: ReactNode }) {
  const { data, error } = useQuery(LAUNCHPAD_QUERY, { selector });
  const waiting = (body: ReactNode) => (
    <>
      <PageHeader crumbs={crumbs} title="Launchpad" />
      {body}
    </>
  );
  if (!data)
    return waiting(
      error ? (
        <ErrorBox title="Could not load the job's config schema" error={error} />
      ) : (
        <Loading what="config schema" />
      ),
    );
  const { pipelineOrError: job, runConfigSchemaOrError: schema } = data;
  if (!("solids" in job)) return waiting(<ErrorBox title="Could not load the job" error={job.message} />);
  if (!("rootConfigType" in schema))
    return waiting(<ErrorBox title="Could not load the job's config schema" error={schema.message} />);
  return (
    <Suspense fallback={waiting(<Loading what="editor" />)}>
      <LaunchpadSession
        selector={selector}
        crumbs={crumbs}
        jobTags={job.tags}
        opCount={job.solids.length}
        rootTypeKey={schema.rootConfigType.key}
        configTypes={schema.allConfigTypes}
      />
    </Suspense>
  );
}
