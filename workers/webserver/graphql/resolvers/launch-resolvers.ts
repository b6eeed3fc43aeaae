/**
 * Run mutations: launch (one or many), re-execute, terminate (one or many), delete. Each parses its
 * arguments, calls the run operation (shared/operations) and answers the outcome as Dagster's member.
 * @module
 */
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { nowSeconds } from "../../../../shared/instance/instance";
import { deleteRun } from "../../../../shared/operations/delete-run";
import { launchRun, type LaunchRequest } from "../../../../shared/operations/launch-run";
import { reexecuteRun } from "../../../../shared/operations/reexecute-run";
import { terminateRun, terminateRuns, type TerminatePolicy } from "../../../../shared/operations/terminate-runs";
import type { GraphQLContext } from "../context";
import { orPythonError, presentPythonError, pythonErrorFrom, runNotFound } from "../presenters/errors";
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
  return presentLaunchOutcome(await launchRun(context.instance, request, nowSeconds()), context);
}

/** Dagster raises for these (an exception its resolver wrapper answers as PythonError); so do we, in-band. */
const userErrorMember = (code: "NOT_FOUND" | "BAD_REQUEST", message: string) => pythonErrorFrom(new DagflareError(code, message));

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
    const { parentRunId, strategy, extraTags } = args.reexecutionParams as ReexecutionParamsInput;
    const outcome = await reexecuteRun(context.instance, { parentRunId, strategy, extraTags: tagRecord(extraTags) }, nowSeconds());
    if (outcome.kind === "parent_not_found") return userErrorMember("NOT_FOUND", outcome.message);
    if (outcome.kind === "not_reexecutable") return userErrorMember("BAD_REQUEST", outcome.message);
    return presentLaunchOutcome(outcome, context);
  });

const terminateMutation = (_: unknown, args: { runId: string; terminatePolicy?: TerminatePolicy | null }, context: GraphQLContext) =>
  orPythonError(async () =>
    presentTerminateOutcome(await terminateRun(context.instance, args.runId, args.terminatePolicy ?? "SAFE_TERMINATE", nowSeconds()), context),
  );

const deleteMutation = (_: unknown, { runId }: { runId: string }, context: GraphQLContext) =>
  orPythonError(async () => {
    const outcome = await deleteRun(context.instance, runId);
    if (outcome.kind === "not_found") return runNotFound(runId);
    if (outcome.kind === "conflict") return userErrorMember("BAD_REQUEST", outcome.message);
    return { __typename: "DeletePipelineRunSuccess", runId };
  });

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
      const outcomes = await terminateRuns(context.instance, args.runIds, args.terminatePolicy ?? "SAFE_TERMINATE", nowSeconds());
      const terminateRunResults = outcomes.map((outcome) => (outcome.kind === "error" ? presentPythonError(outcome.error) : presentTerminateOutcome(outcome, context)));
      return { __typename: "TerminateRunsResult", terminateRunResults };
    }),
  deleteRun: deleteMutation,
  deletePipelineRun: deleteMutation,
};
