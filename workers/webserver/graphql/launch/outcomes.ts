/**
 * Launch and terminate outcomes (shared/operations) as Dagster's result union members.
 * @module
 */
import type { LaunchOutcome } from "../../../../shared/operations/launch-run";
import type { TerminateOutcome } from "../../../../shared/operations/terminate-runs";
import { findJob } from "../../../../shared/workspace/lookup";
import type { ResolversParentTypes } from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { runNotFound } from "../errors/not-found";
import { presentPythonError } from "../errors/python-error";
import { runConfigInvalid } from "../run-config/validation";
import { typed } from "../typed";

type LaunchRequestNames = { locationName: string; repositoryName: string; jobName: string };

/** `jobOf` names the job launched, read only to answer an invalid subset with its job. */
export async function launchResult(
  outcome: LaunchOutcome,
  jobOf: () => Promise<LaunchRequestNames>,
  context: GraphQLContext,
): Promise<ResolversParentTypes["LaunchRunResult"]> {
  switch (outcome.kind) {
    case "launched":
      return { __typename: "LaunchRunSuccess", run: outcome.run };
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
    case "invalid_subset": {
      // The job whose subset was refused (it was found to be subset); its lookup cannot fail here.
      const job = await jobOf();
      const lookup = findJob(await context.locationEntries(), job);
      if (lookup.kind !== "found")
        throw new Error(`Job ${job.jobName} vanished while its selection was checked`);
      return { __typename: "InvalidSubsetError", message: outcome.message, pipeline: lookup };
    }
    case "invalid_run_config":
      return runConfigInvalid(outcome.jobName, outcome.errors, outcome.job.runConfigSchema);
    case "invalid_step":
      return { __typename: "InvalidStepError", invalidStepKey: outcome.stepKey };
    case "run_conflict":
      return { __typename: "RunConflict", message: outcome.message };
  }
}

export function terminateResult(outcome: TerminateOutcome): ResolversParentTypes["TerminateRunResult"] {
  switch (outcome.kind) {
    case "terminated":
      return { __typename: "TerminateRunSuccess", run: outcome.run };
    case "not_found":
      return runNotFound(outcome.runId);
    case "failed":
      return typed("TerminateRunFailure", { run: outcome.run, message: outcome.message });
  }
}
