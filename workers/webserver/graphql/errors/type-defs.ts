/**
 * Dagster's error types. Domain failures are returned in-band as union members, never as top-level
 * GraphQL errors, because DagsterGraphQLClient treats any top-level error as a transport failure.
 * `message` is `String!` on every error: the client selects it on sibling types, and a nullable one
 * would break its OverlappingFieldsCanBeMerged validation.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  interface Error {
    message: String!
  }

  type PythonError implements Error {
    message: String!
    className: String
    stack: [String!]!
    cause: PythonError
    causes: [PythonError!]!
    errorChain: [ErrorChainLink!]!
  }

  type ErrorChainLink implements Error {
    message: String!
    error: PythonError!
    isExplicitLink: Boolean!
  }

  type UnauthorizedError implements Error {
    message: String!
  }

  type PipelineNotFoundError implements Error {
    message: String!
    pipelineName: String!
    repositoryName: String!
    repositoryLocationName: String!
  }

  interface PipelineRunNotFoundError {
    runId: String!
    message: String!
  }

  type RunNotFoundError implements PipelineRunNotFoundError & Error {
    runId: String!
    message: String!
  }

  interface PipelineRunConflict {
    message: String!
  }

  type RunConflict implements PipelineRunConflict & Error {
    message: String!
  }

  type InvalidSubsetError implements Error {
    message: String!
    pipeline: Pipeline!
  }

  type PresetNotFoundError implements Error {
    message: String!
    preset: String!
  }

  type ConflictingExecutionParamsError implements Error {
    message: String!
  }

  type NoModeProvidedError implements Error {
    message: String!
    pipelineName: String!
  }

  type ModeNotFoundError implements Error {
    message: String!
    mode: String!
  }

  type InvalidStepError {
    invalidStepKey: String!
  }

  type InvalidOutputError {
    stepKey: String!
    invalidOutputName: String!
  }

  type InvalidPipelineRunsFilterError implements Error {
    message: String!
  }

  type RepositoryNotFoundError implements Error {
    message: String!
    repositoryName: String!
    repositoryLocationName: String!
  }

  type RepositoryLocationNotFound implements Error {
    message: String!
  }

  type ReloadNotSupported implements Error {
    message: String!
  }

  type ScheduleNotFoundError implements Error {
    message: String!
    scheduleName: String!
  }

  type SensorNotFoundError implements Error {
    message: String!
    sensorName: String!
  }

  type RunGroupNotFoundError implements Error {
    message: String!
    runId: String!
  }

  type InstigationStateNotFoundError implements Error {
    message: String!
    name: String!
  }

  type PipelineSnapshotNotFoundError implements Error {
    message: String!
    snapshotId: String!
  }
`;
