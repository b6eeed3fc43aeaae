/**
 * Launch and terminate outcomes as Dagster's result union members.
 * @module
 */
import type { LaunchOutcome } from "../../../../shared/operations/launch-run";
import type { TerminateOutcome } from "../../../../shared/operations/terminate-runs";
import type { GraphQLContext } from "../context";
import { presentRunConfigValidation } from "./config-validation";
import { presentPythonError, runNotFound } from "./errors";
import { presentRun } from "./run";

export function presentLaunchOutcome(outcome: LaunchOutcome, context: GraphQLContext) {
  switch (outcome.kind) {
    case "launched":
      return { __typename: "LaunchRunSuccess", run: presentRun(outcome.run, context) };
    case "job_not_found":
      return {
        __typename: "PipelineNotFoundError",
        message: outcome.message,
        pipelineName: outcome.jobName,
        repositoryName: outcome.repositoryName,
        repositoryLocationName: outcome.locationName,
      };
    case "location_error":
      return presentPythonError(outcome.error);
    case "invalid_subset":
      return { __typename: "InvalidSubsetError", message: outcome.message, pipeline: null };
    case "invalid_run_config":
      return presentRunConfigValidation(outcome.jobName, outcome.errors, outcome.job.runConfigSchema);
    case "invalid_step":
      return { __typename: "InvalidStepError", invalidStepKey: outcome.stepKey };
    case "run_conflict":
      return { __typename: "RunConflict", message: outcome.message };
  }
}

export function presentTerminateOutcome(outcome: TerminateOutcome, context: GraphQLContext) {
  switch (outcome.kind) {
    case "terminated":
      return { __typename: "TerminateRunSuccess", run: presentRun(outcome.run, context) };
    case "not_found":
      return runNotFound(outcome.runId);
    case "failed":
      return { __typename: "TerminateRunFailure", run: presentRun(outcome.run, context), message: outcome.message };
  }
}
