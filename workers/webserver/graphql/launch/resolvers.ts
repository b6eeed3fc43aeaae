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
import { terminateRun, terminateRuns } from "../../../../shared/operations/terminate-runs";
import type {
  ExecutionParams,
  ExecutionTag,
  InputMaybe,
  MutationResolvers,
  ResolversParentTypes,
} from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { runNotFound } from "../errors/not-found";
import { orPythonError, presentPythonError, pythonErrorFrom } from "../errors/python-error";
import { orRefusal } from "../errors/unauthorized";
import { launchResult, terminateResult } from "./outcomes";

const tagRecord = (tags: InputMaybe<ExecutionTag[]> | undefined) =>
  Object.fromEntries((tags ?? []).map(({ key, value }) => [key, value]));

function toLaunchRequest(params: ExecutionParams): LaunchRequest {
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

async function launch(
  params: ExecutionParams,
  context: GraphQLContext,
): Promise<ResolversParentTypes["LaunchRunResult"]> {
  const request = toLaunchRequest(params);
  if (params.preset) {
    return {
      __typename: "PresetNotFoundError",
      preset: params.preset,
      message: `Preset ${params.preset} not found in job ${request.jobName}.`,
    };
  }
  return launchResult(
    await launchRun(context.instance, request, nowSeconds(), context.caller),
    async () => request,
    context,
  );
}

/** Dagster raises for these (an exception its resolver wrapper answers as PythonError); so do we, in-band. */
const userErrorMember = (code: "NOT_FOUND" | "BAD_REQUEST", message: string) =>
  pythonErrorFrom(new DagflareError(code, message));

const launchMutation: MutationResolvers["launchRun"] = (_, { executionParams }, context) =>
  orRefusal(() => launch(executionParams, context));

const reexecuteMutation: MutationResolvers["launchRunReexecution"] = (_, args, context) =>
  orRefusal(async () => {
    if (args.executionParams) {
      if (args.reexecutionParams)
        throw new DagflareError(
          "BAD_REQUEST",
          "Provide exactly one of executionParams or reexecutionParams.",
        );
      return launch(args.executionParams, context);
    }
    if (!args.reexecutionParams)
      throw new DagflareError("BAD_REQUEST", "Provide exactly one of executionParams or reexecutionParams.");
    const { parentRunId, strategy, extraTags } = args.reexecutionParams;
    const outcome = await reexecuteRun(
      context.instance,
      { parentRunId, strategy, extraTags: tagRecord(extraTags) },
      nowSeconds(),
      context.caller,
    );
    if (outcome.kind === "parent_not_found") return userErrorMember("NOT_FOUND", outcome.message);
    if (outcome.kind === "not_reexecutable") return userErrorMember("BAD_REQUEST", outcome.message);
    const parentJob = async () => {
      const parent = await context.instance.storage.runs.getRun(parentRunId);
      return {
        locationName: parent?.locationName ?? "",
        repositoryName: parent?.repositoryName ?? "",
        jobName: parent?.jobName ?? "",
      };
    };
    return launchResult(outcome, parentJob, context);
  });

const terminateMutation: MutationResolvers["terminateRun"] = (_, args, context) =>
  orRefusal(async () =>
    terminateResult(
      await terminateRun(
        context.instance,
        args.runId,
        args.terminatePolicy ?? "SAFE_TERMINATE",
        nowSeconds(),
        context.caller,
      ),
    ),
  );

const deleteMutation: MutationResolvers["deleteRun"] = (_, { runId }, context) =>
  orRefusal(async () => {
    const outcome = await deleteRun(context.instance, runId, context.caller);
    if (outcome.kind === "not_found") return runNotFound(runId);
    if (outcome.kind === "conflict") return userErrorMember("BAD_REQUEST", outcome.message);
    return { __typename: "DeletePipelineRunSuccess" as const, runId };
  });

export const resolvers: MutationResolvers = {
  launchRun: launchMutation,
  launchPipelineExecution: launchMutation,
  launchMultipleRuns: (_, { executionParamsList }, context) =>
    orPythonError(async () => {
      const results = [];
      for (const params of executionParamsList) results.push(await orRefusal(() => launch(params, context)));
      return { __typename: "LaunchMultipleRunsResult" as const, launchMultipleRunsResult: results };
    }),
  launchRunReexecution: reexecuteMutation,
  launchPipelineReexecution: reexecuteMutation,
  terminateRun: terminateMutation,
  terminatePipelineExecution: terminateMutation,
  terminateRuns: (_, args, context) =>
    orPythonError(async () => {
      const outcomes = await terminateRuns(
        context.instance,
        args.runIds,
        args.terminatePolicy ?? "SAFE_TERMINATE",
        nowSeconds(),
        context.caller,
      );
      const terminateRunResults = outcomes.map((outcome) =>
        outcome.kind === "error"
          ? presentPythonError(outcome.error)
          : outcome.kind === "unauthorized"
            ? { __typename: "UnauthorizedError" as const, message: outcome.message }
            : terminateResult(outcome),
      );
      return { __typename: "TerminateRunsResult" as const, terminateRunResults };
    }),
  deleteRun: deleteMutation,
  deletePipelineRun: deleteMutation,
};
