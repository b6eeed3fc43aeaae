/**
 * Jobs (and their legacy `Pipeline` form), ops (`Solid`s in Dagster's schema) and their wiring.
 * Dagster returns the same list for `pipelines` and `jobs`; DagsterGraphQLClient reads `pipelines`.
 * @module
 */
/** Pipeline and Job are the same object under two names (Job is the newer one). */
const jobFields = /* GraphQL */ `
    id: ID!
    name: String!
    description: String
    isJob: Boolean!
    isAssetJob: Boolean!
    repository: Repository!
    pipelineSnapshotId: String!
    dagsterTypes: [DagsterType!]!
    dagsterTypeOrError(dagsterTypeName: String!): DagsterTypeOrError!
    solids: [Solid!]!
    modes: [Mode!]!
    presets: [PipelinePreset!]!
    solidHandles(parentHandleID: String): [SolidHandle!]!
    solidHandle(handleID: String!): SolidHandle
    tags: [PipelineTag!]!
    runs(cursor: String, limit: Int): [Run!]!
    schedules: [Schedule!]!
    sensors: [Sensor!]!
    parentSnapshotId: String
    graphName: String!
`;

export const typeDefs = /* GraphQL */ `
  input PipelineSelector {
    pipelineName: String!
    repositoryName: String!
    repositoryLocationName: String!
    solidSelection: [String!]
  }

  type PipelineTag {
    key: String!
    value: String!
  }

  type Mode {
    id: String!
    name: String!
    description: String
    resources: [Resource!]!
    loggers: [Logger!]!
  }

  type Resource {
    name: String!
    description: String
    configField: ConfigTypeField
  }

  type Logger {
    name: String!
    description: String
    configField: ConfigTypeField
  }

  type PipelinePreset {
    name: String!
    solidSelection: [String!]
    runConfigYaml: String!
    mode: String!
    tags: [PipelineTag!]!
  }

  interface SolidContainer {
    id: ID!
    name: String!
    description: String
    solids: [Solid!]!
    solidHandle(handleID: String!): SolidHandle
    solidHandles(parentHandleID: String): [SolidHandle!]!
    modes: [Mode!]!
  }

  interface IPipelineSnapshot {
    name: String!
    description: String
    pipelineSnapshotId: String!
    dagsterTypes: [DagsterType!]!
    dagsterTypeOrError(dagsterTypeName: String!): DagsterTypeOrError!
    solids: [Solid!]!
    modes: [Mode!]!
    solidHandles(parentHandleID: String): [SolidHandle!]!
    solidHandle(handleID: String!): SolidHandle
    tags: [PipelineTag!]!
    runs(cursor: String, limit: Int): [Run!]!
    schedules: [Schedule!]!
    sensors: [Sensor!]!
    parentSnapshotId: String
    graphName: String!
  }

  type Pipeline implements SolidContainer & IPipelineSnapshot {
${jobFields}  }

  type Job implements SolidContainer & IPipelineSnapshot {
${jobFields}  }

  union PipelineOrError = Pipeline | PipelineNotFoundError | InvalidSubsetError | PythonError

  type Solid {
    name: String!
    definition: SolidDefinition!
    inputs: [Input!]!
    outputs: [Output!]!
    isDynamicMapped: Boolean!
  }

  type SolidHandle {
    handleID: String!
    solid: Solid!
    parent: SolidHandle
  }

  type SolidDefinition {
    name: String!
    description: String
    metadata: [MetadataItemDefinition!]!
    inputDefinitions: [InputDefinition!]!
    outputDefinitions: [OutputDefinition!]!
    configField: ConfigTypeField
    requiredResources: [ResourceRequirement!]!
    retryPolicy: OpRetryPolicy
  }

  type OpRetryPolicy {
    maxRetries: Int!
    delay: Float
    backoff: String
    jitter: String
  }

  type MetadataItemDefinition {
    key: String!
    value: String!
  }

  type ResourceRequirement {
    resourceKey: String!
  }

  type InputDefinition {
    solidDefinition: SolidDefinition!
    name: String!
    description: String
    type: DagsterType!
  }

  type OutputDefinition {
    solidDefinition: SolidDefinition!
    name: String!
    description: String
    isDynamic: Boolean
    type: DagsterType!
  }

  type Input {
    solid: Solid!
    definition: InputDefinition!
    dependsOn: [Output!]!
    isDynamicCollect: Boolean!
  }

  type Output {
    solid: Solid!
    definition: OutputDefinition!
    dependedBy: [Input!]!
  }

  interface DagsterType {
    key: String!
    name: String
    displayName: String!
    description: String
    isNullable: Boolean!
    isList: Boolean!
    isBuiltin: Boolean!
    isNothing: Boolean!
    innerTypes: [DagsterType!]!
  }

  type RegularDagsterType implements DagsterType {
    key: String!
    name: String
    displayName: String!
    description: String
    isNullable: Boolean!
    isList: Boolean!
    isBuiltin: Boolean!
    isNothing: Boolean!
    innerTypes: [DagsterType!]!
  }

  type DagsterTypeNotFoundError implements Error {
    message: String!
    dagsterTypeName: String!
  }

  union DagsterTypeOrError = RegularDagsterType | PipelineNotFoundError | DagsterTypeNotFoundError | PythonError

  type Query {
    pipelineOrError(params: PipelineSelector!): PipelineOrError!
  }
`;
