/**
 * Schedules, sensors, their stored state (InstigationState) and ticks.
 *
 * Schedule and sensor queries and the mutations that turn them on and off (Dagster's shapes, including
 * the legacy origin-id arguments of stopRunningSchedule / stopSensor), and the dry runs that evaluate one
 * on its code location without creating runs or ticks.
 * @module
 */
export const typeDefs = /* GraphQL */ `
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
  input ScheduleSelector {
    repositoryName: String!
    repositoryLocationName: String!
    scheduleName: String!
  }

  input SensorSelector {
    repositoryName: String!
    repositoryLocationName: String!
    sensorName: String!
  }

  input InstigationSelector {
    repositoryName: String!
    repositoryLocationName: String!
    name: String!
  }

  type Schedules {
    results: [Schedule!]!
  }

  type Sensors {
    results: [Sensor!]!
  }

  union SchedulesOrError = Schedules | RepositoryNotFoundError | PythonError
  union ScheduleOrError = Schedule | ScheduleNotFoundError | PythonError
  union SensorsOrError = Sensors | RepositoryNotFoundError | PythonError
  union SensorOrError = Sensor | SensorNotFoundError | UnauthorizedError | PythonError
  union InstigationStateOrError = InstigationState | InstigationStateNotFoundError | PythonError

  type InstigationStates {
    results: [InstigationState!]!
  }

  union InstigationStatesOrError = InstigationStates | PythonError

  type ScheduleStateResult {
    scheduleState: InstigationState!
  }

  union ScheduleMutationResult = ScheduleStateResult | ScheduleNotFoundError | UnauthorizedError | PythonError

  type StopSensorMutationResult {
    instigationState: InstigationState
  }

  union StopSensorMutationResultOrError = StopSensorMutationResult | UnauthorizedError | PythonError

  type RunRequest {
    runKey: String
    tags: [PipelineTag!]!
    runConfigYaml: String!
    jobName: String
  }

  type TickEvaluation {
    runRequests: [RunRequest]
    skipReason: String
    error: PythonError
    cursor: String
  }

  extend type DryRunInstigationTick {
    evaluationResult: TickEvaluation
  }

  union ScheduleDryRunResult = DryRunInstigationTick | ScheduleNotFoundError | PythonError
  union SensorDryRunResult = DryRunInstigationTick | SensorNotFoundError | PythonError

  type Query {
    schedulesOrError(repositorySelector: RepositorySelector!, scheduleStatus: InstigationStatus): SchedulesOrError!
    scheduleOrError(scheduleSelector: ScheduleSelector!): ScheduleOrError!
    sensorsOrError(repositorySelector: RepositorySelector!, sensorStatus: InstigationStatus): SensorsOrError!
    sensorOrError(sensorSelector: SensorSelector!): SensorOrError!
    instigationStateOrError(instigationSelector: InstigationSelector, id: String): InstigationStateOrError!
    "Every schedule's and sensor's state in the repository whose Repository.id is repositoryID."
    instigationStatesOrError(repositoryID: String!): InstigationStatesOrError!
  }

  type Mutation {
    startSchedule(scheduleSelector: ScheduleSelector!): ScheduleMutationResult!
    stopRunningSchedule(id: String, scheduleOriginId: String, scheduleSelectorId: String): ScheduleMutationResult!
    resetSchedule(scheduleSelector: ScheduleSelector!): ScheduleMutationResult!
    startSensor(sensorSelector: SensorSelector!): SensorOrError!
    stopSensor(id: String, jobOriginId: String, jobSelectorId: String): StopSensorMutationResultOrError!
    resetSensor(sensorSelector: SensorSelector!): SensorOrError!
    setSensorCursor(sensorSelector: SensorSelector!, cursor: String): SensorOrError!
    scheduleDryRun(selectorData: ScheduleSelector!, timestamp: Float): ScheduleDryRunResult!
    sensorDryRun(selectorData: SensorSelector!, cursor: String): SensorDryRunResult!
  }
`;
