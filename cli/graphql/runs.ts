/**
 * Runs over GraphQL: list, read, launch, terminate, delete, re-execute, and their event log by cursor.
 * @module
 */
import { ERROR_FIELDS, LAUNCH_ERROR_FIELDS, expectType, type GraphQLClient, type Typed } from "./client";

export type Tag = { key: string; value: string };
export type RunSummary = {
  runId: string;
  jobName: string;
  status: string;
  creationTime: number;
  startTime: number | null;
  endTime: number | null;
  tags: Tag[];
  repositoryOrigin: { repositoryLocationName: string } | null;
};
export type RunDetail = RunSummary & {
  runConfigYaml: string;
  parentRunId: string | null;
  rootRunId: string | null;
  stepStats: { stepKey: string; status: string | null; startTime: number | null; endTime: number | null }[];
};
export type RunEvent = {
  __typename: string;
  message: string;
  timestamp: string;
  level: string;
  stepKey: string | null;
  eventType: string | null;
};

const SUMMARY =
  "runId jobName status creationTime startTime endTime tags { key value } repositoryOrigin { repositoryLocationName }";
export const FINISHED_STATUSES = new Set(["SUCCESS", "FAILURE", "CANCELED"]);

export type RunsFilter = { statuses?: string[]; pipelineName?: string; tags?: Tag[] };

export async function listRuns(
  client: GraphQLClient,
  filter: RunsFilter,
  limit: number,
): Promise<RunSummary[]> {
  const data = await client.request<{ runsOrError: Typed }>(
    `query CliRuns($filter: RunsFilter, $limit: Int) { runsOrError(filter: $filter, limit: $limit) { ${ERROR_FIELDS} ... on Runs { results { ${SUMMARY} } } } }`,
    { filter, limit },
  );
  return expectType<Typed & { results: RunSummary[] }>(data.runsOrError, ["Runs"], "listing runs").results;
}

export async function getRun(client: GraphQLClient, runId: string): Promise<RunDetail> {
  const data = await client.request<{ runOrError: Typed }>(
    `query CliRun($runId: ID!) { runOrError(runId: $runId) { ${ERROR_FIELDS} ... on Run { ${SUMMARY} runConfigYaml parentRunId rootRunId stepStats { stepKey status startTime endTime } } } }`,
    { runId },
  );
  return expectType<Typed & RunDetail>(data.runOrError, ["Run"], `reading run ${runId}`);
}

export type LaunchParams = {
  selector: {
    repositoryLocationName: string;
    repositoryName: string;
    jobName: string;
    solidSelection?: string[];
  };
  runConfigData: unknown;
  tags: Tag[];
};

/** Launches a run; resolves with its id, or throws the in-band error (config errors with their paths). */
export async function launchRun(client: GraphQLClient, params: LaunchParams): Promise<string> {
  const executionParams = {
    selector: params.selector,
    runConfigData: params.runConfigData,
    executionMetadata: { tags: params.tags },
  };
  const data = await client.request<{ launchRun: Typed }>(
    `mutation CliLaunchRun($executionParams: ExecutionParams!) { launchRun(executionParams: $executionParams) { ${LAUNCH_ERROR_FIELDS} ... on LaunchRunSuccess { run { runId } } } }`,
    { executionParams },
  );
  return expectType<Typed & { run: { runId: string } }>(
    data.launchRun,
    ["LaunchRunSuccess"],
    `launching ${params.selector.jobName}`,
  ).run.runId;
}

export async function reexecuteRun(
  client: GraphQLClient,
  parentRunId: string,
  strategy: "ALL_STEPS" | "FROM_FAILURE",
): Promise<string> {
  const data = await client.request<{ launchRunReexecution: Typed }>(
    `mutation CliReexecute($reexecutionParams: ReexecutionParams) { launchRunReexecution(reexecutionParams: $reexecutionParams) { ${LAUNCH_ERROR_FIELDS} ... on LaunchRunSuccess { run { runId } } } }`,
    { reexecutionParams: { parentRunId, strategy } },
  );
  return expectType<Typed & { run: { runId: string } }>(
    data.launchRunReexecution,
    ["LaunchRunSuccess"],
    `re-executing run ${parentRunId}`,
  ).run.runId;
}

export async function terminateRun(client: GraphQLClient, runId: string): Promise<void> {
  const data = await client.request<{ terminateRun: Typed }>(
    `mutation CliTerminate($runId: String!) { terminateRun(runId: $runId) { ${ERROR_FIELDS} ... on TerminateRunFailure { message } } }`,
    { runId },
  );
  expectType(data.terminateRun, ["TerminateRunSuccess"], `terminating run ${runId}`);
}

export async function deleteRun(client: GraphQLClient, runId: string): Promise<void> {
  const data = await client.request<{ deleteRun: Typed }>(
    `mutation CliDelete($runId: String!) { deleteRun(runId: $runId) { ${ERROR_FIELDS} } }`,
    { runId },
  );
  expectType(data.deleteRun, ["DeletePipelineRunSuccess"], `deleting run ${runId}`);
}

export type EventPage = { events: RunEvent[]; cursor: string; hasMore: boolean };

export async function logsForRun(
  client: GraphQLClient,
  runId: string,
  afterCursor: string | null,
): Promise<EventPage> {
  const data = await client.request<{ logsForRun: Typed }>(
    `query CliLogs($runId: ID!, $afterCursor: String) {
      logsForRun(runId: $runId, afterCursor: $afterCursor) {
        ${ERROR_FIELDS}
        ... on EventConnection { cursor hasMore events { __typename ... on MessageEvent { message timestamp level stepKey eventType } } }
      }
    }`,
    { runId, afterCursor },
  );
  return expectType<Typed & EventPage>(
    data.logsForRun,
    ["EventConnection"],
    `reading the events of run ${runId}`,
  );
}
