/**
 * The run page's GraphQL: the run (Dagster's `runOrError`) with its execution plan, its event log
 * (`logsForRun`, paged by cursor) and the live `pipelineRunLogs` subscription, selecting the same event
 * fields everywhere so history and live events look alike.
 * @module
 */
import type { MergedMembers } from "../../api/merged-members";
import { graphql } from "../../gql";
import type {
  RunDetailFieldsFragment,
  RunEventFieldsFragment,
  RunStatusFieldsFragment,
} from "../../gql/graphql";

/** Fields that change while a run goes on; the subscription re-sends these with every batch. */
export const RunStatusFields = graphql(
  `fragment RunStatusFields on Run { runId status canTerminate startTime endTime updateTime }`,
);

export const RunDetailFields = graphql(`
  fragment RunDetailFields on Run {
    ...RunStatusFields
    jobName creationTime rootRunId parentRunId runConfigYaml runConfig solidSelection stepKeysToExecute
    tags { key value } repositoryOrigin { repositoryLocationName repositoryName } executionPlan { steps { key } }
  }
`);

export const RunEventFields = graphql(`
  fragment RunEventFields on DagsterRunEvent {
    __typename
    ... on MessageEvent { message timestamp level stepKey eventType }
    ... on ErrorEvent { error { ...PythonErrorFields causes { ...PythonErrorFields } } }
    ... on DisplayableEvent {
      label description
      metadataEntries {
        __typename label
        ... on TextMetadataEntry { text }
        ... on IntMetadataEntry { intRepr }
        ... on FloatMetadataEntry { floatValue }
        ... on BoolMetadataEntry { boolValue }
        ... on JsonMetadataEntry { jsonString }
        ... on UrlMetadataEntry { url }
      }
    }
    ... on LogsCapturedEvent { fileKey stepKeys externalStdoutUrl externalStderrUrl }
    ... on ExecutionStepUpForRetryEvent { secondsToWait }
    ... on MaterializationEvent { assetKey { path } }
  }
`);

export const EventConnectionFields = graphql(`
  fragment EventConnectionFields on EventConnectionOrError {
    __typename
    ... on EventConnection { cursor hasMore events { ...RunEventFields } }
    ... on Error { message }
  }
`);

/** Events per page of history (the server's maximum, as Dagster's UI chunk size). */
export const EVENTS_PAGE_SIZE = 1000;

/** The run and a page of its log in one round trip: the page's first load. */
export const RUN_AND_EVENTS_QUERY = graphql(`
  query RunPage($runId: ID!, $afterCursor: String, $limit: Int) {
    runOrError(runId: $runId) { __typename ... on Run { ...RunDetailFields } ... on Error { message } }
    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }
  }
`);

/** The run's status fields and the next page of its log: each poll when no subscription can be kept open. */
export const RUN_STATUS_AND_EVENTS_QUERY = graphql(`
  query RunPoll($runId: ID!, $afterCursor: String, $limit: Int) {
    runOrError(runId: $runId) { __typename ... on Run { ...RunStatusFields } ... on Error { message } }
    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }
  }
`);

export const RUN_QUERY = graphql(`
  query RunHeader($runId: ID!) { runOrError(runId: $runId) { __typename ... on Run { ...RunDetailFields } ... on Error { message } } }
`);

export const EVENTS_QUERY = graphql(`
  query RunEvents($runId: ID!, $afterCursor: String, $limit: Int) {
    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { ...EventConnectionFields }
  }
`);

export const RUN_LOGS_SUBSCRIPTION = graphql(`
  subscription RunLogs($runId: ID!, $cursor: String) {
    pipelineRunLogs(runId: $runId, cursor: $cursor) {
      __typename
      ... on PipelineRunLogsSubscriptionSuccess { run { ...RunStatusFields } messages { ...RunEventFields } hasMorePastEvents cursor }
      ... on PipelineRunLogsSubscriptionFailure { message }
    }
  }
`);

export type RunStatus = RunStatusFieldsFragment;
export type RunDetail = RunDetailFieldsFragment;

/** An event as the server sends it (timestamp: epoch milliseconds as a string), its members merged. */
export type RawEvent = MergedMembers<RunEventFieldsFragment>;
export type MetadataEntry = MergedMembers<NonNullable<RawEvent["metadataEntries"]>[number]>;

/** An event in the page's log: its position in the log and its time as a number. */
export type RunEvent = Omit<RawEvent, "timestamp"> & { readonly index: number; readonly time: number };
