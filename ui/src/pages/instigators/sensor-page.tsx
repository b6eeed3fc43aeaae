/**
 * A sensor (`/locations/:location/sensors/:name`): its switch, type, targets, minimum interval and last
 * evaluation, its cursor with a form to set or reset it, a dry run from any cursor, and its tick history
 * with skip reasons, errors, cursors and the runs each tick requested.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { Facts } from "../../components/facts";
import { ErrorBox, Loading } from "../../components/states";
import { TimeAgo } from "../../components/time-ago";
import type { PageProps } from "../../page-props";
import { formatInterval } from "./format-interval";
import { InstigatorGate, InstigatorHeader } from "./instigator-detail-frame";
import type { RepositorySelector } from "./instigator-kind";
import { JobLinks } from "./job-links";
import { RunsLink } from "./runs-link";
import { SensorCursorPanel, useSetSensorCursor } from "./sensor-cursor-panel";
import { SensorDryRun } from "./sensor-dry-run";
import { TICK_POLL_MS, TickHistory } from "./tick-history";
import { graphql } from "../../gql";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

const SENSOR_QUERY = graphql(`
  query SensorPage($selector: SensorSelector!) {
    sensorOrError(sensorSelector: $selector) {
      __typename
      ... on Sensor {
        id name description sensorType minIntervalSeconds defaultStatus targets { pipelineName }
        sensorState { id status runsCount typeSpecificData { __typename ... on SensorData { lastTickTimestamp lastRunKey lastCursor } } }
      }
      ... on Error { message }
    }
  }`);

export function SensorPage({ params }: PageProps) {
  const location = params.location ?? "";
  const name = params.name ?? "";
  return (
    <InstigatorGate kind="sensor" location={location} name={name}>
      {(repository) => <SensorDetails repository={repository} name={name} />}
    </InstigatorGate>
  );
}

function SensorDetails({ repository, name }: { repository: RepositorySelector; name: string }) {
  const location = repository.repositoryLocationName;
  const { data, error, refetch } = useQuery(SENSOR_QUERY, { selector: { ...repository, sensorName: name } }, { pollMs: TICK_POLL_MS });
  const cursorSetter = useSetSensorCursor(repository, name, refetch);
  const sensor = data?.sensorOrError;

  if (!sensor || sensor.__typename !== "Sensor" || !("sensorState" in sensor)) {
    return (
      <>
        <InstigatorHeader kind="sensor" location={location} name={name} />
        {error ? <ErrorBox title="Could not load the sensor" error={error} /> : null}
        {sensor && "message" in sensor ? <ErrorBox title="Could not load the sensor" error={sensor.message} /> : null}
        {!sensor && !error ? <Loading what="the sensor" /> : null}
      </>
    );
  }
  const state = sensor.sensorState;
  const running = state.status === "RUNNING";
  const sensorData = state.typeSpecificData?.__typename === "SensorData" ? state.typeSpecificData : null;
  const cursor = sensorData?.lastCursor ?? null;
  return (
    <>
      <InstigatorHeader kind="sensor" location={location} name={name} toggle={{ repository, stateId: state.id, running, refetch }} />
      {sensor.description ? <p className={styles.instigatorDescription}>{sensor.description}</p> : null}
      <div className={`${ui.grid} ${ui.grid2} ${styles.instigatorGrid}`}>
        <section className={ui.panel} aria-labelledby="sensor-details-heading">
          <h2 id="sensor-details-heading">Details</h2>
          <Facts
            facts={[
              ["Jobs", <JobLinks location={location} targets={sensor.targets} />],
              ["Type", <code>{sensor.sensorType}</code>],
              ["Minimum interval", formatInterval(sensor.minIntervalSeconds)],
              [
                "Status",
                <>
                  {running ? "Running" : "Stopped"} <span className={ui.muted}>(default: {sensor.defaultStatus.toLowerCase()})</span>
                </>,
              ],
              ["Last evaluation", <TimeAgo value={sensorData?.lastTickTimestamp} />],
              ["Last run key", sensorData?.lastRunKey ? <code>{sensorData.lastRunKey}</code> : <span className={ui.muted}>—</span>],
              ["Runs", <RunsLink tag={{ key: "dagster/sensor_name", value: sensor.name }} count={state.runsCount} />],
            ]}
          />
        </section>
        <SensorCursorPanel cursor={cursor} cursorSetter={cursorSetter} />
      </div>
      <SensorDryRun repository={repository} sensorName={name} currentCursor={cursor} onUseCursor={(next) => void cursorSetter.setCursor(next)} />
      <TickHistory stateId={state.id} showCursor />
    </>
  );
}
