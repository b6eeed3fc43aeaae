/**
 * Terminating and re-executing runs, from the runs list (in bulk) and from a run's page, with every
 * per-run outcome kept: a bulk action reports each run that failed and why. Re-executions use Dagster's
 * mutations exactly: `launchRunReexecution` with ReexecutionParams (ALL_STEPS / FROM_FAILURE), or with
 * ExecutionParams naming the steps for "re-execute selected steps", as Dagster's UI builds them.
 * @module
 */
import { request } from "../../api/graphql";
import type { MergedMembers } from "../../api/merged-members";
import { graphql } from "../../gql";
import type { LaunchResultFieldsFragment } from "../../gql/graphql";
import type { RunDetail } from "../run/run-query";

export type RunOutcome =
  | { readonly runId: string; readonly ok: true; readonly newRunId?: string }
  | { readonly runId: string; readonly ok: false; readonly message: string };

export const LaunchResultFields = graphql(`
  fragment LaunchResultFields on LaunchRunReexecutionResult {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on Error { message }
    ... on InvalidStepError { invalidStepKey }
    ... on InvalidOutputError { stepKey invalidOutputName }
    ... on RunConfigValidationInvalid { errors { message } }
  }
`);

type LaunchResult = MergedMembers<LaunchResultFieldsFragment>;

function launchOutcome(parentRunId: string, result: LaunchResult): RunOutcome {
  if (result.__typename === "LaunchRunSuccess" && result.run)
    return { runId: parentRunId, ok: true, newRunId: result.run.runId };
  const message =
    result.message ??
    (result.invalidStepKey ? `Step ${result.invalidStepKey} is not in the job.` : undefined) ??
    (result.invalidOutputName
      ? `Output ${result.invalidOutputName} of step ${result.stepKey ?? "?"} does not exist.`
      : undefined) ??
    result.errors?.map((error) => error.message).join("\n") ??
    result.__typename;
  return { runId: parentRunId, ok: false, message };
}

type ReexecutionStrategy = "ALL_STEPS" | "FROM_FAILURE";

const REEXECUTE_RUN = graphql(`
  mutation ReexecuteRun($parentRunId: String!, $strategy: ReexecutionStrategy!) {
    launchRunReexecution(reexecutionParams: { parentRunId: $parentRunId, strategy: $strategy }) { ...LaunchResultFields }
  }
`);

/** Re-executes each run with `strategy`, one after another (one mutation per run, as Dagster's UI sends them). */
export async function reexecuteRuns(
  runIds: readonly string[],
  strategy: ReexecutionStrategy,
): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = [];
  for (const runId of runIds) {
    const data = await request(REEXECUTE_RUN, { parentRunId: runId, strategy });
    outcomes.push(launchOutcome(runId, data.launchRunReexecution));
  }
  return outcomes;
}

/** What re-executing chosen steps needs to know of the parent run. */
type ParentRun = Pick<
  RunDetail,
  "runId" | "rootRunId" | "jobName" | "runConfig" | "solidSelection" | "tags" | "repositoryOrigin"
>;

/** Tags that describe the parent run itself and are replaced, not inherited (as the server's re-execution does). */
const RUN_SPECIFIC_TAGS = new Set([
  "dagster/parent_run_id",
  "dagster/root_run_id",
  "dagster/step_selection",
  "dagster/retry_number",
  "dagster/failure_reason",
  "dagster/auto_retry_run_id",
]);

const REEXECUTE_STEPS = graphql(`
  mutation ReexecuteSteps($executionParams: ExecutionParams!) { launchRunReexecution(executionParams: $executionParams) { ...LaunchResultFields } }
`);

/** Re-executes only `stepKeys` of `parent`; the other steps' outputs are loaded from the parent run. */
export async function reexecuteSteps(parent: ParentRun, stepKeys: readonly string[]): Promise<RunOutcome> {
  if (!parent.repositoryOrigin)
    return {
      runId: parent.runId,
      ok: false,
      message: `Run ${parent.runId} does not say which code location its job came from.`,
    };
  const rootRunId = parent.rootRunId ?? parent.runId;
  const tags = [
    ...parent.tags.filter((tag) => !RUN_SPECIFIC_TAGS.has(tag.key)),
    { key: "dagster/parent_run_id", value: parent.runId },
    { key: "dagster/root_run_id", value: rootRunId },
    { key: "dagster/step_selection", value: stepKeys.join(",") },
  ];
  const executionParams = {
    selector: {
      repositoryLocationName: parent.repositoryOrigin.repositoryLocationName,
      repositoryName: parent.repositoryOrigin.repositoryName,
      jobName: parent.jobName,
      solidSelection: parent.solidSelection,
    },
    runConfigData: parent.runConfig,
    stepKeys,
    executionMetadata: { parentRunId: parent.runId, rootRunId, tags },
  };
  const data = await request(REEXECUTE_STEPS, { executionParams });
  return launchOutcome(parent.runId, data.launchRunReexecution);
}

export type TerminatePolicy = "SAFE_TERMINATE" | "MARK_AS_CANCELED_IMMEDIATELY";

const TERMINATE_RUNS = graphql(`
  mutation TerminateRuns($runIds: [String!]!, $policy: TerminateRunPolicy) {
    terminateRuns(runIds: $runIds, terminatePolicy: $policy) {
      __typename
      ... on TerminateRunsResult { terminateRunResults { __typename ... on TerminateRunSuccess { run { runId } } ... on TerminateRunFailure { message } ... on Error { message } } }
      ... on PythonError { message }
    }
  }
`);

/** Terminates every run, each outcome separately (Dagster's `terminateRuns`). */
export async function terminateRuns(
  runIds: readonly string[],
  policy: TerminatePolicy,
): Promise<RunOutcome[]> {
  if (runIds.length === 0) return [];
  const data = await request(TERMINATE_RUNS, { runIds: [...runIds], policy });
  const answer = data.terminateRuns;
  if (answer.__typename !== "TerminateRunsResult")
    return runIds.map((runId) => ({ runId, ok: false, message: answer.message }));
  const results = answer.terminateRunResults;
  return runIds.map((runId, index) => {
    const result = results[index];
    if (result?.__typename === "TerminateRunSuccess") return { runId, ok: true };
    return { runId, ok: false, message: result?.message ?? "no result for this run" };
  });
}
