/**
 * Schedules and sensors over GraphQL: starting, stopping, dry runs and sensor cursors.
 * @module
 */
import { ERROR_FIELDS, expectType, type GraphQLClient, type Typed } from "./client";
import { repositorySelector, type RepositoryEntry } from "./workspace";

export type TickEvaluation = {
  runRequests:
    | {
        runKey: string | null;
        jobName: string | null;
        runConfigYaml: string;
        tags: { key: string; value: string }[];
      }[]
    | null;
  skipReason: string | null;
  error: { message: string } | null;
  cursor: string | null;
};
type DryRunTick = { timestamp: number | null; evaluationResult: TickEvaluation | null };

const STATE_RESULT = "instigationState: scheduleState { status }";
const DRY_RUN =
  "... on DryRunInstigationTick { timestamp evaluationResult { runRequests { runKey jobName runConfigYaml tags { key value } } skipReason error { message } cursor } }";

export async function startSchedule(
  client: GraphQLClient,
  repository: RepositoryEntry,
  scheduleName: string,
): Promise<string> {
  const data = await client.request<{ startSchedule: Typed }>(
    `mutation CliStartSchedule($selector: ScheduleSelector!) { startSchedule(scheduleSelector: $selector) { ${ERROR_FIELDS} ... on ScheduleStateResult { ${STATE_RESULT} } } }`,
    { selector: { ...repositorySelector(repository), scheduleName } },
  );
  return expectType<Typed & { instigationState: { status: string } }>(
    data.startSchedule,
    ["ScheduleStateResult"],
    `starting schedule ${scheduleName}`,
  ).instigationState.status;
}

export async function stopSchedule(
  client: GraphQLClient,
  stateId: string,
  scheduleName: string,
): Promise<string> {
  const data = await client.request<{ stopRunningSchedule: Typed }>(
    `mutation CliStopSchedule($id: String) { stopRunningSchedule(id: $id) { ${ERROR_FIELDS} ... on ScheduleStateResult { ${STATE_RESULT} } } }`,
    { id: stateId },
  );
  return expectType<Typed & { instigationState: { status: string } }>(
    data.stopRunningSchedule,
    ["ScheduleStateResult"],
    `stopping schedule ${scheduleName}`,
  ).instigationState.status;
}

export async function previewSchedule(
  client: GraphQLClient,
  repository: RepositoryEntry,
  scheduleName: string,
  timestamp: number | undefined,
): Promise<DryRunTick> {
  const data = await client.request<{ scheduleDryRun: Typed }>(
    `mutation CliScheduleDryRun($selector: ScheduleSelector!, $timestamp: Float) { scheduleDryRun(selectorData: $selector, timestamp: $timestamp) { ${ERROR_FIELDS} ${DRY_RUN} } }`,
    { selector: { ...repositorySelector(repository), scheduleName }, timestamp },
  );
  return expectType<Typed & DryRunTick>(
    data.scheduleDryRun,
    ["DryRunInstigationTick"],
    `previewing schedule ${scheduleName}`,
  );
}

const SENSOR_RESULT =
  "... on Sensor { sensorState { status typeSpecificData { ... on SensorData { lastCursor } } } }";
type SensorResult = Typed & {
  sensorState: { status: string; typeSpecificData: { lastCursor?: string | null } | null };
};

export async function startSensor(
  client: GraphQLClient,
  repository: RepositoryEntry,
  sensorName: string,
): Promise<string> {
  const data = await client.request<{ startSensor: Typed }>(
    `mutation CliStartSensor($selector: SensorSelector!) { startSensor(sensorSelector: $selector) { ${ERROR_FIELDS} ${SENSOR_RESULT} } }`,
    { selector: { ...repositorySelector(repository), sensorName } },
  );
  return expectType<SensorResult>(data.startSensor, ["Sensor"], `starting sensor ${sensorName}`).sensorState
    .status;
}

export async function stopSensor(
  client: GraphQLClient,
  stateId: string,
  sensorName: string,
): Promise<string> {
  const data = await client.request<{ stopSensor: Typed }>(
    `mutation CliStopSensor($id: String) { stopSensor(id: $id) { ${ERROR_FIELDS} ... on StopSensorMutationResult { instigationState { status } } } }`,
    { id: stateId },
  );
  return (
    expectType<Typed & { instigationState: { status: string } | null }>(
      data.stopSensor,
      ["StopSensorMutationResult"],
      `stopping sensor ${sensorName}`,
    ).instigationState?.status ?? "STOPPED"
  );
}

export async function previewSensor(
  client: GraphQLClient,
  repository: RepositoryEntry,
  sensorName: string,
  cursor: string | undefined,
): Promise<DryRunTick> {
  const data = await client.request<{ sensorDryRun: Typed }>(
    `mutation CliSensorDryRun($selector: SensorSelector!, $cursor: String) { sensorDryRun(selectorData: $selector, cursor: $cursor) { ${ERROR_FIELDS} ${DRY_RUN} } }`,
    { selector: { ...repositorySelector(repository), sensorName }, cursor },
  );
  return expectType<Typed & DryRunTick>(
    data.sensorDryRun,
    ["DryRunInstigationTick"],
    `previewing sensor ${sensorName}`,
  );
}

/** Sets the sensor's cursor, or clears it with `null`; resolves with the cursor now stored. */
export async function setSensorCursor(
  client: GraphQLClient,
  repository: RepositoryEntry,
  sensorName: string,
  cursor: string | null,
): Promise<string | null> {
  const data = await client.request<{ setSensorCursor: Typed }>(
    `mutation CliSetSensorCursor($selector: SensorSelector!, $cursor: String) { setSensorCursor(sensorSelector: $selector, cursor: $cursor) { ${ERROR_FIELDS} ${SENSOR_RESULT} } }`,
    { selector: { ...repositorySelector(repository), sensorName }, cursor },
  );
  return (
    expectType<SensorResult>(data.setSensorCursor, ["Sensor"], `setting the cursor of sensor ${sensorName}`)
      .sensorState.typeSpecificData?.lastCursor ?? null
  );
}
