/**
 * The Query and Mutation roots, with Dagster's argument types exactly (DagsterGraphQLClient validates its
 * documents against our introspection, so `runId: ID!` vs `String!` matters).
 * @module
 */
export const rootTypeDefs = /* GraphQL */ `
  type Query {
    version: String!
    instance: Instance!
    permissions: [Permission!]!
    canBulkTerminate: Boolean!

    workspaceOrError: WorkspaceOrError!
    workspaceLocationEntryOrError(name: String!): WorkspaceLocationEntryOrError
    locationStatusesOrError: WorkspaceLocationStatusEntriesOrError!
    repositoriesOrError(repositorySelector: RepositorySelector): RepositoriesOrError!
    repositoryOrError(repositorySelector: RepositorySelector!): RepositoryOrError!

    pipelineOrError(params: PipelineSelector!): PipelineOrError!
    runConfigSchemaOrError(selector: PipelineSelector!, mode: String): RunConfigSchemaOrError!
    isPipelineConfigValid(pipeline: PipelineSelector!, mode: String!, runConfigData: RunConfigData): PipelineConfigValidationResult!

    runsOrError(filter: RunsFilter, cursor: String, limit: Int): RunsOrError!
    pipelineRunsOrError(filter: RunsFilter, cursor: String, limit: Int): RunsOrError!
    runIdsOrError(filter: RunsFilter, cursor: String, limit: Int): RunIdsOrError!
    runOrError(runId: ID!): RunOrError!
    pipelineRunOrError(runId: ID!): RunOrError!
    runGroupOrError(runId: ID!): RunGroupOrError!
    runTagKeysOrError: RunTagKeysOrError
    runTagsOrError(tagKeys: [String!], valuePrefix: String, limit: Int): RunTagsOrError
    logsForRun(runId: ID!, afterCursor: String, limit: Int): EventConnectionOrError!
  }

  type Mutation {
    reloadRepositoryLocation(repositoryLocationName: String!): ReloadRepositoryLocationMutationResult!
    reloadWorkspace: ReloadWorkspaceMutationResult!
  }
`;
