/**
 * executionPlanOrError: the selected job's plan from shared/planning (mapped steps still unresolved, as
 * UNRESOLVED_MAPPED / UNRESOLVED_COLLECT), once its run config is valid.
 * @module
 */
import { parseRunConfigData } from "../../../../shared/run-config/parse-run-config-data";
import { validateRunConfig } from "../../../../shared/run-config/validate-run-config";
import type { Resolvers } from "../__generated__/resolvers-types";
import { orPythonError } from "../errors/python-error";
import { lookupJob } from "../jobs/lookup-job";
import { runConfigInvalid } from "../run-config/validation";
import { presentExecutionPlan } from "../runs/execution-plan";
import { typed } from "../typed";

export const resolvers: Resolvers = {
  Query: {
    executionPlanOrError: (_, { pipeline, runConfigData }, context) =>
      orPythonError(async () => {
        const lookup = await lookupJob(pipeline, context);
        if (lookup.kind !== "found") return lookup.error;
        const { job } = lookup;
        const errors = validateRunConfig(parseRunConfigData(runConfigData), job.runConfigSchema);
        if (errors.length > 0) return runConfigInvalid(job.name, errors, job.runConfigSchema);
        return typed("ExecutionPlan", presentExecutionPlan(job, null));
      }),
  },
};
