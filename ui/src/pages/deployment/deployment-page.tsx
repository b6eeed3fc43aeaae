/**
 * Deployment (`/deployment`): the code locations with reload buttons, the daemons' health, and the
 * instance configuration in effect. Polls every 10 s so heartbeats stay current; the location list also
 * refreshes as soon as a location is reloaded, fails or is shut down (use-location-changes.ts).
 * @module
 */
import { useQuery } from "../../api/use-query";
import { PageHeader } from "../../components/page-header";
import { ErrorBox, Loading } from "../../components/states";
import { PythonErrorDetails } from "../../components/python-error-details";
import type { PageProps } from "../../page-props";
import { CodeLocationsTable, ReloadOutcomeNote } from "./code-locations-table";
import { DaemonStatusTable } from "./daemon-status-table";
import { InstancePanel } from "./instance-panel";
import { useLocationChanges } from "./use-location-changes";
import { ALL_LOCATIONS, useReload } from "./use-reload";
import { graphql } from "../../gql";
import ui from "../../components/ui.module.css";
import styles from "./deployment.module.css";

const DEPLOYMENT_QUERY = graphql(`
  query DeploymentPage {
    workspaceOrError {
      __typename
      ... on Workspace { id locationEntries { ...LocationEntryFields } }
      ...PythonErrorFields
    }
    instance { id ...InstanceFields ...DaemonHealthFields }
  }`);

const POLL_MS = 10_000;

export function DeploymentPage(_props: PageProps) {
  const { data, error, loading, refetch } = useQuery(DEPLOYMENT_QUERY, {}, { pollMs: POLL_MS });
  const { pending, outcomes, reloadLocation, reloadAll } = useReload(refetch);
  useLocationChanges(() => void refetch());
  const workspace = data?.workspaceOrError;
  const reloadingAll = pending.has(ALL_LOCATIONS);

  return (
    <>
      <PageHeader
        title="Deployment"
        actions={
          <>
            <ReloadOutcomeNote outcome={reloadingAll ? undefined : outcomes[ALL_LOCATIONS]} />
            <button
              type="button"
              className={ui.primary}
              onClick={() => void reloadAll()}
              disabled={reloadingAll || workspace?.__typename !== "Workspace"}
            >
              {reloadingAll ? <span className={ui.spinner} aria-hidden="true" /> : null}
              {reloadingAll ? "Reloading all…" : "Reload all"}
            </button>
          </>
        }
      />
      {error && !data ? <ErrorBox title="Could not load the deployment" error={error} /> : null}
      {loading ? <Loading what="the deployment" /> : null}
      {data ? (
        <>
          <section className={styles.deploymentSection} aria-labelledby="locations-heading">
            <h2 id="locations-heading">Code locations</h2>
            {workspace?.__typename === "Workspace" ? (
              <CodeLocationsTable
                entries={workspace.locationEntries}
                pending={pending}
                outcomes={outcomes}
                onReload={(name) => void reloadLocation(name)}
              />
            ) : workspace ? (
              <div className={`${ui.state} ${ui.stateError}`} role="alert">
                <strong>The workspace could not be read</strong>
                <PythonErrorDetails error={workspace} />
              </div>
            ) : null}
          </section>
          <div className={`${ui.grid} ${styles.deploymentGrid}`}>
            <section className={styles.deploymentSection} aria-labelledby="daemons-heading">
              <h2 id="daemons-heading">Daemons</h2>
              <DaemonStatusTable daemons={data.instance.daemonHealth.allDaemonStatuses} />
            </section>
            <InstancePanel instance={data.instance} />
          </div>
        </>
      ) : null}
    </>
  );
}
