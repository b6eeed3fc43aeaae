/**
 * A schedule (`/locations/:location/schedules/:name`): its switch, cron schedule and timezone, target
 * job, upcoming ticks, a dry run, and its tick history with the runs each tick made.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { Facts } from "../../components/facts";
import { ErrorBox, Loading } from "../../components/states";
import { Timestamp } from "../../components/timestamp";
import { Link, paths } from "../../router";
import type { PageProps } from "../../page-props";
import { FutureTicks } from "./future-ticks";
import { InstigatorGate, InstigatorHeader } from "./instigator-detail-frame";
import type { RepositorySelector } from "./instigator-kind";
import { RunsLink } from "./runs-link";
import { ScheduleDryRun, useScheduleDryRun } from "./schedule-dry-run";
import { TICK_POLL_MS, TickHistory } from "./tick-history";
import { graphql } from "../../gql";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

const SCHEDULE_QUERY = graphql(`
  query SchedulePage($selector: ScheduleSelector!) {
    scheduleOrError(scheduleSelector: $selector) {
      __typename
      ... on Schedule {
        id name description cronSchedule executionTimezone pipelineName defaultStatus
        scheduleState { id status runsCount typeSpecificData { __typename ... on ScheduleData { startTimestamp } } }
        futureTicks(limit: 5) { results { timestamp } }
      }
      ... on Error { message }
    }
  }`);

export function SchedulePage({ params }: PageProps) {
  const location = params.location ?? "";
  const name = params.name ?? "";
  return (
    <InstigatorGate kind="schedule" location={location} name={name}>
      {(repository) => <ScheduleDetails repository={repository} name={name} />}
    </InstigatorGate>
  );
}

function ScheduleDetails({ repository, name }: { repository: RepositorySelector; name: string }) {
  const location = repository.repositoryLocationName;
  const { data, error, refetch } = useQuery(SCHEDULE_QUERY, { selector: { ...repository, scheduleName: name } }, { pollMs: TICK_POLL_MS });
  const dryRun = useScheduleDryRun(repository, name);
  const schedule = data?.scheduleOrError;

  if (!schedule || schedule.__typename !== "Schedule" || !("scheduleState" in schedule)) {
    return (
      <>
        <InstigatorHeader kind="schedule" location={location} name={name} />
        {error ? <ErrorBox title="Could not load the schedule" error={error} /> : null}
        {schedule && "message" in schedule ? <ErrorBox title="Could not load the schedule" error={schedule.message} /> : null}
        {!schedule && !error ? <Loading what="the schedule" /> : null}
      </>
    );
  }
  const state = schedule.scheduleState;
  const scheduleData = state.typeSpecificData?.__typename === "ScheduleData" ? state.typeSpecificData : null;
  const running = state.status === "RUNNING";
  return (
    <>
      <InstigatorHeader kind="schedule" location={location} name={name} toggle={{ repository, stateId: state.id, running, refetch }} />
      {schedule.description ? <p className={styles.instigatorDescription}>{schedule.description}</p> : null}
      <div className={`${ui.grid} ${ui.grid2} ${styles.instigatorGrid}`}>
        <section className={ui.panel} aria-labelledby="schedule-details-heading">
          <h2 id="schedule-details-heading">Details</h2>
          <Facts
            facts={[
              ["Job", <Link to={paths.job(location, schedule.pipelineName)}>{schedule.pipelineName}</Link>],
              ["Cron schedule", <code>{schedule.cronSchedule}</code>],
              ["Timezone", schedule.executionTimezone ?? "UTC"],
              [
                "Status",
                <>
                  {running ? "Running" : "Stopped"}
                  {running && scheduleData?.startTimestamp ? (
                    <span className={ui.muted}>
                      {" "}
                      since <Timestamp value={scheduleData.startTimestamp} />
                    </span>
                  ) : null}
                  <span className={ui.muted}> (default: {schedule.defaultStatus.toLowerCase()})</span>
                </>,
              ],
              ["Runs", <RunsLink tag={{ key: "dagster/schedule_name", value: schedule.name }} count={state.runsCount} />],
            ]}
          />
        </section>
        <FutureTicks ticks={schedule.futureTicks.results} timeZone={schedule.executionTimezone} running={running} onTest={dryRun.evaluateAt} />
      </div>
      <ScheduleDryRun dryRun={dryRun} />
      <TickHistory stateId={state.id} showCursor={false} />
    </>
  );
}
