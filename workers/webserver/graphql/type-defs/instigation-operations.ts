/**
 * Schedule and sensor queries and the mutations that turn them on and off (Dagster's shapes, including
 * the legacy origin-id arguments of stopRunningSchedule / stopSensor), and the dry runs that evaluate one
 * on its code location without creating runs or ticks.
 * @module
 */
export const instigationOperationTypeDefs = /* GraphQL */ `
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

  extend type Query {
    schedulesOrError(repositorySelector: RepositorySelector!, scheduleStatus: InstigationStatus): SchedulesOrError!
    scheduleOrError(scheduleSelector: ScheduleSelector!): ScheduleOrError!
    sensorsOrError(repositorySelector: RepositorySelector!, sensorStatus: InstigationStatus): SensorsOrError!
    sensorOrError(sensorSelector: SensorSelector!): SensorOrError!
    instigationStateOrError(instigationSelector: InstigationSelector, id: String): InstigationStateOrError!
  }

  extend type Mutation {
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
