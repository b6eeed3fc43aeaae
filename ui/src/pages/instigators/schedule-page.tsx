/**
 * A schedule (`/locations/:location/schedules/:name`): its switch, cron schedule and timezone, target
 * job, upcoming ticks, a dry run, and its tick history with the runs each tick made.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { Link, paths } from "../../router";
import type { PageProps } from "../../page-props";
import { FutureTicks } from "./future-ticks";
import {
  type DetailsProps,
  InstigatorDetails,
  InstigatorPage,
  InstigatorStatus,
} from "./instigator-detail-frame";
import { ScheduleDryRun, useScheduleDryRun } from "./schedule-dry-run";
import { TICK_POLL_MS } from "./tick-history";
import { graphql } from "../../gql";

const SCHEDULE_QUERY = graphql(`
  query SchedulePage($selector: ScheduleSelector!) {
    scheduleOrError(scheduleSelector: $selector) {
      __typename
      ... on Schedule {
        id name description cronSchedule executionTimezone pipelineName defaultStatus
        state: scheduleState { id status runsCount typeSpecificData { __typename ... on ScheduleData { startTimestamp } } }
        futureTicks(limit: 5) { results { timestamp } }
      }
      ... on Error { message }
    }
  }`);

export function SchedulePage({ params }: PageProps) {
  return <InstigatorPage kind="schedule" params={params} details={ScheduleDetails} />;
}

function ScheduleDetails({ repository, name }: DetailsProps) {
  const location = repository.repositoryLocationName;
  const query = useQuery(
    SCHEDULE_QUERY,
    { selector: { ...repository, scheduleName: name } },
    { pollMs: TICK_POLL_MS },
  );
  const dryRun = useScheduleDryRun(repository, name);
  return (
    <InstigatorDetails
      kind="schedule"
      repository={repository}
      name={name}
      answer={query.data?.scheduleOrError}
      query={query}
      sections={(schedule, running) => {
        const data = schedule.state.typeSpecificData;
        return {
          facts: [
            ["Job", <Link to={paths.job(location, schedule.pipelineName)}>{schedule.pipelineName}</Link>],
            ["Cron schedule", <code>{schedule.cronSchedule}</code>],
            ["Timezone", schedule.executionTimezone ?? "UTC"],
            [
              "Status",
              <InstigatorStatus
                running={running}
                defaultStatus={schedule.defaultStatus}
                since={data?.__typename === "ScheduleData" ? data.startTimestamp : null}
              />,
            ],
          ],
          aside: (
            <FutureTicks
              ticks={schedule.futureTicks.results}
              timeZone={schedule.executionTimezone}
              running={running}
              onTest={dryRun.evaluateAt}
            />
          ),
          dryRun: <ScheduleDryRun dryRun={dryRun} />,
        };
      }}
    />
  );
}
