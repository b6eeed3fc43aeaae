/**
 * The run page's GraphQL: the run (Dagster's `runOrError`) with its execution plan, its event log
 * (`logsForRun`, paged by cursor) and the live `pipelineRunLogs` subscription, selecting the same event
 * fields everywhere so history and live events look alike.
 * @module
 */
import { PYTHON_ERROR_FIELDS, type PythonErrorData } from "../../components/python-error-details";
import type { Tag } from "../../components/tag-list";

/** Fields that change while a run goes on; the subscription re-sends these with every batch. */
const RUN_STATUS_FIELDS = "runId status canTerminate startTime endTime updateTime";

const RUN_FIELDS = `${RUN_STATUS_FIELDS} jobName creationTime rootRunId parentRunId runConfigYaml runConfig solidSelection stepKeysToExecute
  tags { key value } repositoryOrigin { repositoryLocationName repositoryName } executionPlan { steps { key } }`;

const EVENT_FIELDS = `__typename
  ... on MessageEvent { message timestamp level stepKey eventType }
  ... on ErrorEvent { error { ${PYTHON_ERROR_FIELDS} causes { ${PYTHON_ERROR_FIELDS} } } }
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
  ... on MaterializationEvent { assetKey { path } }`;

const EVENT_CONNECTION = `... on EventConnection { cursor hasMore events { ${EVENT_FIELDS} } } ... on Error { message }`;

/** Events per page of history (the server's maximum, as Dagster's UI chunk size). */
export const EVENTS_PAGE_SIZE = 1000;

/** The run and a page of its log in one round trip: the page's first load. */
export const RUN_AND_EVENTS_QUERY = `query RunPage($runId: ID!, $afterCursor: String, $limit: Int) {
  runOrError(runId: $runId) { __typename ... on Run { ${RUN_FIELDS} } ... on Error { message } }
  logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { __typename ${EVENT_CONNECTION} }
}`;

/** The run's status fields and the next page of its log: each poll when no subscription can be kept open. */
export const RUN_STATUS_AND_EVENTS_QUERY = `query RunPoll($runId: ID!, $afterCursor: String, $limit: Int) {
  runOrError(runId: $runId) { __typename ... on Run { ${RUN_STATUS_FIELDS} } ... on Error { message } }
  logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { __typename ${EVENT_CONNECTION} }
}`;

export const RUN_QUERY = `query RunHeader($runId: ID!) { runOrError(runId: $runId) { __typename ... on Run { ${RUN_FIELDS} } ... on Error { message } } }`;

export const EVENTS_QUERY = `query RunEvents($runId: ID!, $afterCursor: String, $limit: Int) {
  logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) { __typename ${EVENT_CONNECTION} }
}`;

export const RUN_LOGS_SUBSCRIPTION = `subscription RunLogs($runId: ID!, $cursor: String) {
  pipelineRunLogs(runId: $runId, cursor: $cursor) {
    __typename
    ... on PipelineRunLogsSubscriptionSuccess { run { ${RUN_STATUS_FIELDS} } messages { ${EVENT_FIELDS} } hasMorePastEvents cursor }
    ... on PipelineRunLogsSubscriptionFailure { message }
  }
}`;

export type RunStatusFields = {
  readonly runId: string;
  readonly status: string;
  readonly canTerminate: boolean;
  readonly startTime: number | null;
  readonly endTime: number | null;
  readonly updateTime: number | null;
};

export type RunDetail = RunStatusFields & {
  readonly jobName: string;
  readonly creationTime: number;
  readonly rootRunId: string | null;
  readonly parentRunId: string | null;
  readonly runConfigYaml: string;
  readonly runConfig: unknown;
  readonly solidSelection: readonly string[] | null;
  readonly stepKeysToExecute: readonly string[] | null;
  readonly tags: readonly Tag[];
  readonly repositoryOrigin: { readonly repositoryLocationName: string; readonly repositoryName: string } | null;
  readonly executionPlan: { readonly steps: ReadonlyArray<{ readonly key: string }> } | null;
};

export type PythonError = PythonErrorData & { readonly causes?: readonly PythonErrorData[] };

export type MetadataEntry = {
  readonly __typename: string;
  readonly label: string;
  readonly text?: string;
  readonly intRepr?: string;
  readonly floatValue?: number | null;
  readonly boolValue?: boolean | null;
  readonly jsonString?: string;
  readonly url?: string;
};

/** An event as the server sends it (timestamp: epoch milliseconds as a string). */
export type RawEvent = {
  readonly __typename: string;
  readonly message: string;
  readonly timestamp: string;
  readonly level: string;
  readonly stepKey: string | null;
  readonly eventType: string | null;
  readonly error?: PythonError | null;
  readonly label?: string | null;
  readonly description?: string | null;
  readonly metadataEntries?: readonly MetadataEntry[];
  readonly fileKey?: string;
  readonly stepKeys?: readonly string[] | null;
  readonly externalStdoutUrl?: string | null;
  readonly externalStderrUrl?: string | null;
  readonly secondsToWait?: number | null;
  readonly assetKey?: { readonly path: readonly string[] } | null;
};

/** An event in the page's log: its position in the log and its time as a number. */
export type RunEvent = Omit<RawEvent, "timestamp"> & { readonly index: number; readonly time: number };

export type EventConnectionResult = { __typename: string; cursor?: string; hasMore?: boolean; events?: RawEvent[]; message?: string };
export type RunOrError = ({ __typename: "Run" } & RunDetail) | { __typename: string; message: string };

export type RunStatusOrError = ({ __typename: "Run" } & RunStatusFields) | { __typename: string; message: string };

export type RunAndEventsData = { runOrError: RunOrError; logsForRun: EventConnectionResult };
export type RunStatusAndEventsData = { runOrError: RunStatusOrError; logsForRun: EventConnectionResult };
export type RunData = { runOrError: RunOrError };
export type EventsData = { logsForRun: EventConnectionResult };
export type RunLogsPayload = {
  pipelineRunLogs: { __typename: string; run?: RunStatusFields; messages?: RawEvent[]; hasMorePastEvents?: boolean; cursor?: string; message?: string };
};
