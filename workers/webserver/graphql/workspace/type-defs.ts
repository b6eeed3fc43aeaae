/**
 * Workspace, code location and repository types. Ids matter: Dagster's UI keys its Apollo cache on them.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  enum RepositoryLocationLoadStatus {
    LOADING
    LOADED
  }

  type RepositoryMetadata {
    key: String!
    value: String!
  }

  type Permission {
    permission: String!
    value: Boolean!
    disabledReason: String
  }

  type FeatureFlag {
    name: String!
    enabled: Boolean!
  }

  type Workspace {
    id: String!
    locationEntries: [WorkspaceLocationEntry!]!
  }

  union WorkspaceOrError = Workspace | PythonError

  union RepositoryLocationOrLoadError = RepositoryLocation | PythonError

  type WorkspaceLocationEntry {
    id: ID!
    name: String!
    locationOrLoadError: RepositoryLocationOrLoadError
    loadStatus: RepositoryLocationLoadStatus!
    displayMetadata: [RepositoryMetadata!]!
    updatedTimestamp: Float!
    versionKey: String!
    permissions: [Permission!]!
    featureFlags: [FeatureFlag!]!
  }

  union WorkspaceLocationEntryOrError = WorkspaceLocationEntry | PythonError

  type WorkspaceLocationStatusEntry {
    id: ID!
    name: String!
    loadStatus: RepositoryLocationLoadStatus!
    updateTimestamp: Float!
    versionKey: String!
  }

  type WorkspaceLocationStatusEntries {
    entries: [WorkspaceLocationStatusEntry!]!
  }

  union WorkspaceLocationStatusEntriesOrError = WorkspaceLocationStatusEntries | PythonError

  type DagsterLibraryVersion {
    name: String!
    version: String!
  }

  type RepositoryLocation {
    id: ID!
    name: String!
    isReloadSupported: Boolean!
    environmentPath: String
    repositories: [Repository!]!
    serverId: String
    dagsterLibraryVersions: [DagsterLibraryVersion!]
  }

  type RepositoryOrigin {
    id: String!
    repositoryLocationName: String!
    repositoryName: String!
    repositoryLocationMetadata: [RepositoryMetadata!]!
  }

  type Repository {
    id: ID!
    name: String!
    location: RepositoryLocation!
    pipelines: [Pipeline!]!
    jobs: [Job!]!
    usedSolids: [UsedSolid!]!
    usedSolid(name: String!): UsedSolid
    origin: RepositoryOrigin!
    schedules: [Schedule!]!
    sensors(sensorType: SensorType): [Sensor!]!
    displayMetadata: [RepositoryMetadata!]!
    allTopLevelResourceDetails: [ResourceDetails!]!
  }

  type UsedSolid {
    definition: SolidDefinition!
    invocations: [NodeInvocationSite!]!
  }

  type NodeInvocationSite {
    pipeline: Pipeline!
    solidHandle: SolidHandle!
  }

  type RepositoryConnection {
    nodes: [Repository!]!
  }

  union RepositoriesOrError = RepositoryConnection | RepositoryNotFoundError | PythonError
  union RepositoryOrError = Repository | RepositoryNotFoundError | PythonError

  input RepositorySelector {
    repositoryName: String!
    repositoryLocationName: String!
  }

  union ReloadRepositoryLocationMutationResult =
      WorkspaceLocationEntry
    | ReloadNotSupported
    | RepositoryLocationNotFound
    | UnauthorizedError
    | PythonError

  union ReloadWorkspaceMutationResult = Workspace | UnauthorizedError | PythonError

  type ShutdownRepositoryLocationSuccess {
    repositoryLocationName: String!
  }

  union ShutdownRepositoryLocationMutationResult =
      ShutdownRepositoryLocationSuccess
    | RepositoryLocationNotFound
    | UnauthorizedError
    | PythonError

  type Mutation {
    reloadRepositoryLocation(repositoryLocationName: String!): ReloadRepositoryLocationMutationResult!
    reloadWorkspace: ReloadWorkspaceMutationResult!
    shutdownRepositoryLocation(repositoryLocationName: String!): ShutdownRepositoryLocationMutationResult!
  }

  type Query {
    workspaceOrError: WorkspaceOrError!
    workspaceLocationEntryOrError(name: String!): WorkspaceLocationEntryOrError
    locationStatusesOrError: WorkspaceLocationStatusEntriesOrError!
    repositoriesOrError(repositorySelector: RepositorySelector): RepositoriesOrError!
    repositoryOrError(repositorySelector: RepositorySelector!): RepositoryOrError!
  }
`;
