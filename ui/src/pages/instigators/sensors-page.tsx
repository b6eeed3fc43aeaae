/**
 * Sensors (`/sensors`): every sensor per code location with its on/off switch, type, minimum interval,
 * last evaluation and tick, and target jobs.
 * @module
 */
import { PageHeader } from "../../components/page-header";
import { graphql } from "../../gql";
import { TimeAgo } from "../../components/time-ago";
import { Link, paths } from "../../router";
import type { PageProps } from "../../page-props";
import { formatInterval } from "./format-interval";
import { JobLinks } from "./job-links";
import { InstigatorList } from "./instigator-list";
import { InstigatorToggle } from "./instigator-toggle";
import { LatestTickCell } from "./tick-status";
import { useInstigatorLocations } from "./use-instigator-locations";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

export const SensorRowFields = graphql(`
  fragment SensorRowFields on Sensor {
    id name description sensorType minIntervalSeconds targets { pipelineName }
    sensorState { id status typeSpecificData { __typename ... on SensorData { lastTickTimestamp } } ticks(limit: 1) { id status timestamp } }
  }
`);

export function SensorsPage(_props: PageProps) {
  const { groups, workspaceError, error, refetch } = useInstigatorLocations("sensor");
  return (
    <>
      <PageHeader title="Sensors" />
      <InstigatorList
        kind="sensor"
        groups={groups}
        workspaceError={workspaceError}
        error={error}
        renderTable={(sensors, location) => (
          <div className={ui.tableWrap}>
            <table className={`${ui.table} ${styles.instigatorTable}`}>
              <thead>
                <tr>
                  <th className={styles.toggleColumn}>On</th>
                  <th>Sensor</th>
                  <th>Type</th>
                  <th>Interval</th>
                  <th>Last evaluated</th>
                  <th>Last tick</th>
                  <th>Jobs</th>
                </tr>
              </thead>
              <tbody>
                {sensors.map((sensor) => (
                  <tr key={sensor.name}>
                    <td className={styles.toggleColumn}>
                      <InstigatorToggle
                        target={{ kind: "sensor", name: sensor.name, repository: sensor.repository, stateId: sensor.sensorState.id }}
                        running={sensor.sensorState.status === "RUNNING"}
                        refetch={refetch}
                      />
                    </td>
                    <td>
                      <Link to={paths.sensor(location, sensor.name)} className={styles.instigatorName}>
                        {sensor.name}
                      </Link>
                      {sensor.description ? <div className={`${ui.muted} ${ui.small}`}>{sensor.description}</div> : null}
                    </td>
                    <td>
                      <code>{sensor.sensorType}</code>
                    </td>
                    <td>{formatInterval(sensor.minIntervalSeconds)}</td>
                    <td>
                      <TimeAgo value={sensor.sensorState.typeSpecificData?.__typename === "SensorData" ? sensor.sensorState.typeSpecificData.lastTickTimestamp : null} />
                    </td>
                    <td>
                      <LatestTickCell tick={sensor.sensorState.ticks[0]} />
                    </td>
                    <td>
                      <JobLinks location={location} targets={sensor.targets} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      />
    </>
  );
}
