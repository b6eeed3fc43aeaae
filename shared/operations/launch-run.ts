/**
 * Launching a run (Dagster's launch semantics, in order): find the job, validate the op selection, the
 * run config (every error at once) and the step keys, create the run NOT_STARTED, then hand it to the
 * run coordinator. Nothing is stored unless every check passed. Outcomes are data, so GraphQL, the HTTP
 * API and the daemon (schedule and sensor ticks) each answer in their own shape.
 * @module
 */
import type { JobSnapshot } from "../protocol/code-location-protocol";
import { DagflareError } from "../errors/dagflare-error";
import type { SerializableError } from "../errors/serializable-error";
import { unknownStepKey } from "../planning/execution-plan";
import { resolveOpSelection, subsetJob } from "../planning/op-selection";
import type { Instance } from "../instance/instance";
import { parseRunConfigData } from "../run-config/parse-run-config-data";
import {
  applyRunConfigDefaults,
  validateRunConfig,
  type RunConfigError,
} from "../run-config/validate-run-config";
import type { RunRecord } from "../storage/run-storage";
import { findJob } from "../workspace/lookup";
import { authorize, LOCAL_CALLER, type Caller } from "./authorize";

export type LaunchRequest = {
  locationName: string;
  repositoryName: string;
  jobName: string;
  /** A JSON object or YAML text (Dagster's RunConfigData). */
  runConfig?: unknown;
  opSelection?: readonly string[] | null;
  stepKeys?: readonly string[] | null;
  tags?: Readonly<Record<string, string>>;
  runId?: string | null;
  rootRunId?: string | null;
  parentRunId?: string | null;
};

export type LaunchOutcome =
  | { kind: "launched"; run: RunRecord }
  | { kind: "job_not_found"; locationName: string; repositoryName: string; jobName: string; message: string }
  | { kind: "location_error"; error: SerializableError }
  | { kind: "invalid_subset"; message: string }
  | { kind: "invalid_run_config"; jobName: string; errors: RunConfigError[]; job: JobSnapshot }
  | { kind: "invalid_step"; stepKey: string }
  | { kind: "run_conflict"; message: string };

/** What launching needs of the instance (an Instance is one). */
export type RunOperationDeps = Pick<Instance, "storage" | "workspace" | "runCoordinator">;

/** The tag naming who launched a run (Dagster's DagsterTag.User, shown as "launched by"). */
export const USER_TAG = "user";

/** Hidden tag naming where a run's job lives, as Dagster's `.dagster/repository`. */
export const REPOSITORY_TAG = ".dagster/repository";

/** Launches `request` at `now` (epoch seconds, the run's create time). */
export async function launchRun(
  deps: RunOperationDeps,
  request: LaunchRequest,
  now: number,
  caller: Caller = LOCAL_CALLER,
): Promise<LaunchOutcome> {
  await authorize(
    deps,
    caller,
    "launch_run",
    { locationName: request.locationName, name: request.jobName },
    now,
  );
  const lookup = findJob(await deps.workspace.entries(), request);
  if (lookup.kind === "load_error") return { kind: "location_error", error: lookup.error };
  if (lookup.kind === "not_found") {
    const { locationName, repositoryName, jobName } = request;
    return {
      kind: "job_not_found",
      locationName,
      repositoryName,
      jobName,
      message: `Could not find Pipeline ${locationName}.${repositoryName}.${jobName}`,
    };
  }

  let job = lookup.job;
  let opSelection: string[] | null = null;
  if (request.opSelection?.length) {
    try {
      opSelection = resolveOpSelection(job, request.opSelection);
    } catch (thrown) {
      if (thrown instanceof DagflareError) return { kind: "invalid_subset", message: thrown.message };
      throw thrown;
    }
    job = subsetJob(job, opSelection);
  }

  const runConfig = parseRunConfigData(request.runConfig);
  const errors = validateRunConfig(runConfig, job.runConfigSchema);
  if (errors.length > 0) return { kind: "invalid_run_config", jobName: job.name, errors, job };

  const stepKeys = request.stepKeys?.length ? [...request.stepKeys] : null;
  const unknownStep = stepKeys && unknownStepKey(job, stepKeys);
  if (unknownStep) return { kind: "invalid_step", stepKey: unknownStep };

  const runId = request.runId ?? crypto.randomUUID();
  const tags: Record<string, string> = {
    ...job.tags,
    ...request.tags,
    [REPOSITORY_TAG]: `${request.repositoryName}@${request.locationName}`,
    ...(stepKeys ? { "dagster/step_selection": stepKeys.join(",") } : {}),
    // Who launched it, under the tag Dagster's UI shows as the run's creator; last, so no request forges it.
    ...(caller.kind === "user" ? { [USER_TAG]: caller.principal } : {}),
  };
  let run: RunRecord;
  try {
    run = await deps.storage.runs.addRun({
      runId,
      jobName: job.name,
      locationName: request.locationName,
      repositoryName: request.repositoryName,
      runConfig: applyRunConfigDefaults(runConfig, job.runConfigSchema),
      tags,
      opSelection,
      stepKeysToExecute: stepKeys,
      rootRunId: request.rootRunId ?? null,
      parentRunId: request.parentRunId ?? null,
      snapshotId: lookup.job.snapshotId,
      status: "NOT_STARTED",
      createTime: now,
    });
  } catch (thrown) {
    if (thrown instanceof DagflareError && thrown.code === "RUN_CONFLICT") {
      // A launch that stored the run but failed to submit it (and is now retried with the same id, or
      // re-planned by the daemon) would otherwise leave it NOT_STARTED for ever.
      const stored = await deps.storage.runs.getRun(runId);
      if (stored?.status === "NOT_STARTED") await deps.runCoordinator.submitRun(stored);
      return { kind: "run_conflict", message: thrown.message };
    }
    throw thrown;
  }
  return { kind: "launched", run: await deps.runCoordinator.submitRun(run) };
}
