/**
 * A repository's top-level resources (Dagster's ResourceDetails): their config fields and configured
 * values (env var references by name, never values), the resources they depend on and are depended on
 * by, the jobs and ops that use them, and the environment variables they read.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  input ResourceSelector {
    repositoryName: String!
    repositoryLocationName: String!
    resourceName: String!
  }

  enum ConfiguredValueType {
    VALUE
    ENV_VAR
  }

  "A config value given in the definitions: VALUE as JSON text, ENV_VAR as the variable's name."
  type ConfiguredValue {
    key: String!
    value: String!
    type: ConfiguredValueType!
  }

  enum NestedResourceType {
    ANONYMOUS
    TOP_LEVEL
  }

  type NestedResourceEntry {
    name: String!
    type: NestedResourceType!
    resource: ResourceDetails
  }

  type JobWithOps {
    jobName: String!
    opHandleIDs: [String!]!
  }

  type ResourceDetails {
    id: String!
    name: String!
    description: String
    configFields: [ConfigTypeField!]!
    configuredValues: [ConfiguredValue!]!
    isTopLevel: Boolean!
    nestedResources: [NestedResourceEntry!]!
    parentResources: [NestedResourceEntry!]!
    resourceType: String!
    assetKeysUsing: [AssetKey!]!
    jobsOpsUsing: [JobWithOps!]!
    schedulesUsing: [String!]!
    sensorsUsing: [String!]!
  }

  type ResourceDetailsList {
    results: [ResourceDetails!]!
  }

  type ResourceNotFoundError implements Error {
    message: String!
    resourceName: String!
  }

  union ResourceDetailsOrError = ResourceDetails | ResourceNotFoundError | PythonError
  union ResourceDetailsListOrError = ResourceDetailsList | RepositoryNotFoundError | PythonError

  enum EnvVarConsumerType {
    RESOURCE
  }

  type EnvVarConsumer {
    type: EnvVarConsumerType!
    name: String!
  }

  type EnvVarWithConsumers {
    envVarName: String!
    envVarConsumers: [EnvVarConsumer!]!
  }

  type EnvVarWithConsumersList {
    results: [EnvVarWithConsumers!]!
  }

  union EnvVarWithConsumersOrError = EnvVarWithConsumersList | PythonError

  type Query {
    topLevelResourceDetailsOrError(resourceSelector: ResourceSelector!): ResourceDetailsOrError!
    allTopLevelResourceDetailsOrError(repositorySelector: RepositorySelector!): ResourceDetailsListOrError!
    utilizedEnvVarsOrError(repositorySelector: RepositorySelector!): EnvVarWithConsumersOrError!
  }
`;
