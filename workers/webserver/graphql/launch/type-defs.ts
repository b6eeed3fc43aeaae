/**
 * Launching, re-executing, terminating and deleting runs, with Dagster's input types and result unions
 * (including the legacy `LaunchPipelineRunSuccess` interface DagsterGraphQLClient still selects).
 * @module
 */
/** Launches and re-executions answer with the same members. */
const launchResultMembers = `
      LaunchRunSuccess
    | InvalidStepError
    | InvalidOutputError
    | RunConfigValidationInvalid
    | PipelineNotFoundError
    | RunConflict
    | UnauthorizedError
    | PythonError
    | InvalidSubsetError
    | PresetNotFoundError
    | ConflictingExecutionParamsError
    | NoModeProvidedError`;

export const typeDefs = /* GraphQL */ `
  input JobOrPipelineSelector {
    pipelineName: String
    jobName: String
    repositoryName: String!
    repositoryLocationName: String!
    solidSelection: [String!]
  }

  input ExecutionMetadata {
    runId: String
    tags: [ExecutionTag!]
    rootRunId: String
    parentRunId: String
  }

  input ExecutionParams {
    selector: JobOrPipelineSelector!
    runConfigData: RunConfigData
    mode: String
    executionMetadata: ExecutionMetadata
    stepKeys: [String!]
    preset: String
  }

  enum ReexecutionStrategy {
    FROM_FAILURE
    ALL_STEPS
  }

  input ReexecutionParams {
    parentRunId: String!
    strategy: ReexecutionStrategy!
    extraTags: [ExecutionTag!]
  }

  enum TerminateRunPolicy {
    SAFE_TERMINATE
    MARK_AS_CANCELED_IMMEDIATELY
  }

  interface LaunchPipelineRunSuccess {
    run: Run!
  }

  type LaunchRunSuccess implements LaunchPipelineRunSuccess {
    run: Run!
  }

  union LaunchRunResult =${launchResultMembers}
  union LaunchRunReexecutionResult =${launchResultMembers}
  type LaunchMultipleRunsResult {
    launchMultipleRunsResult: [LaunchRunResult!]!
  }

  union LaunchMultipleRunsResultOrError = LaunchMultipleRunsResult | PythonError

  type TerminateRunSuccess {
    run: Run!
  }

  type TerminateRunFailure {
    run: Run
    message: String!
  }

  union TerminateRunResult = TerminateRunSuccess | TerminateRunFailure | RunNotFoundError | UnauthorizedError | PythonError

  type TerminateRunsResult {
    terminateRunResults: [TerminateRunResult!]!
  }

  union TerminateRunsResultOrError = TerminateRunsResult | PythonError

  type DeletePipelineRunSuccess {
    runId: String!
  }

  union DeletePipelineRunResult = DeletePipelineRunSuccess | UnauthorizedError | PythonError | RunNotFoundError

  type Mutation {
    launchRun(executionParams: ExecutionParams!): LaunchRunResult!
    launchPipelineExecution(executionParams: ExecutionParams!): LaunchRunResult!
    launchMultipleRuns(executionParamsList: [ExecutionParams!]!): LaunchMultipleRunsResultOrError!
    launchRunReexecution(executionParams: ExecutionParams, reexecutionParams: ReexecutionParams): LaunchRunReexecutionResult!
    launchPipelineReexecution(executionParams: ExecutionParams, reexecutionParams: ReexecutionParams): LaunchRunReexecutionResult!
    terminateRun(runId: String!, terminatePolicy: TerminateRunPolicy): TerminateRunResult!
    terminatePipelineExecution(runId: String!, terminatePolicy: TerminateRunPolicy): TerminateRunResult!
    terminateRuns(runIds: [String!]!, terminatePolicy: TerminateRunPolicy): TerminateRunsResultOrError!
    deleteRun(runId: String!): DeletePipelineRunResult!
    deletePipelineRun(runId: String!): DeletePipelineRunResult!
  }
`;
