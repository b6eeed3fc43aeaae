/**
 * Terminating and re-executing runs, from the runs list (in bulk) and from a run's page, with every
 * per-run outcome kept: a bulk action reports each run that failed and why. Re-executions use Dagster's
 * mutations exactly: `launchRunReexecution` with ReexecutionParams (ALL_STEPS / FROM_FAILURE), or with
 * ExecutionParams naming the steps for "re-execute selected steps", as Dagster's UI builds them.
 * @module
 */
import { graphql } from "../../api/graphql";

export type RunOutcome = { readonly runId: string; readonly ok: true; readonly newRunId?: string } | { readonly runId: string; readonly ok: false; readonly message: string };

const LAUNCH_RESULT_FIELDS = `__typename
  ... on LaunchRunSuccess { run { runId } }
  ... on Error { message }
  ... on InvalidStepError { invalidStepKey }
  ... on InvalidOutputError { stepKey invalidOutputName }
  ... on RunConfigValidationInvalid { errors { message } }`;

type LaunchResult = {
  __typename: string;
  run?: { runId: string };
  message?: string;
  invalidStepKey?: string;
  stepKey?: string;
  invalidOutputName?: string;
  errors?: { message: string }[];
};

function launchOutcome(parentRunId: string, result: LaunchResult): RunOutcome {
  if (result.__typename === "LaunchRunSuccess" && result.run) return { runId: parentRunId, ok: true, newRunId: result.run.runId };
  const message =
    result.message ??
    (result.invalidStepKey ? `Step ${result.invalidStepKey} is not in the job.` : undefined) ??
    (result.invalidOutputName ? `Output ${result.invalidOutputName} of step ${result.stepKey ?? "?"} does not exist.` : undefined) ??
    result.errors?.map((error) => error.message).join("\n") ??
    result.__typename;
  return { runId: parentRunId, ok: false, message };
}

type ReexecutionStrategy = "ALL_STEPS" | "FROM_FAILURE";

/** Re-executes each run with `strategy`, in one request (mutation fields run one after another). */
export async function reexecuteRuns(runIds: readonly string[], strategy: ReexecutionStrategy): Promise<RunOutcome[]> {
  if (runIds.length === 0) return [];
  const fields = runIds.map((_, index) => `r${index}: launchRunReexecution(reexecutionParams: { parentRunId: $p${index}, strategy: ${strategy} }) { ${LAUNCH_RESULT_FIELDS} }`);
  const variables = Object.fromEntries(runIds.map((runId, index) => [`p${index}`, runId]));
  const mutation = `mutation ReexecuteRuns(${runIds.map((_, index) => `$p${index}: String!`).join(", ")}) {\n${fields.join("\n")}\n}`;
  const data = await graphql<Record<string, LaunchResult>>(mutation, variables);
  return runIds.map((runId, index) => launchOutcome(runId, data[`r${index}`] ?? { __typename: "missing result" }));
}

/** What re-executing chosen steps needs to know of the parent run. */
type ParentRun = {
  readonly runId: string;
  readonly rootRunId: string | null;
  readonly jobName: string;
  readonly runConfig: unknown;
  readonly solidSelection: readonly string[] | null;
  readonly tags: ReadonlyArray<{ key: string; value: string }>;
  readonly repositoryOrigin: { repositoryLocationName: string; repositoryName: string } | null;
};

/** Tags that describe the parent run itself and are replaced, not inherited (as the server's re-execution does). */
const RUN_SPECIFIC_TAGS = new Set(["dagster/parent_run_id", "dagster/root_run_id", "dagster/step_selection", "dagster/retry_number", "dagster/failure_reason", "dagster/auto_retry_run_id"]);

/** Re-executes only `stepKeys` of `parent`; the other steps' outputs are loaded from the parent run. */
export async function reexecuteSteps(parent: ParentRun, stepKeys: readonly string[]): Promise<RunOutcome> {
  if (!parent.repositoryOrigin) return { runId: parent.runId, ok: false, message: `Run ${parent.runId} does not say which code location its job came from.` };
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
  const data = await graphql<{ launchRunReexecution: LaunchResult }>(
    `mutation ReexecuteSteps($executionParams: ExecutionParams!) { launchRunReexecution(executionParams: $executionParams) { ${LAUNCH_RESULT_FIELDS} } }`,
    { executionParams },
  );
  return launchOutcome(parent.runId, data.launchRunReexecution);
}

export type TerminatePolicy = "SAFE_TERMINATE" | "MARK_AS_CANCELED_IMMEDIATELY";

type TerminateResult = { __typename: string; run?: { runId: string } | null; message?: string; runId?: string };

/** Terminates every run, each outcome separately (Dagster's `terminateRuns`). */
export async function terminateRuns(runIds: readonly string[], policy: TerminatePolicy): Promise<RunOutcome[]> {
  if (runIds.length === 0) return [];
  const data = await graphql<{ terminateRuns: { __typename: string; message?: string; terminateRunResults?: TerminateResult[] } }>(
    `mutation TerminateRuns($runIds: [String!]!, $policy: TerminateRunPolicy) {
      terminateRuns(runIds: $runIds, terminatePolicy: $policy) {
        __typename
        ... on TerminateRunsResult { terminateRunResults { __typename ... on TerminateRunSuccess { run { runId } } ... on TerminateRunFailure { message } ... on Error { message } } }
        ... on PythonError { message }
      }
    }`,
    { runIds, policy },
  );
  const results = data.terminateRuns.terminateRunResults;
  if (!results) return runIds.map((runId) => ({ runId, ok: false, message: data.terminateRuns.message ?? data.terminateRuns.__typename }));
  return runIds.map((runId, index) => {
    const result = results[index];
    return result?.__typename === "TerminateRunSuccess" ? { runId, ok: true } : { runId, ok: false, message: result?.message ?? "no result for this run" };
  });
}
