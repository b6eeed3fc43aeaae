/**
 * Schedules (`/schedules`): every schedule per code location with its on/off switch, cron schedule and
 * timezone, next tick (in the schedule's timezone; local time on hover), last tick and target job.
 * @module
 */
import { graphql } from "../../gql";
import { Link, paths } from "../../router";
import type { PageProps } from "../../page-props";
import { InstigatorList } from "./instigator-list";
import { ZonedTime } from "./zoned-time";
import ui from "../../components/ui.module.css";

export const ScheduleRowFields = graphql(`
  fragment ScheduleRowFields on Schedule {
    id name description cronSchedule executionTimezone pipelineName
    state: scheduleState { ...LatestTickFields }
    futureTicks(limit: 1) { results { timestamp } }
  }
`);

export function SchedulesPage(_props: PageProps) {
  return (
    <InstigatorList
      kind="schedule"
      columns={[
        {
          header: "Cron schedule",
          cell: (schedule) => (
            <>
              <code>{schedule.cronSchedule}</code>
              <div className={`${ui.muted} ${ui.small}`}>{schedule.executionTimezone ?? "UTC"}</div>
            </>
          ),
        },
        {
          header: "Next tick",
          cell: (schedule) =>
            schedule.state.status === "RUNNING" ? (
              <ZonedTime
                value={schedule.futureTicks.results[0]?.timestamp}
                timeZone={schedule.executionTimezone}
              />
            ) : (
              <span className={ui.muted}>Off</span>
            ),
        },
      ]}
      targets={{
        header: "Job",
        cell: (schedule) => (
          <Link to={paths.job(schedule.repository.repositoryLocationName, schedule.pipelineName)}>
            {schedule.pipelineName}
          </Link>
        ),
      }}
    />
  );
}
