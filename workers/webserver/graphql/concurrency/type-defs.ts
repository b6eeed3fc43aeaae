/**
 * Op concurrency pools (Dagster's ConcurrencyKeyInfo): each pool's limit, slots held and waiting steps on
 * the Instance, and the mutations that set limits and free stuck slots.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  type ClaimedConcurrencySlot {
    runId: String!
    stepKey: String!
  }

  type PendingConcurrencyStep {
    runId: String!
    stepKey: String!
    enqueuedTimestamp: Float!
    assignedTimestamp: Float
    priority: Int
  }

  type ConcurrencyKeyInfo {
    concurrencyKey: String!
    slotCount: Int!
    claimedSlots: [ClaimedConcurrencySlot!]!
    pendingSteps: [PendingConcurrencyStep!]!
    activeSlotCount: Int!
    activeRunIds: [String!]!
    pendingStepCount: Int!
    pendingStepRunIds: [String!]!
    assignedStepCount: Int!
    assignedStepRunIds: [String!]!
    limit: Int
    usingDefaultLimit: Boolean
  }

  type PoolConfig {
    poolGranularity: String
    defaultPoolLimit: Int
    opGranularityRunBuffer: Int
  }

  extend type Instance {
    minConcurrencyLimitValue: Int!
    maxConcurrencyLimitValue: Int!
    concurrencyLimits: [ConcurrencyKeyInfo!]!
    concurrencyLimit(concurrencyKey: String!): ConcurrencyKeyInfo!
    poolConfig: PoolConfig
  }

  type Mutation {
    setConcurrencyLimit(concurrencyKey: String!, limit: Int!): Boolean!
    deleteConcurrencyLimit(concurrencyKey: String!): Boolean!
    freeConcurrencySlotsForRun(runId: String!): Boolean!
    freeConcurrencySlots(runId: String!, stepKey: String): Boolean!
  }
`;
