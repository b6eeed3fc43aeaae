/**
 * Schedules (`/schedules`): every schedule per code location with its on/off switch, cron schedule and
 * timezone, next tick (in the schedule's timezone; local time on hover), last tick and target job.
 * @module
 */
import { PageHeader } from "../../components/page-header";
import { graphql } from "../../gql";
import { Link, paths } from "../../router";
import type { PageProps } from "../../page-props";
import { InstigatorList } from "./instigator-list";
import { InstigatorToggle } from "./instigator-toggle";
import { LatestTickCell } from "./tick-status";
import { useInstigatorLocations } from "./use-instigator-locations";
import { ZonedTime } from "./zoned-time";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

export const ScheduleRowFields = graphql(`
  fragment ScheduleRowFields on Schedule {
    id name description cronSchedule executionTimezone pipelineName
    scheduleState { id status ticks(limit: 1) { id status timestamp } }
    futureTicks(limit: 1) { results { timestamp } }
  }
`);

export function SchedulesPage(_props: PageProps) {
  const { groups, workspaceError, error, refetch } = useInstigatorLocations("schedule");
  return (
    <>
      <PageHeader title="Schedules" />
      <InstigatorList
        kind="schedule"
        groups={groups}
        workspaceError={workspaceError}
        error={error}
        renderTable={(schedules, location) => (
          <div className={ui.tableWrap}>
            <table className={`${ui.table} ${styles.instigatorTable}`}>
              <thead>
                <tr>
                  <th className={styles.toggleColumn}>On</th>
                  <th>Schedule</th>
                  <th>Cron schedule</th>
                  <th>Next tick</th>
                  <th>Last tick</th>
                  <th>Job</th>
                </tr>
              </thead>
              <tbody>
                {schedules.map((schedule) => {
                  const running = schedule.scheduleState.status === "RUNNING";
                  return (
                    <tr key={schedule.name}>
                      <td className={styles.toggleColumn}>
                        <InstigatorToggle target={{ kind: "schedule", name: schedule.name, repository: schedule.repository, stateId: schedule.scheduleState.id }} running={running} refetch={refetch} />
                      </td>
                      <td>
                        <Link to={paths.schedule(location, schedule.name)} className={styles.instigatorName}>
                          {schedule.name}
                        </Link>
                        {schedule.description ? <div className={`${ui.muted} ${ui.small}`}>{schedule.description}</div> : null}
                      </td>
                      <td>
                        <code>{schedule.cronSchedule}</code>
                        <div className={`${ui.muted} ${ui.small}`}>{schedule.executionTimezone ?? "UTC"}</div>
                      </td>
                      <td>{running ? <ZonedTime value={schedule.futureTicks.results[0]?.timestamp} timeZone={schedule.executionTimezone} /> : <span className={ui.muted}>Off</span>}</td>
                      <td>
                        <LatestTickCell tick={schedule.scheduleState.ticks[0]} />
                      </td>
                      <td>
                        <Link to={paths.job(location, schedule.pipelineName)}>{schedule.pipelineName}</Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      />
    </>
  );
}
