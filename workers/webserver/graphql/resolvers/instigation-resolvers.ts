/**
 * Schedule and sensor queries and mutations. The mutations call the instigator operations
 * (shared/operations/instigators.ts) and answer their outcomes as Dagster's members, then wake the daemon.
 * A dry run evaluates one on its code location and only reports the result.
 * @module
 */
import { stringify } from "yaml";
import type { TickEvaluation } from "../../../../shared/protocol/code-location-protocol";
import { nowSeconds } from "../../../../shared/instance/instance";
import { findInstigator, type Instigator, type InstigatorLookupError, type InstigatorRef } from "../../../../shared/operations/find-instigator";
import { resetInstigator, setSensorCursor, startInstigator, stopInstigator, type InstigatorOutcome } from "../../../../shared/operations/instigators";
import { instigatorSelectorId } from "../../../../shared/scheduling/instigator-selector";
import type { InstigatorType } from "../../../../shared/storage/schedule-storage";
import { findRepository } from "../../../../shared/workspace/lookup";
import type { GraphQLContext } from "../context";
import { orPythonError, presentPythonError, repositoryNotFound } from "../presenters/errors";
import { presentInstigationState, presentSchedule, presentSensor } from "../presenters/instigation";

type RepositorySelectorInput = { repositoryName: string; repositoryLocationName: string };
type ScheduleSelectorInput = RepositorySelectorInput & { scheduleName: string };
type SensorSelectorInput = RepositorySelectorInput & { sensorName: string };

/** A lookup's failure as Dagster's error member. */
function lookupError(error: InstigatorLookupError) {
  switch (error.kind) {
    case "location_error":
      return presentPythonError(error.error);
    case "repository_not_found":
      return repositoryNotFound(error.locationName, error.repositoryName);
    case "not_found":
      return error.type === "SCHEDULE"
        ? { __typename: "ScheduleNotFoundError", scheduleName: error.name, message: error.message }
        : { __typename: "SensorNotFoundError", sensorName: error.name, message: error.message };
  }
}

const selectorRef = (selector: RepositorySelectorInput, type: InstigatorType, name: string): InstigatorRef => ({
  type,
  locationName: selector.repositoryLocationName,
  repositoryName: selector.repositoryName,
  name,
});

/** The schedule or sensor a selector names, or the error member to answer with. */
async function findBySelector(context: GraphQLContext, selector: RepositorySelectorInput, type: InstigatorType, name: string) {
  const lookup = findInstigator(await context.locationEntries(), selectorRef(selector, type, name));
  return lookup.kind === "found" ? { instigator: lookup.instigator } : { error: lookupError(lookup) };
}

/** Finds a schedule or sensor by the state id GraphQL handed out (InstigationState.id / origin ids). */
async function findById(context: GraphQLContext, id: string): Promise<Instigator | null> {
  const entries = await context.locationEntries();
  for (const type of ["SCHEDULE", "SENSOR"] as const) {
    const lookup = findInstigator(entries, { type, id });
    if (lookup.kind === "found") return lookup.instigator;
  }
  return null;
}

const presentInstigator = (instigator: Instigator, context: GraphQLContext) =>
  instigator.type === "SCHEDULE"
    ? presentSchedule(instigator.repository, instigator.definition, context)
    : presentSensor(instigator.repository, instigator.definition, context);

/** The changed instigator's state (read lazily, after the write), and the daemon told to re-plan. */
function changedState(outcome: Extract<InstigatorOutcome, { kind: "changed" }>, context: GraphQLContext) {
  context.instigatorsChanged();
  const { instigator, selectorId } = outcome;
  const { definition, repository, type } = instigator;
  return presentInstigationState(repository, { selectorId, name: definition.name, type, defaultStatus: definition.defaultStatus }, context);
}

const scheduleResult = (outcome: InstigatorOutcome, context: GraphQLContext) =>
  outcome.kind === "changed" ? { __typename: "ScheduleStateResult", scheduleState: changedState(outcome, context) } : lookupError(outcome);

function sensorResult(outcome: InstigatorOutcome, context: GraphQLContext) {
  if (outcome.kind !== "changed") return lookupError(outcome);
  context.instigatorsChanged();
  return presentInstigator(outcome.instigator, context);
}

/** The first id given (Dagster's stop mutations take several spellings of it). */
const firstId = (ids: (string | null | undefined)[]) => ids.find((candidate): candidate is string => Boolean(candidate)) ?? "(no id given)";

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
  const found = await findBySelector(context, selector, type, name);
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
      const found = await findBySelector(context, scheduleSelector, "SCHEDULE", scheduleSelector.scheduleName);
      return found.instigator ? presentInstigator(found.instigator, context) : found.error;
    }),
  sensorOrError: (_: unknown, { sensorSelector }: { sensorSelector: SensorSelectorInput }, context: GraphQLContext) =>
    orPythonError(async () => {
      const found = await findBySelector(context, sensorSelector, "SENSOR", sensorSelector.sensorName);
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
      const instigator = id ? await findById(context, id) : null;
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
    orPythonError(async () =>
      scheduleResult(await startInstigator(context.instance, selectorRef(scheduleSelector, "SCHEDULE", scheduleSelector.scheduleName), nowSeconds()), context),
    ),
  resetSchedule: (_: unknown, { scheduleSelector }: { scheduleSelector: ScheduleSelectorInput }, context: GraphQLContext) =>
    orPythonError(async () => scheduleResult(await resetInstigator(context.instance, selectorRef(scheduleSelector, "SCHEDULE", scheduleSelector.scheduleName)), context)),
  stopRunningSchedule: (_: unknown, args: { id?: string | null; scheduleOriginId?: string | null; scheduleSelectorId?: string | null }, context: GraphQLContext) =>
    orPythonError(async () => {
      const outcome = await stopInstigator(context.instance, { type: "SCHEDULE", id: firstId([args.id, args.scheduleSelectorId, args.scheduleOriginId]) });
      return scheduleResult(outcome, context);
    }),
  startSensor: (_: unknown, { sensorSelector }: { sensorSelector: SensorSelectorInput }, context: GraphQLContext) =>
    orPythonError(async () => sensorResult(await startInstigator(context.instance, selectorRef(sensorSelector, "SENSOR", sensorSelector.sensorName), nowSeconds()), context)),
  resetSensor: (_: unknown, { sensorSelector }: { sensorSelector: SensorSelectorInput }, context: GraphQLContext) =>
    orPythonError(async () => sensorResult(await resetInstigator(context.instance, selectorRef(sensorSelector, "SENSOR", sensorSelector.sensorName)), context)),
  setSensorCursor: (_: unknown, args: { sensorSelector: SensorSelectorInput; cursor?: string | null }, context: GraphQLContext) =>
    orPythonError(async () => {
      const ref = { ...selectorRef(args.sensorSelector, "SENSOR", args.sensorSelector.sensorName), type: "SENSOR" as const };
      return sensorResult(await setSensorCursor(context.instance, ref, args.cursor ?? null), context);
    }),
  stopSensor: (_: unknown, args: { id?: string | null; jobOriginId?: string | null; jobSelectorId?: string | null }, context: GraphQLContext) =>
    orPythonError(async () => {
      const outcome = await stopInstigator(context.instance, { type: "SENSOR", id: firstId([args.id, args.jobSelectorId, args.jobOriginId]) });
      // Dagster raises here rather than answering SensorNotFoundError, so its resolver wrapper answers PythonError.
      if (outcome.kind === "not_found") return presentPythonError({ message: outcome.message, className: "SensorNotFoundError", stack: [] });
      if (outcome.kind !== "changed") return lookupError(outcome);
      return { __typename: "StopSensorMutationResult", instigationState: changedState(outcome, context) };
    }),
};
