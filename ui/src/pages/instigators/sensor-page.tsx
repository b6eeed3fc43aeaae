/**
 * A sensor (`/locations/:location/sensors/:name`): its switch, type, targets, minimum interval and last
 * evaluation, its cursor with a form to set or reset it, a dry run from any cursor, and its tick history
 * with skip reasons, errors, cursors and the runs each tick requested.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { TimeAgo } from "../../components/time-ago";
import type { PageProps } from "../../page-props";
import { formatInterval } from "./format-interval";
import {
  type DetailsProps,
  InstigatorDetails,
  InstigatorPage,
  InstigatorStatus,
} from "./instigator-detail-frame";
import { JobLinks } from "./job-links";
import { SensorCursorPanel, useSetSensorCursor } from "./sensor-cursor-panel";
import { SensorDryRun } from "./sensor-dry-run";
import { TICK_POLL_MS } from "./tick-history";
import { graphql } from "../../gql";
import ui from "../../components/ui.module.css";

const SENSOR_QUERY = graphql(`
  query SensorPage($selector: SensorSelector!) {
    sensorOrError(sensorSelector: $selector) {
      __typename
      ... on Sensor {
        id name description sensorType minIntervalSeconds defaultStatus targets { pipelineName }
        state: sensorState { id status runsCount typeSpecificData { __typename ... on SensorData { lastTickTimestamp lastRunKey lastCursor } } }
      }
      ... on Error { message }
    }
  }`);

export function SensorPage({ params }: PageProps) {
  return <InstigatorPage kind="sensor" params={params} details={SensorDetails} />;
}

function SensorDetails({ repository, name }: DetailsProps) {
  const location = repository.repositoryLocationName;
  const query = useQuery(
    SENSOR_QUERY,
    { selector: { ...repository, sensorName: name } },
    { pollMs: TICK_POLL_MS },
  );
  const cursorSetter = useSetSensorCursor(repository, name, query.refetch);
  return (
    <InstigatorDetails
      kind="sensor"
      repository={repository}
      name={name}
      answer={query.data?.sensorOrError}
      query={query}
      sections={(sensor, running) => {
        const sensorData =
          sensor.state.typeSpecificData?.__typename === "SensorData" ? sensor.state.typeSpecificData : null;
        const cursor = sensorData?.lastCursor ?? null;
        return {
          facts: [
            ["Jobs", <JobLinks location={location} targets={sensor.targets} />],
            ["Type", <code>{sensor.sensorType}</code>],
            ["Minimum interval", formatInterval(sensor.minIntervalSeconds)],
            ["Status", <InstigatorStatus running={running} defaultStatus={sensor.defaultStatus} />],
            ["Last evaluation", <TimeAgo value={sensorData?.lastTickTimestamp} />],
            [
              "Last run key",
              sensorData?.lastRunKey ? (
                <code>{sensorData.lastRunKey}</code>
              ) : (
                <span className={ui.muted}>—</span>
              ),
            ],
          ],
          aside: <SensorCursorPanel cursor={cursor} cursorSetter={cursorSetter} />,
          dryRun: (
            <SensorDryRun
              repository={repository}
              sensorName={name}
              currentCursor={cursor}
              onUseCursor={(next) => void cursorSetter.setCursor(next)}
            />
          ),
        };
      }}
    />
  );
}
