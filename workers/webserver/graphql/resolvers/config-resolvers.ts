/**
 * Run config schema and validation queries (the launchpad's).
 * @module
 */
import type { JobSnapshot } from "../../../../shared/protocol/code-location-protocol";
import { parseRunConfigData } from "../../../../shared/run-config/parse-run-config-data";
import { scaffoldRunConfigYaml } from "../../../../shared/run-config/scaffold-run-config";
import { validateRunConfig } from "../../../../shared/run-config/validate-run-config";
import type { GraphQLContext } from "../context";
import { presentRunConfigValidation } from "../presenters/config-validation";
import { presentConfigTypes } from "../presenters/config-types";
import { orPythonError } from "../presenters/errors";
import { lookupJob, type PipelineSelectorInput } from "./lookups";

function validate(job: JobSnapshot, runConfigData: unknown) {
  return presentRunConfigValidation(job.name, validateRunConfig(parseRunConfigData(runConfigData), job.runConfigSchema), job.runConfigSchema);
}

export const configQueries = {
  runConfigSchemaOrError: (_: unknown, { selector }: { selector: PipelineSelectorInput }, context: GraphQLContext) =>
    orPythonError(async () => {
      const lookup = await lookupJob(selector, context);
      if (lookup.kind !== "found") return lookup.error;
      const { job } = lookup;
      const types = presentConfigTypes(job.runConfigSchema);
      return {
        __typename: "RunConfigSchema",
        rootConfigType: types.root,
        allConfigTypes: types.all,
        rootDefaultYaml: scaffoldRunConfigYaml(job.runConfigSchema, job.defaultRunConfig),
        isRunConfigValid: ({ runConfigData }: { runConfigData?: unknown }) => orPythonError(async () => validate(job, runConfigData)),
      };
    }),
  isPipelineConfigValid: (_: unknown, args: { pipeline: PipelineSelectorInput; runConfigData?: unknown }, context: GraphQLContext) =>
    orPythonError(async () => {
      const lookup = await lookupJob(args.pipeline, context);
      return lookup.kind === "found" ? validate(lookup.job, args.runConfigData) : lookup.error;
    }),
};
