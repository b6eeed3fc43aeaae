/**
 * The instance: run launcher, queue config and daemon health.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  type RunLauncher {
    name: String!
  }

  type RunQueueConfig {
    maxConcurrentRuns: Int!
    tagConcurrencyLimitsYaml: String
    isOpConcurrencyAware: Boolean
  }

  type DaemonStatus {
    id: ID!
    daemonType: String!
    required: Boolean!
    healthy: Boolean
    lastHeartbeatTime: Float
    lastHeartbeatErrors: [PythonError!]!
  }

  type DaemonHealth {
    id: String!
    daemonStatus(daemonType: String): DaemonStatus!
    allDaemonStatuses: [DaemonStatus!]!
  }

  type Instance {
    id: String!
    info: String
    runLauncher: RunLauncher
    runQueuingSupported: Boolean!
    runQueueConfig: RunQueueConfig
    hasInfo: Boolean!
    daemonHealth: DaemonHealth!
    executablePath: String!
    autoMaterializePaused: Boolean!
    supportsConcurrencyLimits: Boolean!
    useAutoMaterializeSensors: Boolean!
  }

  type Query {
    version: String!
    instance: Instance!
    permissions: [Permission!]!
    canBulkTerminate: Boolean!
  }
`;
