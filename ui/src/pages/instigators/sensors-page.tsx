/**
 * Sensors (`/sensors`): every sensor per code location with its on/off switch, type, minimum interval,
 * last evaluation and tick, and target jobs.
 * @module
 */
import { graphql } from "../../gql";
import { TimeAgo } from "../../components/time-ago";
import type { PageProps } from "../../page-props";
import { formatInterval } from "./format-interval";
import { JobLinks } from "./job-links";
import { InstigatorList } from "./instigator-list";

export const SensorRowFields = graphql(`
  fragment SensorRowFields on Sensor {
    id name description sensorType minIntervalSeconds targets { pipelineName }
    state: sensorState { ...LatestTickFields typeSpecificData { __typename ... on SensorData { lastTickTimestamp } } }
  }
`);

export function SensorsPage(_props: PageProps) {
  return (
    <InstigatorList
      kind="sensor"
      columns={[
        { header: "Type", cell: (sensor) => <code>{sensor.sensorType}</code> },
        { header: "Interval", cell: (sensor) => formatInterval(sensor.minIntervalSeconds) },
        {
          header: "Last evaluated",
          cell: ({ state }) => (
            <TimeAgo
              value={
                state.typeSpecificData?.__typename === "SensorData"
                  ? state.typeSpecificData.lastTickTimestamp
                  : null
              }
            />
          ),
        },
      ]}
      targets={{
        header: "Jobs",
        cell: (sensor) => (
          <JobLinks location={sensor.repository.repositoryLocationName} targets={sensor.targets} />
        ),
      }}
    />
  );
}
