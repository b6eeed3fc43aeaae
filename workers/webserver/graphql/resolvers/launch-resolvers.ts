/**
 * Run mutations: launch (one or many), re-execute, terminate (one or many), delete.
 * @module
 */
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { nowSeconds } from "../../../../shared/instance/instance";
import { launchRun, type LaunchDeps, type LaunchRequest } from "../../../../shared/runs/launch-run";
import { reexecuteRun } from "../../../../shared/runs/reexecute-run";
import { FINISHED_STATUSES } from "../../../../shared/storage/run-status";
import { terminateRun, type TerminatePolicy } from "../../../../shared/runs/terminate-run";
import type { GraphQLContext } from "../context";
import { orPythonError, runNotFound } from "../presenters/errors";
import { presentLaunchOutcome, presentTerminateOutcome } from "../presenters/launch";

type ExecutionParamsInput = {
  selector: { pipelineName?: string | null; jobName?: string | null; repositoryName: string; repositoryLocationName: string; solidSelection?: string[] | null };
  runConfigData?: unknown;
  mode?: string | null;
  executionMetadata?: { runId?: string | null; tags?: { key: string; value: string }[] | null; rootRunId?: string | null; parentRunId?: string | null } | null;
  stepKeys?: string[] | null;
  preset?: string | null;
};
type ReexecutionParamsInput = { parentRunId: string; strategy: "FROM_FAILURE" | "ALL_STEPS"; extraTags?: { key: string; value: string }[] | null };

function launchDeps(context: GraphQLContext): LaunchDeps {
  const { storage, workspace, runCoordinator } = context.instance;
  return { storage, workspace, coordinator: runCoordinator, now: nowSeconds };
}

const tagRecord = (tags: { key: string; value: string }[] | null | undefined) => Object.fromEntries((tags ?? []).map(({ key, value }) => [key, value]));

function toLaunchRequest(params: ExecutionParamsInput): LaunchRequest {
  const metadata = params.executionMetadata ?? {};
  return {
    locationName: params.selector.repositoryLocationName,
    repositoryName: params.selector.repositoryName,
    jobName: params.selector.pipelineName ?? params.selector.jobName ?? "",
    runConfig: params.runConfigData,
    opSelection: params.selector.solidSelection ?? null,
    stepKeys: params.stepKeys ?? null,
    tags: tagRecord(metadata.tags),
    runId: metadata.runId ?? null,
    rootRunId: metadata.rootRunId ?? null,
    parentRunId: metadata.parentRunId ?? null,
  };
}

async function launch(params: ExecutionParamsInput, context: GraphQLContext) {
  const request = toLaunchRequest(params);
  if (params.preset) {
    return { __typename: "PresetNotFoundError", preset: params.preset, message: `Preset ${params.preset} not found in job ${request.jobName}.` };
  }
  return presentLaunchOutcome(await launchRun(launchDeps(context), request), request, context);
}

const launchMutation = (_: unknown, { executionParams }: { executionParams: ExecutionParamsInput }, context: GraphQLContext) =>
  orPythonError(() => launch(executionParams, context));

const reexecuteMutation = (
  _: unknown,
  args: { executionParams?: ExecutionParamsInput | null; reexecutionParams?: ReexecutionParamsInput | null },
  context: GraphQLContext,
) =>
  orPythonError(async () => {
    if (Boolean(args.executionParams) === Boolean(args.reexecutionParams)) {
      throw new DagflareError("BAD_REQUEST", "Provide exactly one of executionParams or reexecutionParams.");
    }
    if (args.executionParams) return launch(args.executionParams, context);
    const params = args.reexecutionParams as ReexecutionParamsInput;
    const parent = await context.instance.storage.runs.getRun(params.parentRunId);
    const outcome = await reexecuteRun(launchDeps(context), { parentRunId: params.parentRunId, strategy: params.strategy, extraTags: tagRecord(params.extraTags) });
    const selector = { locationName: parent?.locationName ?? "", repositoryName: parent?.repositoryName ?? "", jobName: parent?.jobName ?? "" };
    return presentLaunchOutcome(outcome, selector, context);
  });

const terminateMutation = (_: unknown, args: { runId: string; terminatePolicy?: TerminatePolicy | null }, context: GraphQLContext) =>
  orPythonError(async () => presentTerminateOutcome(await terminateRun(terminateDeps(context), args.runId, args.terminatePolicy ?? undefined), context));

const deleteMutation = (_: unknown, { runId }: { runId: string }, context: GraphQLContext) =>
  orPythonError(async () => {
    const run = await context.instance.storage.runs.getRun(runId);
    if (!run) return runNotFound(runId);
    if (!FINISHED_STATUSES.has(run.status) && run.status !== "NOT_STARTED") {
      throw new DagflareError("BAD_REQUEST", `Run ${runId} is ${run.status}; terminate it before deleting it.`);
    }
    // Its captured logs first: a failure leaves the run in place, and deleting again finishes the job.
    await context.instance.computeLogs.deleteLogsForRun(runId);
    await context.instance.storage.runs.deleteRun(runId);
    return { __typename: "DeletePipelineRunSuccess", runId };
  });

function terminateDeps(context: GraphQLContext) {
  return { storage: context.instance.storage, coordinator: context.instance.runCoordinator };
}

export const launchMutations = {
  launchRun: launchMutation,
  launchPipelineExecution: launchMutation,
  launchMultipleRuns: (_: unknown, { executionParamsList }: { executionParamsList: ExecutionParamsInput[] }, context: GraphQLContext) =>
    orPythonError(async () => {
      const results = [];
      for (const params of executionParamsList) results.push(await orPythonError(() => launch(params, context)));
      return { __typename: "LaunchMultipleRunsResult", launchMultipleRunsResult: results };
    }),
  launchRunReexecution: reexecuteMutation,
  launchPipelineReexecution: reexecuteMutation,
  terminateRun: terminateMutation,
  terminatePipelineExecution: terminateMutation,
  terminateRuns: (_: unknown, args: { runIds: string[]; terminatePolicy?: TerminatePolicy | null }, context: GraphQLContext) =>
    orPythonError(async () => {
      const terminateRunResults = [];
      for (const runId of args.runIds) {
        terminateRunResults.push(
          await orPythonError(async () => presentTerminateOutcome(await terminateRun(terminateDeps(context), runId, args.terminatePolicy ?? undefined), context)),
        );
      }
      return { __typename: "TerminateRunsResult", terminateRunResults };
    }),
  deleteRun: deleteMutation,
  deletePipelineRun: deleteMutation,
};
