/**
 * Schedule and sensor queries and mutations. Turning one on or off writes its instigator state; the
 * daemon's scheduler and sensor sub-daemons act on that state. Resetting deletes it, so the definition's
 * default status applies again. A dry run evaluates one on its code location and only reports the result.
 * @module
 */
import { stringify } from "yaml";
import type { ScheduleSnapshot, SensorSnapshot, TickEvaluation } from "../../../../shared/protocol/code-location-protocol";
import { nowSeconds } from "../../../../shared/instance/instance";
import { instigatorSelectorId } from "../../../../shared/scheduling/instigator-selector";
import type { InstigatorType } from "../../../../shared/storage/schedule-storage";
import { findRepository, loadedRepositories, type RepositoryRef } from "../../../../shared/workspace/lookup";
import type { GraphQLContext } from "../context";
import { orPythonError, presentPythonError, repositoryNotFound } from "../presenters/errors";
import { presentInstigationState, presentSchedule, presentSensor } from "../presenters/instigation";

type RepositorySelectorInput = { repositoryName: string; repositoryLocationName: string };
type ScheduleSelectorInput = RepositorySelectorInput & { scheduleName: string };
type SensorSelectorInput = RepositorySelectorInput & { sensorName: string };

type Instigator =
  | { type: "SCHEDULE"; repository: RepositoryRef; definition: ScheduleSnapshot }
  | { type: "SENSOR"; repository: RepositoryRef; definition: SensorSnapshot };

/** The schedule or sensor a selector names, or the error member to answer with. */
async function findInstigator(context: GraphQLContext, selector: RepositorySelectorInput, type: InstigatorType, name: string) {
  const lookup = findRepository(await context.locationEntries(), selector.repositoryLocationName, selector.repositoryName);
  if (lookup.kind === "load_error") return { error: presentPythonError(lookup.error) };
  if (lookup.kind === "not_found") return { error: repositoryNotFound(selector.repositoryLocationName, selector.repositoryName) };
  const { repository } = lookup;
  if (type === "SCHEDULE") {
    const definition = repository.snapshot.schedules.find((schedule) => schedule.name === name);
    if (definition) return { instigator: { type, repository, definition } satisfies Instigator };
    return { error: { __typename: "ScheduleNotFoundError", scheduleName: name, message: `Could not find schedule ${name} in ${selector.repositoryLocationName}.` } };
  }
  const definition = repository.snapshot.sensors.find((sensor) => sensor.name === name);
  if (definition) return { instigator: { type, repository, definition } satisfies Instigator };
  return { error: { __typename: "SensorNotFoundError", sensorName: name, message: `Could not find sensor ${name} in ${selector.repositoryLocationName}.` } };
}

/** Finds a schedule or sensor by the state id GraphQL handed out (InstigationState.id / origin ids). */
async function findInstigatorById(context: GraphQLContext, id: string): Promise<Instigator | null> {
  for (const repository of loadedRepositories(await context.locationEntries())) {
    const selectorId = (name: string) => instigatorSelectorId(repository.locationName, repository.snapshot.repositoryName, name);
    const schedule = repository.snapshot.schedules.find((candidate) => selectorId(candidate.name) === id);
    if (schedule) return { type: "SCHEDULE", repository, definition: schedule };
    const sensor = repository.snapshot.sensors.find((candidate) => selectorId(candidate.name) === id);
    if (sensor) return { type: "SENSOR", repository, definition: sensor };
  }
  return null;
}

/** Writes RUNNING or STOPPED (keeping the cursor and times already stored), or deletes the state. */
async function setStatus(context: GraphQLContext, instigator: Instigator, status: "RUNNING" | "STOPPED" | "RESET", data: Record<string, unknown> = {}) {
  const { storage } = context.instance;
  const { repository, definition, type } = instigator;
  const selectorId = instigatorSelectorId(repository.locationName, repository.snapshot.repositoryName, definition.name);
  if (status === "RESET") {
    await storage.schedules.deleteInstigatorState(selectorId);
  } else {
    const existing = await storage.schedules.getInstigatorState(selectorId);
    const wasRunning = existing ? existing.status !== "STOPPED" : definition.defaultStatus === "RUNNING";
    // A schedule turned on never runs ticks from before that moment (Dagster's rule).
    const started = type === "SCHEDULE" && status === "RUNNING" && !wasRunning ? { startTimestamp: nowSeconds(), cronSchedule: definition.cronSchedule } : {};
    await storage.schedules.putInstigatorState({
      selectorId,
      name: definition.name,
      type,
      status,
      locationName: repository.locationName,
      repositoryName: repository.snapshot.repositoryName,
      data: { ...existing?.data, ...started, ...data },
    });
  }
  context.instigatorsChanged();
  return presentInstigationState(repository, { selectorId, name: definition.name, type, defaultStatus: definition.defaultStatus }, context);
}

const presentInstigator = (instigator: Instigator, context: GraphQLContext) =>
  instigator.type === "SCHEDULE"
    ? presentSchedule(instigator.repository, instigator.definition, context)
    : presentSensor(instigator.repository, instigator.definition, context);

async function scheduleMutation(context: GraphQLContext, selector: ScheduleSelectorInput, status: "RUNNING" | "RESET") {
  const found = await findInstigator(context, selector, "SCHEDULE", selector.scheduleName);
  if (!found.instigator) return found.error;
  return { __typename: "ScheduleStateResult", scheduleState: await setStatus(context, found.instigator, status) };
}

async function sensorMutation(context: GraphQLContext, selector: SensorSelectorInput, status: "RUNNING" | "RESET" | "CURSOR", cursor?: string | null) {
  const found = await findInstigator(context, selector, "SENSOR", selector.sensorName);
  if (!found.instigator) return found.error;
  if (status === "CURSOR") {
    const existing = await context.instance.storage.schedules.getInstigatorState(
      instigatorSelectorId(found.instigator.repository.locationName, found.instigator.repository.snapshot.repositoryName, selector.sensorName),
    );
    const current = existing ? (existing.status === "STOPPED" ? "STOPPED" : "RUNNING") : found.instigator.definition.defaultStatus;
    await setStatus(context, found.instigator, current, { cursor: cursor ?? null });
  } else {
    await setStatus(context, found.instigator, status);
  }
  return presentInstigator(found.instigator, context);
}

async function stopById(context: GraphQLContext, ids: (string | null | undefined)[], type: InstigatorType) {
  const id = ids.find((candidate): candidate is string => Boolean(candidate));
  const instigator = id ? await findInstigatorById(context, id) : null;
  if (!instigator || instigator.type !== type) {
    const name = id ?? "(no id given)";
    return type === "SCHEDULE"
      ? { __typename: "ScheduleNotFoundError", scheduleName: name, message: `No schedule has id ${name}.` }
      : presentPythonError({ message: `No sensor has id ${name}.`, className: "SensorNotFoundError", stack: [] });
  }
  const state = await setStatus(context, instigator, "STOPPED");
  return type === "SCHEDULE" ? { __typename: "ScheduleStateResult", scheduleState: state } : { __typename: "StopSensorMutationResult", instigationState: state };
}

async function listInstigators(context: GraphQLContext, selector: RepositorySelectorInput, type: InstigatorType, status?: "RUNNING" | "STOPPED" | null) {
  const lookup = findRepository(await context.locationEntries(), selector.repositoryLocationName, selector.repositoryName);
  if (lookup.kind === "load_error") return presentPythonError(lookup.error);
  if (lookup.kind === "not_found") return repositoryNotFound(selector.repositoryLocationName, selector.repositoryName);
  const { repository } = lookup;
  const definitions: Instigator[] =
    type === "SCHEDULE"
      ? repository.snapshot.schedules.map((definition) => ({ type, repository, definition }))
      : repository.snapshot.sensors.map((definition) => ({ type: "SENSOR", repository, definition }));
  const results = [];
  for (const instigator of definitions) {
    const presented = presentInstigator(instigator, context);
    const state = await ("scheduleState" in presented ? presented.scheduleState() : presented.sensorState());
    if (!status || state.status === status) results.push(presented);
  }
  return { __typename: type === "SCHEDULE" ? "Schedules" : "Sensors", results };
}

/** Dagster's TickEvaluation: the run requests the tick would make (jobs defaulting to the instigator's), or its error. */
function presentTickEvaluation(evaluation: TickEvaluation, defaultJobName: string | null) {
  if (!evaluation.ok) return { runRequests: null, skipReason: null, error: presentPythonError(evaluation.error), cursor: null };
  const runRequests = evaluation.runRequests.map((request) => ({
    runKey: request.runKey ?? null,
    tags: Object.entries(request.tags).map(([key, value]) => ({ key, value })),
    runConfigYaml: stringify(request.runConfig),
    jobName: request.jobName ?? defaultJobName,
  }));
  return { runRequests, skipReason: evaluation.skipReason ?? null, error: null, cursor: evaluation.cursor ?? null };
}

/** Dagster's dry runs answer only ScheduleNotFoundError / SensorNotFoundError, a missing repository included. */
const instigatorNotFound = (type: InstigatorType, name: string, message: string) =>
  type === "SCHEDULE" ? { __typename: "ScheduleNotFoundError", scheduleName: name, message } : { __typename: "SensorNotFoundError", sensorName: name, message };

/**
 * Evaluates a schedule at `timestamp` (epoch seconds, default now) or a sensor from `cursor`, as a tick
 * would, but stores nothing: no tick, no run, no cursor. A location that cannot be reached answers PythonError.
 */
async function dryRun(context: GraphQLContext, selector: RepositorySelectorInput, type: InstigatorType, name: string, at: { timestamp?: number | null; cursor?: string | null }) {
  const found = await findInstigator(context, selector, type, name);
  if (!found.instigator) return found.error.__typename === "RepositoryNotFoundError" ? instigatorNotFound(type, name, found.error.message) : found.error;
  const { instigator } = found;
  const client = context.instance.workspace.client(instigator.repository.locationName);
  const timestamp = at.timestamp ?? nowSeconds();
  if (instigator.type === "SCHEDULE") {
    const evaluation = await client.evaluateSchedule({ scheduleName: name, scheduledExecutionTime: timestamp });
    return { __typename: "DryRunInstigationTick", timestamp, evaluationResult: presentTickEvaluation(evaluation, instigator.definition.jobName) };
  }
  const evaluation = await client.evaluateSensor({ sensorName: name, cursor: at.cursor ?? null, lastTickTime: null, lastRunKey: null });
  const defaultJobName = instigator.definition.jobNames.length === 1 ? (instigator.definition.jobNames[0] ?? null) : null;
  return { __typename: "DryRunInstigationTick", timestamp, evaluationResult: presentTickEvaluation(evaluation, defaultJobName) };
}

export const instigationQueries = {
  schedulesOrError: (_: unknown, args: { repositorySelector: RepositorySelectorInput; scheduleStatus?: "RUNNING" | "STOPPED" | null }, context: GraphQLContext) =>
    orPythonError(() => listInstigators(context, args.repositorySelector, "SCHEDULE", args.scheduleStatus)),
  sensorsOrError: (_: unknown, args: { repositorySelector: RepositorySelectorInput; sensorStatus?: "RUNNING" | "STOPPED" | null }, context: GraphQLContext) =>
    orPythonError(() => listInstigators(context, args.repositorySelector, "SENSOR", args.sensorStatus)),
  scheduleOrError: (_: unknown, { scheduleSelector }: { scheduleSelector: ScheduleSelectorInput }, context: GraphQLContext) =>
    orPythonError(async () => {
      const found = await findInstigator(context, scheduleSelector, "SCHEDULE", scheduleSelector.scheduleName);
      return found.instigator ? presentInstigator(found.instigator, context) : found.error;
    }),
  sensorOrError: (_: unknown, { sensorSelector }: { sensorSelector: SensorSelectorInput }, context: GraphQLContext) =>
    orPythonError(async () => {
      const found = await findInstigator(context, sensorSelector, "SENSOR", sensorSelector.sensorName);
      return found.instigator ? presentInstigator(found.instigator, context) : found.error;
    }),
  instigationStateOrError: (
    _: unknown,
    args: { instigationSelector?: (RepositorySelectorInput & { name: string }) | null; id?: string | null },
    context: GraphQLContext,
  ) =>
    orPythonError(async () => {
      const selector = args.instigationSelector;
      const id = args.id ?? (selector ? instigatorSelectorId(selector.repositoryLocationName, selector.repositoryName, selector.name) : null);
      const instigator = id ? await findInstigatorById(context, id) : null;
      if (!instigator) {
        const name = selector?.name ?? id ?? "";
        return { __typename: "InstigationStateNotFoundError", name, message: `Could not find instigation state for ${name}.` };
      }
      const presented = presentInstigator(instigator, context);
      return { __typename: "InstigationState", ...(await ("scheduleState" in presented ? presented.scheduleState() : presented.sensorState())) };
    }),
};

export const instigationMutations = {
  scheduleDryRun: (_: unknown, args: { selectorData: ScheduleSelectorInput; timestamp?: number | null }, context: GraphQLContext) =>
    orPythonError(() => dryRun(context, args.selectorData, "SCHEDULE", args.selectorData.scheduleName, { timestamp: args.timestamp })),
  sensorDryRun: (_: unknown, args: { selectorData: SensorSelectorInput; cursor?: string | null }, context: GraphQLContext) =>
    orPythonError(() => dryRun(context, args.selectorData, "SENSOR", args.selectorData.sensorName, { cursor: args.cursor })),
  startSchedule: (_: unknown, { scheduleSelector }: { scheduleSelector: ScheduleSelectorInput }, context: GraphQLContext) =>
    orPythonError(() => scheduleMutation(context, scheduleSelector, "RUNNING")),
  resetSchedule: (_: unknown, { scheduleSelector }: { scheduleSelector: ScheduleSelectorInput }, context: GraphQLContext) =>
    orPythonError(() => scheduleMutation(context, scheduleSelector, "RESET")),
  stopRunningSchedule: (_: unknown, args: { id?: string | null; scheduleOriginId?: string | null; scheduleSelectorId?: string | null }, context: GraphQLContext) =>
    orPythonError(() => stopById(context, [args.id, args.scheduleSelectorId, args.scheduleOriginId], "SCHEDULE")),
  startSensor: (_: unknown, { sensorSelector }: { sensorSelector: SensorSelectorInput }, context: GraphQLContext) =>
    orPythonError(() => sensorMutation(context, sensorSelector, "RUNNING")),
  resetSensor: (_: unknown, { sensorSelector }: { sensorSelector: SensorSelectorInput }, context: GraphQLContext) =>
    orPythonError(() => sensorMutation(context, sensorSelector, "RESET")),
  setSensorCursor: (_: unknown, args: { sensorSelector: SensorSelectorInput; cursor?: string | null }, context: GraphQLContext) =>
    orPythonError(() => sensorMutation(context, args.sensorSelector, "CURSOR", args.cursor)),
  stopSensor: (_: unknown, args: { id?: string | null; jobOriginId?: string | null; jobSelectorId?: string | null }, context: GraphQLContext) =>
    orPythonError(() => stopById(context, [args.id, args.jobSelectorId, args.jobOriginId], "SENSOR")),
};
