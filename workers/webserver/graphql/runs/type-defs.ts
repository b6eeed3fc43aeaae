/**
 * Runs, their filters, stats and groups. Times are epoch seconds (floats), as Dagster serves them.
 * @module
 */
/** The legacy PipelineRun interface's fields, which Run repeats (GraphQL has no field inheritance). */
const pipelineRunFields = /* GraphQL */ `
    id: ID!
    runId: String!
    pipelineSnapshotId: String
    pipeline: PipelineReference!
    pipelineName: String!
    jobName: String!
    solidSelection: [String!]
    stats: RunStatsSnapshotOrError!
    stepStats: [RunStepStats!]!
    executionPlan: ExecutionPlan
    stepKeysToExecute: [String!]
    runConfigYaml: String!
    runConfig: RunConfigData!
    mode: String!
    tags: [PipelineTag!]!
    rootRunId: String
    parentRunId: String
    canTerminate: Boolean!
    assets: [Asset!]!
    eventConnection(afterCursor: String, limit: Int): EventConnection!
    status: RunStatus!
`;

export const typeDefs = /* GraphQL */ `
  enum RunStatus {
    QUEUED
    NOT_STARTED
    MANAGED
    STARTING
    STARTED
    SUCCESS
    FAILURE
    CANCELING
    CANCELED
  }

  enum StepEventStatus {
    SKIPPED
    SUCCESS
    FAILURE
    IN_PROGRESS
  }

  input ExecutionTag {
    key: String!
    value: String!
  }

  input RunsFilter {
    runIds: [String]
    pipelineName: String
    tags: [ExecutionTag!]
    statuses: [RunStatus!]
    snapshotId: String
    updatedAfter: Float
    updatedBefore: Float
    createdBefore: Float
    createdAfter: Float
    mode: String
  }

  interface PipelineRun {
${pipelineRunFields}  }

  type Run implements PipelineRun {
${pipelineRunFields}    parentPipelineSnapshotId: String
    repositoryOrigin: RepositoryOrigin
    resolvedOpSelection: [String!]
    assetSelection: [AssetKey!]
    runStatus: RunStatus!
    creationTime: Float!
    startTime: Float
    endTime: Float
    updateTime: Float
    hasReExecutePermission: Boolean!
    hasTerminatePermission: Boolean!
    hasDeletePermission: Boolean!
    hasConcurrencyKeySlots: Boolean!
  }

  type AssetKey {
    path: [String!]!
  }

  type Asset {
    id: String!
    key: AssetKey!
  }

  type UnknownPipeline implements PipelineReference {
    name: String!
    solidSelection: [String!]
  }

  interface PipelineReference {
    name: String!
    solidSelection: [String!]
  }

  type RunStatsSnapshot {
    id: String!
    runId: String!
    stepsSucceeded: Int!
    stepsFailed: Int!
    materializations: Int!
    expectations: Int!
    enqueuedTime: Float
    launchTime: Float
    startTime: Float
    endTime: Float
  }

  union RunStatsSnapshotOrError = RunStatsSnapshot | PythonError

  type RunMarker {
    startTime: Float
    endTime: Float
  }

  type RunStepStats {
    runId: String!
    stepKey: String!
    status: StepEventStatus
    startTime: Float
    endTime: Float
    materializations: [MaterializationEvent!]!
    attempts: [RunMarker!]!
    markers: [RunMarker!]!
  }

  type ExecutionStepInput {
    name: String!
    dependsOn: [ExecutionStep!]!
  }

  type ExecutionStepOutput {
    name: String!
  }

  enum StepKind {
    COMPUTE
    UNRESOLVED_MAPPED
    UNRESOLVED_COLLECT
  }

  type ExecutionStep {
    key: String!
    solidHandleID: String!
    kind: StepKind!
    inputs: [ExecutionStepInput!]!
    outputs: [ExecutionStepOutput!]!
    metadata: [MetadataItemDefinition!]!
  }

  type ExecutionPlan {
    steps: [ExecutionStep!]!
    artifactsPersisted: Boolean!
  }

  type Runs {
    results: [Run!]!
    count: Int
  }

  union RunsOrError = Runs | InvalidPipelineRunsFilterError | PythonError

  type RunIds {
    results: [String!]!
  }

  union RunIdsOrError = RunIds | InvalidPipelineRunsFilterError | PythonError

  union RunOrError = Run | RunNotFoundError | PythonError

  type RunGroup {
    rootRunId: String!
    runs: [Run]
  }

  union RunGroupOrError = RunGroup | RunGroupNotFoundError | PythonError

  type RunTagKeys {
    keys: [String!]!
  }

  union RunTagKeysOrError = PythonError | RunTagKeys

  type PipelineTagAndValues {
    key: String!
    values: [String!]!
  }

  type RunTags {
    tags: [PipelineTagAndValues!]!
  }

  union RunTagsOrError = PythonError | RunTags

  type Query {
    runsOrError(filter: RunsFilter, cursor: String, limit: Int): RunsOrError!
    pipelineRunsOrError(filter: RunsFilter, cursor: String, limit: Int): RunsOrError!
    runIdsOrError(filter: RunsFilter, cursor: String, limit: Int): RunIdsOrError!
    runOrError(runId: ID!): RunOrError!
    pipelineRunOrError(runId: ID!): RunOrError!
    runGroupOrError(runId: ID!): RunGroupOrError!
    runTagKeysOrError: RunTagKeysOrError
    runTagsOrError(tagKeys: [String!], valuePrefix: String, limit: Int): RunTagsOrError
  }
`;
