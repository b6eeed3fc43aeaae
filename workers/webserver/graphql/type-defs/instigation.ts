/**
 * Schedules, sensors, their stored state (InstigationState) and ticks.
 * @module
 */
export const instigationTypeDefs = /* GraphQL */ `
  enum InstigationStatus {
    RUNNING
    STOPPED
  }

  enum InstigationType {
    SCHEDULE
    SENSOR
    AUTO_MATERIALIZE
  }

  enum InstigationTickStatus {
    STARTED
    SKIPPED
    SUCCESS
    FAILURE
  }

  enum SensorType {
    STANDARD
    RUN_STATUS
    ASSET
    MULTI_ASSET
    FRESHNESS_POLICY
    AUTO_MATERIALIZE
    UNKNOWN
  }

  type ScheduleData {
    cronSchedule: String!
    startTimestamp: Float
  }

  type SensorData {
    lastTickTimestamp: Float
    lastRunKey: String
    lastCursor: String
  }

  union InstigationTypeSpecificData = SensorData | ScheduleData

  type InstigationTick {
    id: ID!
    tickId: ID!
    status: InstigationTickStatus!
    timestamp: Float!
    endTimestamp: Float
    runIds: [String!]!
    runKeys: [String!]!
    error: PythonError
    skipReason: String
    cursor: String
    runs: [Run!]!
    originRunIds: [String!]!
    logKey: [String!]
  }

  type DryRunInstigationTick {
    timestamp: Float
  }

  type InstigationState {
    id: ID!
    selectorId: String!
    name: String!
    instigationType: InstigationType!
    status: InstigationStatus!
    repositoryName: String!
    repositoryLocationName: String!
    repositoryOrigin: RepositoryOrigin!
    typeSpecificData: InstigationTypeSpecificData
    runs(limit: Int): [Run!]!
    runsCount: Int!
    tick(tickId: ID!): InstigationTick
    ticks(dayRange: Int, dayOffset: Int, limit: Int, cursor: String, statuses: [InstigationTickStatus!], beforeTimestamp: Float, afterTimestamp: Float): [InstigationTick!]!
    nextTick: DryRunInstigationTick
    runningCount: Int!
    hasStartPermission: Boolean!
    hasStopPermission: Boolean!
  }

  type FutureInstigationTick {
    timestamp: Float!
  }

  type FutureInstigationTicks {
    results: [FutureInstigationTick!]!
    cursor: Float!
  }

  type Schedule {
    id: ID!
    name: String!
    cronSchedule: String!
    pipelineName: String!
    solidSelection: [String]
    mode: String!
    executionTimezone: String
    description: String
    defaultStatus: InstigationStatus!
    canReset: Boolean!
    scheduleState: InstigationState!
    futureTicks(cursor: Float, limit: Int, until: Float): FutureInstigationTicks!
    futureTick(tickTimestamp: Int!): DryRunInstigationTick!
  }

  type Target {
    pipelineName: String!
    mode: String!
    solidSelection: [String!]
  }

  type Sensor {
    id: ID!
    jobOriginId: String!
    name: String!
    targets: [Target!]
    defaultStatus: InstigationStatus!
    canReset: Boolean!
    sensorState: InstigationState!
    minIntervalSeconds: Int!
    description: String
    nextTick: DryRunInstigationTick
    sensorType: SensorType!
  }
`;
