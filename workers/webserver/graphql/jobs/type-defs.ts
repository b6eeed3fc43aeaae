/**
 * Jobs (and their legacy `Pipeline` form), ops (`Solid`s in Dagster's schema) and their wiring.
 * Dagster returns the same list for `pipelines` and `jobs`; DagsterGraphQLClient reads `pipelines`.
 * @module
 */
/** A job snapshot's fields, shared by PipelineSnapshot and by Pipeline and Job (one object under two names). */
const snapshotFields = /* GraphQL */ `
    id: ID!
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
`;

const jobFields = /* GraphQL */ `${snapshotFields}
    isJob: Boolean!
    isAssetJob: Boolean!
    repository: Repository!
    presets: [PipelinePreset!]!
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

  "A job snapshot by its id (any loaded job whose snapshot it is) or by the selector of the job now loaded."
  type PipelineSnapshot implements SolidContainer & IPipelineSnapshot & PipelineReference {
${snapshotFields}    solidSelection: [String!]
  }

  union PipelineSnapshotOrError =
      PipelineSnapshot
    | PipelineSnapshotNotFoundError
    | PipelineNotFoundError
    | PythonError

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

  input GraphSelector {
    graphName: String!
    repositoryName: String!
    repositoryLocationName: String!
  }

  "A job's op graph on its own (Dagster's Graph); the graph of a job is named as the job."
  type Graph implements SolidContainer {
    id: ID!
    name: String!
    description: String
    solids: [Solid!]!
    solidHandle(handleID: String!): SolidHandle
    solidHandles(parentHandleID: String): [SolidHandle!]!
    modes: [Mode!]!
  }

  type GraphNotFoundError implements Error {
    message: String!
    graphName: String!
    repositoryName: String!
    repositoryLocationName: String!
  }

  union GraphOrError = Graph | GraphNotFoundError | PythonError

  type Query {
    pipelineOrError(params: PipelineSelector!): PipelineOrError!
    pipelineSnapshotOrError(snapshotId: String, activePipelineSelector: PipelineSelector): PipelineSnapshotOrError!
    graphOrError(selector: GraphSelector): GraphOrError!
  }
`;
