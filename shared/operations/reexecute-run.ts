/**
 * Re-execution (Dagster's ReexecutionParams): a new run of the parent's job, config and op selection,
 * linked by parent/root run ids, executing every step (ALL_STEPS) or only what failed or did not run and
 * everything downstream of it (FROM_FAILURE); the rest is loaded from the parent run's outputs. The UI
 * and the daemon's run retries both re-execute through here.
 * @module
 */
import { buildExecutionPlan } from "../planning/execution-plan";
import { reexecutionStepKeys, type ReexecutionStrategy } from "../planning/reexecution-step-keys";
import { subsetJob } from "../planning/op-selection";
import type { RunRecord } from "../storage/run-storage";
import { findJob } from "../workspace/lookup";
import { authorize, LOCAL_CALLER, type Caller } from "./authorize";
import {
  launchRun,
  REPOSITORY_TAG,
  type LaunchOutcome,
  type LaunchRequest,
  type RunOperationDeps,
} from "./launch-run";

/** System tags that describe one run and must not be inherited by its re-execution. */
const RUN_SPECIFIC_TAGS = new Set([
  "dagster/parent_run_id",
  "dagster/root_run_id",
  "dagster/step_selection",
  "dagster/retry_number",
  "dagster/failure_reason",
  "dagster/auto_retry_run_id",
  REPOSITORY_TAG,
]);

export type ReexecutionRequest = {
  parentRunId: string;
  strategy: ReexecutionStrategy;
  extraTags?: Readonly<Record<string, string>>;
  /** Fixes the new run's id, so a caller delivered twice (the daemon) cannot launch it twice. */
  runId?: string;
};

export type ReexecuteOutcome =
  | LaunchOutcome
  | { kind: "parent_not_found"; runId: string; message: string }
  /** The parent cannot be re-executed as asked (FROM_FAILURE of a run that did not fail, nothing left to run). */
  | { kind: "not_reexecutable"; message: string };

/** Launches a re-execution of `request.parentRunId` at `now` (epoch seconds). */
export async function reexecuteRun(
  deps: RunOperationDeps,
  request: ReexecutionRequest,
  now: number,
  caller: Caller = LOCAL_CALLER,
): Promise<ReexecuteOutcome> {
  const parent = await deps.storage.runs.getRun(request.parentRunId);
  await authorize(
    deps,
    caller,
    "reexecute_run",
    { runId: request.parentRunId, locationName: parent?.locationName },
    now,
  );
  if (!parent)
    return {
      kind: "parent_not_found",
      runId: request.parentRunId,
      message: `Run ${request.parentRunId} could not be found.`,
    };
  const launch = await reexecutionRequest(deps, parent, request.strategy);
  if ("kind" in launch) return launch;
  return launchRun(
    deps,
    { ...launch, tags: { ...launch.tags, ...request.extraTags }, runId: request.runId ?? null },
    now,
    caller,
  );
}

async function reexecutionRequest(
  deps: RunOperationDeps,
  parent: RunRecord,
  strategy: ReexecutionStrategy,
): Promise<LaunchRequest | ReexecuteOutcome> {
  const rootRunId = parent.rootRunId ?? parent.runId;
  const inherited = Object.fromEntries(
    Object.entries(parent.tags).filter(([key]) => !RUN_SPECIFIC_TAGS.has(key)),
  );
  const base: LaunchRequest = {
    locationName: parent.locationName,
    repositoryName: parent.repositoryName,
    jobName: parent.jobName,
    runConfig: parent.runConfig,
    opSelection: parent.opSelection,
    tags: { ...inherited, "dagster/parent_run_id": parent.runId, "dagster/root_run_id": rootRunId },
    rootRunId,
    parentRunId: parent.runId,
  };
  if (strategy === "ALL_STEPS") return { ...base, stepKeys: parent.stepKeysToExecute };

  if (parent.status !== "FAILURE") {
    return {
      kind: "not_reexecutable",
      message: `Cannot re-execute run ${parent.runId} from failure: its status is ${parent.status}, not FAILURE.`,
    };
  }
  const lookup = findJob(await deps.workspace.entries(), base);
  if (lookup.kind === "load_error") return { kind: "location_error", error: lookup.error };
  if (lookup.kind === "not_found") {
    const { locationName, repositoryName, jobName } = base;
    return {
      kind: "job_not_found",
      locationName,
      repositoryName,
      jobName,
      message: `Job ${jobName} of run ${parent.runId} is no longer in location ${locationName}.`,
    };
  }
  const job = parent.opSelection ? subsetJob(lookup.job, parent.opSelection) : lookup.job;
  const plan = buildExecutionPlan(job, { stepKeysToExecute: parent.stepKeysToExecute });
  const statuses = Object.fromEntries(
    (await deps.storage.events.getStepStatsForRun(parent.runId)).map((step) => [step.stepKey, step.status]),
  );
  const stepKeys = reexecutionStepKeys(plan, statuses, "FROM_FAILURE");
  if (stepKeys.length === 0)
    return {
      kind: "not_reexecutable",
      message: `Run ${parent.runId} has no failed or unexecuted steps to re-execute.`,
    };
  return { ...base, stepKeys };
}
