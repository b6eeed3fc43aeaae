/**
 * Everything the overview shows, in one polled document: runs touching the window (and every run still
 * in progress, however old) for the timeline, Dagster's `Runs.count` per status, each schedule's and
 * sensor's latest tick, and daemon health.
 * @module
 */
import { RUN_SUMMARY_FIELDS } from "../../api/run-summary";
import { PYTHON_ERROR_FIELDS, type PythonErrorData } from "../../components/python-error-details";
import { DAEMON_HEALTH_FIELDS, type DaemonHealth } from "../deployment/daemon-status";
import type { TimelineRun } from "./timeline-layout";

/** At most this many runs per list; the timeline says when it shows only the latest ones. */
export const TIMELINE_RUN_LIMIT = 1000;

export const IN_PROGRESS_STATUSES = ["NOT_STARTED", "STARTING", "STARTED", "CANCELING"] as const;

// The ids are selected as everywhere in this document; GraphQL merges the two repositoryOrigin selections.
const RUN_FIELDS = `id ${RUN_SUMMARY_FIELDS} repositoryOrigin { id }`;
const runs = (filter: string) => `runsOrError(filter: ${filter}, limit: $limit) { __typename ... on Runs { results { ${RUN_FIELDS} } } ... on Error { message } }`;
const count = (filter: string) => `runsOrError(filter: ${filter}, limit: 1) { __typename ... on Runs { count } ... on Error { message } }`;

const LATEST_TICK = `ticks(limit: 1) { id status timestamp error { ${PYTHON_ERROR_FIELDS} } }`;

export const OVERVIEW_QUERY = /* GraphQL */ `
  query OverviewPage($windowStart: Float!, $limit: Int!) {
    recentRuns: ${runs("{ updatedAfter: $windowStart }")}
    ongoingRuns: ${runs(`{ statuses: [QUEUED, ${IN_PROGRESS_STATUSES.join(", ")}] }`)}
    queuedCount: ${count("{ statuses: [QUEUED] }")}
    inProgressCount: ${count(`{ statuses: [${IN_PROGRESS_STATUSES.join(", ")}] }`)}
    successCount: ${count("{ statuses: [SUCCESS], updatedAfter: $windowStart }")}
    failureCount: ${count("{ statuses: [FAILURE], updatedAfter: $windowStart }")}
    canceledCount: ${count("{ statuses: [CANCELED], updatedAfter: $windowStart }")}
    workspaceOrError {
      __typename
      ... on Workspace {
        id
        locationEntries {
          id
          name
          locationOrLoadError {
            __typename
            ... on RepositoryLocation {
              id
              repositories {
                id
                name
                schedules { id name scheduleState { id status ${LATEST_TICK} } }
                sensors { id name sensorState { id status ${LATEST_TICK} } }
              }
            }
          }
        }
      }
    }
    instance { id ${DAEMON_HEALTH_FIELDS} }
  }`;

type ErrorMember = { readonly __typename: string; readonly message: string };
export type RunsResult = { readonly __typename: "Runs"; readonly results: readonly TimelineRun[] } | ErrorMember;
export type CountResult = { readonly __typename: "Runs"; readonly count: number | null } | ErrorMember;

export type LatestTick = { readonly id: string; readonly status: string; readonly timestamp: number; readonly error: PythonErrorData | null };
type InstigatorState = { readonly id: string; readonly status: "RUNNING" | "STOPPED"; readonly ticks: readonly LatestTick[] };
export type OverviewRepository = {
  readonly name: string;
  readonly schedules: readonly { readonly name: string; readonly scheduleState: InstigatorState }[];
  readonly sensors: readonly { readonly name: string; readonly sensorState: InstigatorState }[];
};

export type OverviewData = {
  readonly recentRuns: RunsResult;
  readonly ongoingRuns: RunsResult;
  readonly queuedCount: CountResult;
  readonly inProgressCount: CountResult;
  readonly successCount: CountResult;
  readonly failureCount: CountResult;
  readonly canceledCount: CountResult;
  readonly workspaceOrError:
    | {
        readonly __typename: "Workspace";
        readonly locationEntries: readonly {
          readonly name: string;
          readonly locationOrLoadError: { readonly __typename: "RepositoryLocation"; readonly repositories: readonly OverviewRepository[] } | { readonly __typename: "PythonError" } | null;
        }[];
      }
    | { readonly __typename: "PythonError" };
  readonly instance: DaemonHealth;
};
