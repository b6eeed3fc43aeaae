/**
 * A job's execution plan before any run (Dagster's executionPlanOrError): what the launchpad previews for
 * a selection and run config. The ExecutionPlan type itself is the runs domain's (a run has one too).
 * @module
 */
export const typeDefs = /* GraphQL */ `
  union ExecutionPlanOrError =
      ExecutionPlan
    | RunConfigValidationInvalid
    | PipelineNotFoundError
    | InvalidSubsetError
    | PythonError

  type Query {
    executionPlanOrError(pipeline: PipelineSelector!, mode: String!, runConfigData: RunConfigData): ExecutionPlanOrError!
  }
`;
