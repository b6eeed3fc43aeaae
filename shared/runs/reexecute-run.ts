/**
 * Re-execution (Dagster's ReexecutionParams): a new run of the parent's job, config and op selection,
 * linked by parent/root run ids, executing every step (ALL_STEPS) or only what failed or did not run and
 * everything downstream of it (FROM_FAILURE); the rest is loaded from the parent run's outputs.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import { buildExecutionPlan } from "../planning/execution-plan";
import { reexecutionStepKeys, type ReexecutionStrategy } from "../planning/reexecution-step-keys";
import { subsetJob } from "../planning/op-selection";
import { findJob } from "../workspace/lookup";
import { launchRun, REPOSITORY_TAG, type LaunchDeps, type LaunchOutcome, type LaunchRequest } from "./launch-run";

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

/**
 * Launches a re-execution of `parentRunId`.
 * @throws DagflareError NOT_FOUND for an unknown parent run; BAD_REQUEST for FROM_FAILURE of a run that did
 * not fail, or one with nothing left to execute.
 */
export async function reexecuteRun(
  deps: LaunchDeps,
  /** `runId` fixes the new run's id, so a caller delivered twice (the daemon) cannot launch it twice. */
  options: { parentRunId: string; strategy: ReexecutionStrategy; extraTags?: Readonly<Record<string, string>>; runId?: string },
): Promise<LaunchOutcome> {
  const parent = await deps.storage.runs.getRun(options.parentRunId);
  if (!parent) throw new DagflareError("NOT_FOUND", `Run ${options.parentRunId} could not be found.`);
  const request = await reexecutionRequest(deps, parent, options.strategy);
  return launchRun(deps, { ...request, tags: { ...request.tags, ...options.extraTags }, runId: options.runId ?? null });
}

async function reexecutionRequest(
  deps: LaunchDeps,
  parent: NonNullable<Awaited<ReturnType<LaunchDeps["storage"]["runs"]["getRun"]>>>,
  strategy: ReexecutionStrategy,
): Promise<LaunchRequest> {
  const rootRunId = parent.rootRunId ?? parent.runId;
  const inherited = Object.fromEntries(Object.entries(parent.tags).filter(([key]) => !RUN_SPECIFIC_TAGS.has(key)));
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
    throw new DagflareError("BAD_REQUEST", `Cannot re-execute run ${parent.runId} from failure: its status is ${parent.status}, not FAILURE.`);
  }
  const lookup = findJob(await deps.workspace.entries(), base);
  if (lookup.kind !== "found") throw new DagflareError("NOT_FOUND", `Job ${parent.jobName} of run ${parent.runId} is no longer in location ${parent.locationName}.`);
  const job = parent.opSelection ? subsetJob(lookup.job, parent.opSelection) : lookup.job;
  const plan = buildExecutionPlan(job, { stepKeysToExecute: parent.stepKeysToExecute });
  const statuses = Object.fromEntries((await deps.storage.events.getStepStatsForRun(parent.runId)).map((step) => [step.stepKey, step.status]));
  const stepKeys = reexecutionStepKeys(plan, statuses, "FROM_FAILURE");
  if (stepKeys.length === 0) throw new DagflareError("BAD_REQUEST", `Run ${parent.runId} has no failed or unexecuted steps to re-execute.`);
  return { ...base, stepKeys };
}
