/**
 * Everything the overview shows, in one polled document: runs touching the window (and every run still
 * in progress, however old) for the timeline, Dagster's `Runs.count` per status, each schedule's and
 * sensor's latest tick, and daemon health.
 * @module
 */
import { graphql } from "../../gql";
import type { LatestTickFieldsFragment, OverviewPageQuery } from "../../gql/graphql";

/** At most this many runs per list; the timeline says when it shows only the latest ones. */
export const TIMELINE_RUN_LIMIT = 1000;

/** The statuses the "In progress" card counts; the document below spells the same list. */
export const IN_PROGRESS_STATUSES = ["NOT_STARTED", "STARTING", "STARTED", "CANCELING"] as const;

export const OverviewRunsFields = graphql(`
  fragment OverviewRunsFields on RunsOrError {
    __typename
    ... on Runs { results { id ...RunSummaryFields repositoryOrigin { id } } }
    ... on Error { message }
  }
`);

export const RunsCountFields = graphql(`
  fragment RunsCountFields on RunsOrError { __typename ... on Runs { count } ... on Error { message } }
`);

// The ids are selected as everywhere in this document; GraphQL merges the two repositoryOrigin selections.
// The schedules and sensors are the list pages' fragment, so the overview and the lists read one shape.
export const OVERVIEW_QUERY = graphql(`
  query OverviewPage($windowStart: Float!, $limit: Int!) {
    recentRuns: runsOrError(filter: { updatedAfter: $windowStart }, limit: $limit) { ...OverviewRunsFields }
    ongoingRuns: runsOrError(filter: { statuses: [QUEUED, NOT_STARTED, STARTING, STARTED, CANCELING] }, limit: $limit) { ...OverviewRunsFields }
    queuedCount: runsOrError(filter: { statuses: [QUEUED] }, limit: 1) { ...RunsCountFields }
    inProgressCount: runsOrError(filter: { statuses: [NOT_STARTED, STARTING, STARTED, CANCELING] }, limit: 1) { ...RunsCountFields }
    successCount: runsOrError(filter: { statuses: [SUCCESS], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }
    failureCount: runsOrError(filter: { statuses: [FAILURE], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }
    canceledCount: runsOrError(filter: { statuses: [CANCELED], updatedAfter: $windowStart }, limit: 1) { ...RunsCountFields }
    workspaceOrError { ...WorkspaceInstigators }
    instance { id ...DaemonHealthFields }
  }
`);

export type OverviewData = OverviewPageQuery;
export type RunsResult = OverviewData["recentRuns"];
export type CountResult = OverviewData["queuedCount"];
export type LatestTick = LatestTickFieldsFragment["ticks"][number];
