/**
 * Launching and watching runs over GraphQL, as a Dagster client does.
 */
import { expect } from "vitest";
import { graphql } from "./graphql";

export const exampleSelector = (pipelineName: string, solidSelection?: string[]) => ({
  repositoryLocationName: "example",
  repositoryName: "__repository__",
  pipelineName,
  ...(solidSelection ? { solidSelection } : {}),
});

/** DagsterGraphQLClient's submit_job_execution document, verbatim in shape. */
export const SUBMIT_RUN = `mutation GraphQLClientSubmitRun($executionParams: ExecutionParams!) {
  launchPipelineExecution(executionParams: $executionParams) {
    __typename
    ... on InvalidStepError { invalidStepKey }
    ... on InvalidOutputError { stepKey invalidOutputName }
    ... on LaunchPipelineRunSuccess { run { runId status } }
    ... on ConflictingExecutionParamsError { message }
    ... on PresetNotFoundError { message }
    ... on PipelineRunConflict { message }
    ... on PipelineConfigValidationInvalid { errors { __typename message path reason } }
    ... on PipelineNotFoundError { message }
    ... on PythonError { message }
    ... on UnauthorizedError { message }
  }
}`;

export type SubmitResult = {
  launchPipelineExecution: {
    __typename: string;
    run?: { runId: string; status: string };
    message?: string;
    invalidStepKey?: string;
    errors?: { __typename: string; message: string; path: string[]; reason: string }[];
  };
};

export async function launch(
  jobName: string,
  runConfigData: unknown = {},
  extra: Record<string, unknown> = {},
): Promise<string> {
  const result = await graphql<SubmitResult>(SUBMIT_RUN, {
    executionParams: {
      selector: exampleSelector(jobName),
      runConfigData,
      mode: "default",
      executionMetadata: {},
      ...extra,
    },
  });
  expect(result.launchPipelineExecution.__typename, JSON.stringify(result)).toBe("LaunchRunSuccess");
  return result.launchPipelineExecution.run?.runId ?? "";
}

export async function runStatus(runId: string): Promise<string> {
  const data = await graphql<{ pipelineRunOrError: { status: string } }>(
    "query ($runId: ID!) { pipelineRunOrError(runId: $runId) { ... on PipelineRun { status } } }",
    { runId },
  );
  return data.pipelineRunOrError.status;
}

/** Polls until the run reaches one of `statuses` (bounded; fails with the last status seen). */
export async function waitForStatus(runId: string, statuses: string[], timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let status = "";
  while (Date.now() < deadline) {
    status = await runStatus(runId);
    if (statuses.includes(status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`run ${runId} still ${status} after ${timeoutMs} ms (waiting for ${statuses.join("/")})`);
}

export type RunEvent = {
  __typename: string;
  eventType: string | null;
  stepKey: string | null;
  message: string;
  level: string;
};

export async function runEvents(runId: string): Promise<RunEvent[]> {
  const events: RunEvent[] = [];
  let cursor: string | null = null;
  for (;;) {
    const data: { logsForRun: { events: RunEvent[]; cursor: string; hasMore: boolean } } = await graphql(
      `query ($runId: ID!, $cursor: String) { logsForRun(runId: $runId, afterCursor: $cursor) {
        ... on EventConnection { cursor hasMore events { __typename ... on MessageEvent { eventType stepKey message level } } }
      } }`,
      { runId, cursor },
    );
    events.push(...data.logsForRun.events);
    if (!data.logsForRun.hasMore) return events;
    cursor = data.logsForRun.cursor;
  }
}
