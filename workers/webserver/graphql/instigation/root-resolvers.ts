/**
 * Schedule and sensor queries and mutations. The mutations call the instigator operations
 * (shared/operations/instigators.ts) and answer their outcomes as Dagster's members, then wake the daemon.
 * A dry run evaluates one on its code location and only reports the result.
 * @module
 */
import { stringify } from "yaml";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { nowSeconds } from "../../../../shared/instance/instance";
import {
  findInstigator,
  type Instigator,
  type InstigatorLookupError,
  type InstigatorRef,
} from "../../../../shared/operations/find-instigator";
import {
  type InstigatorOutcome,
  resetInstigator,
  setSensorCursor,
  startInstigator,
  stopInstigator,
} from "../../../../shared/operations/instigators";
import type { TickEvaluation } from "../../../../shared/protocol/code-location-protocol";
import { instigatorSelectorId } from "../../../../shared/scheduling/instigator-selector";
import type { InstigatorType } from "../../../../shared/storage/schedule-storage";
import { findRepository } from "../../../../shared/workspace/lookup";
import type {
  MutationResolvers,
  QueryResolvers,
  RepositorySelector,
  ResolversParentTypes,
  ScheduleNotFoundError,
  SensorNotFoundError,
  TickEvaluation as TickEvaluationModel,
} from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { repositoryNotFound } from "../errors/not-found";
import { orPythonError, presentPythonError } from "../errors/python-error";
import { orRefusal } from "../errors/unauthorized";
import { requirePermission } from "../../../../shared/operations/authorize";
import { type Typed, typed } from "../typed";
import { instigationStatus, instigatorStateKey, loadInstigationState } from "./instigation-state";

/** Each kind's not-found member: a schedule's results have only ScheduleNotFoundError, a sensor's SensorNotFoundError. */
type NotFoundOf = {
  SCHEDULE: Typed<ScheduleNotFoundError, "ScheduleNotFoundError">;
  SENSOR: Typed<SensorNotFoundError, "SensorNotFoundError">;
};
type Named<T extends InstigatorType> = { type: T; name: string };
type SelectorRef<T extends InstigatorType> = Extract<InstigatorRef, { name: string }> & { type: T };

function instigatorNotFound<T extends InstigatorType>(ref: Named<T>, message: string): NotFoundOf[T];
function instigatorNotFound(
  { type, name }: Named<InstigatorType>,
  message: string,
): NotFoundOf[InstigatorType] {
  return type === "SCHEDULE"
    ? { __typename: "ScheduleNotFoundError", scheduleName: name, message }
    : { __typename: "SensorNotFoundError", sensorName: name, message };
}

/**
 * A lookup's failure as Dagster's error member. A schedule's or sensor's result unions have no
 * RepositoryNotFoundError, so a missing repository is answered as the instigator not being found.
 */
function lookupError<T extends InstigatorType>(error: InstigatorLookupError, ref: Named<T>) {
  switch (error.kind) {
    case "location_error":
      return presentPythonError(error.error);
    case "repository_not_found":
      return instigatorNotFound(ref, repositoryNotFound(error.locationName, error.repositoryName).message);
    case "not_found":
      return instigatorNotFound(ref, error.message);
  }
}

function selectorRef<T extends InstigatorType>(
  selector: RepositorySelector,
  type: T,
  name: string,
): SelectorRef<T> {
  return {
    type,
    locationName: selector.repositoryLocationName,
    repositoryName: selector.repositoryName,
    name,
  };
}

/** The schedule or sensor a selector names, or the error member to answer with. */
async function findBySelector<T extends InstigatorType>(
  context: GraphQLContext,
  selector: RepositorySelector,
  type: T,
  name: string,
) {
  const lookup = findInstigator(await context.locationEntries(), selectorRef(selector, type, name));
  return lookup.kind === "found"
    ? { instigator: lookup.instigator }
    : { error: lookupError(lookup, { type, name }) };
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

const stateOf = (instigator: Instigator, context: GraphQLContext) =>
  loadInstigationState(
    instigator.repository,
    instigatorStateKey(instigator.repository, instigator.type, instigator.definition),
    context,
  );

/** The changed instigator's state (read after the write), and the daemon told to re-plan. */
function changedState(outcome: Extract<InstigatorOutcome, { kind: "changed" }>, context: GraphQLContext) {
  context.instigatorsChanged();
  return stateOf(outcome.instigator, context);
}

const scheduleResult = async (outcome: InstigatorOutcome, ref: Named<"SCHEDULE">, context: GraphQLContext) =>
  outcome.kind === "changed"
    ? { __typename: "ScheduleStateResult" as const, scheduleState: await changedState(outcome, context) }
    : lookupError(outcome, ref);

function sensorResult(outcome: InstigatorOutcome, ref: Named<"SENSOR">, context: GraphQLContext) {
  if (outcome.kind !== "changed") return lookupError(outcome, ref);
  context.instigatorsChanged();
  return typed("Sensor", sensorOf(outcome.instigator));
}

/** The sensor mutations only ever change sensors (their refs say so). */
function sensorDefinition(instigator: Instigator) {
  if (instigator.type !== "SENSOR") throw new Error(`${instigator.definition.name} is not a sensor`);
  return instigator.definition;
}

/** The first id given (Dagster's stop mutations take several spellings of it). */
const firstId = (ids: (string | null | undefined)[]) =>
  ids.find((candidate): candidate is string => Boolean(candidate)) ?? "(no id given)";

async function listInstigators(
  context: GraphQLContext,
  selector: RepositorySelector,
  type: InstigatorType,
  status: "RUNNING" | "STOPPED" | null | undefined,
) {
  const lookup = findRepository(
    await context.locationEntries(),
    selector.repositoryLocationName,
    selector.repositoryName,
  );
  if (lookup.kind === "load_error") return { error: presentPythonError(lookup.error) };
  if (lookup.kind === "not_found")
    return { error: repositoryNotFound(selector.repositoryLocationName, selector.repositoryName) };
  const { repository } = lookup;
  const instigators: Instigator[] =
    type === "SCHEDULE"
      ? repository.snapshot.schedules.map((definition) => ({ type: "SCHEDULE", repository, definition }))
      : repository.snapshot.sensors.map((definition) => ({ type: "SENSOR", repository, definition }));
  const results: Instigator[] = [];
  for (const instigator of instigators) {
    if (!status || instigationStatus(await stateOf(instigator, context)) === status) results.push(instigator);
  }
  return { results };
}

/** Dagster's TickEvaluation: the run requests the tick would make (jobs defaulting to the instigator's), or its error. */
function tickEvaluation(evaluation: TickEvaluation, defaultJobName: string | null): TickEvaluationModel {
  if (!evaluation.ok)
    return { runRequests: null, skipReason: null, error: presentPythonError(evaluation.error), cursor: null };
  const runRequests = evaluation.runRequests.map((request) => ({
    runKey: request.runKey ?? null,
    tags: Object.entries(request.tags).map(([key, value]) => ({ key, value })),
    runConfigYaml: stringify(request.runConfig),
    jobName: request.jobName ?? defaultJobName,
  }));
  return {
    runRequests,
    skipReason: evaluation.skipReason ?? null,
    error: null,
    cursor: evaluation.cursor ?? null,
  };
}

/**
 * Evaluates a schedule at `timestamp` (epoch seconds, default now) or a sensor from `cursor`, as a tick
 * would, but stores nothing: no tick, no run, no cursor. A location that cannot be reached answers PythonError.
 * Dagster's dry runs answer only ScheduleNotFoundError / SensorNotFoundError, a missing repository included.
 */
async function dryRun<T extends InstigatorType>(
  context: GraphQLContext,
  selector: RepositorySelector,
  type: T,
  name: string,
  at: { timestamp?: number | null; cursor?: string | null },
) {
  const found = await findBySelector(context, selector, type, name);
  if (!found.instigator) return found.error;
  const { instigator } = found;
  const client = context.instance.workspace.client(instigator.repository.locationName);
  const timestamp = at.timestamp ?? nowSeconds();
  if (instigator.type === "SCHEDULE") {
    const evaluation = await client.evaluateSchedule({
      scheduleName: name,
      scheduledExecutionTime: timestamp,
    });
    return {
      __typename: "DryRunInstigationTick" as const,
      timestamp,
      evaluationResult: tickEvaluation(evaluation, instigator.definition.jobName),
    };
  }
  const evaluation = await client.evaluateSensor({
    sensorName: name,
    cursor: at.cursor ?? null,
    lastTickTime: null,
    lastRunKey: null,
  });
  const defaultJobName =
    instigator.definition.jobNames.length === 1 ? (instigator.definition.jobNames[0] ?? null) : null;
  return {
    __typename: "DryRunInstigationTick" as const,
    timestamp,
    evaluationResult: tickEvaluation(evaluation, defaultJobName),
  };
}

type ScheduleMember = ResolversParentTypes["Schedule"];
type SensorMember = ResolversParentTypes["Sensor"];
const scheduleOf = (instigator: Instigator): ScheduleMember => ({
  repository: instigator.repository,
  schedule: scheduleDefinition(instigator),
});
const sensorOf = (instigator: Instigator): SensorMember => ({
  repository: instigator.repository,
  sensor: sensorDefinition(instigator),
});

function scheduleDefinition(instigator: Instigator) {
  if (instigator.type !== "SCHEDULE") throw new Error(`${instigator.definition.name} is not a schedule`);
  return instigator.definition;
}

/**
 * The states of a repository's schedules and sensors, by Repository.id (`<repository>@<location>`). The
 * union has only PythonError for failures, so a malformed or unknown id is answered as one naming it.
 */
async function instigationStates(repositoryID: string, context: GraphQLContext) {
  const at = repositoryID.indexOf("@");
  if (at <= 0 || at === repositoryID.length - 1) {
    throw new DagflareError(
      "BAD_REQUEST",
      `repositoryID: "${repositoryID}" is not a repository id of this server (expected <repository>@<location>, as Repository.id answers)`,
    );
  }
  const repositoryName = repositoryID.slice(0, at);
  const locationName = repositoryID.slice(at + 1);
  const lookup = findRepository(await context.locationEntries(), locationName, repositoryName);
  if (lookup.kind === "load_error") return presentPythonError(lookup.error);
  if (lookup.kind === "not_found") {
    throw new DagflareError(
      "NOT_FOUND",
      `repositoryID: ${repositoryNotFound(locationName, repositoryName).message}`,
    );
  }
  const { repository } = lookup;
  const keys = [
    ...repository.snapshot.schedules.map((schedule) => instigatorStateKey(repository, "SCHEDULE", schedule)),
    ...repository.snapshot.sensors.map((sensor) => instigatorStateKey(repository, "SENSOR", sensor)),
  ];
  const results = await Promise.all(keys.map((key) => loadInstigationState(repository, key, context)));
  return { __typename: "InstigationStates" as const, results };
}

export const instigationQueries: QueryResolvers = {
  instigationStatesOrError: (_, { repositoryID }, context) =>
    orPythonError(() => instigationStates(repositoryID, context)),
  schedulesOrError: (_, args, context) =>
    orPythonError(async () => {
      const listed = await listInstigators(context, args.repositorySelector, "SCHEDULE", args.scheduleStatus);
      return listed.error ?? { __typename: "Schedules" as const, results: listed.results.map(scheduleOf) };
    }),
  sensorsOrError: (_, args, context) =>
    orPythonError(async () => {
      const listed = await listInstigators(context, args.repositorySelector, "SENSOR", args.sensorStatus);
      return listed.error ?? { __typename: "Sensors" as const, results: listed.results.map(sensorOf) };
    }),
  scheduleOrError: (_, { scheduleSelector }, context) =>
    orPythonError(async () => {
      const found = await findBySelector(
        context,
        scheduleSelector,
        "SCHEDULE",
        scheduleSelector.scheduleName,
      );
      return found.instigator ? typed("Schedule", scheduleOf(found.instigator)) : found.error;
    }),
  sensorOrError: (_, { sensorSelector }, context) =>
    orPythonError(async () => {
      const found = await findBySelector(context, sensorSelector, "SENSOR", sensorSelector.sensorName);
      return found.instigator ? typed("Sensor", sensorOf(found.instigator)) : found.error;
    }),
  instigationStateOrError: (_, args, context) =>
    orPythonError(async () => {
      const selector = args.instigationSelector;
      const id =
        args.id ??
        (selector
          ? instigatorSelectorId(selector.repositoryLocationName, selector.repositoryName, selector.name)
          : null);
      const instigator = id ? await findById(context, id) : null;
      if (!instigator) {
        const name = selector?.name ?? id ?? "";
        return {
          __typename: "InstigationStateNotFoundError" as const,
          name,
          message: `Could not find instigation state for ${name}.`,
        };
      }
      return typed("InstigationState", await stateOf(instigator, context));
    }),
};

export const instigationMutations: MutationResolvers = {
  // Dry runs evaluate the user's code, so they need the launcher role there (refused as PythonError: their
  // result unions have no UnauthorizedError).
  scheduleDryRun: (_, args, context) =>
    orPythonError(async () => {
      requirePermission(context.caller, "schedule_dry_run", args.selectorData.repositoryLocationName);
      return dryRun(context, args.selectorData, "SCHEDULE", args.selectorData.scheduleName, {
        timestamp: args.timestamp,
      });
    }),
  sensorDryRun: (_, args, context) =>
    orPythonError(async () => {
      requirePermission(context.caller, "sensor_dry_run", args.selectorData.repositoryLocationName);
      return dryRun(context, args.selectorData, "SENSOR", args.selectorData.sensorName, {
        cursor: args.cursor,
      });
    }),
  startSchedule: (_, { scheduleSelector }, context) =>
    orRefusal(async () => {
      const ref = selectorRef(scheduleSelector, "SCHEDULE", scheduleSelector.scheduleName);
      return scheduleResult(
        await startInstigator(context.instance, ref, nowSeconds(), context.caller),
        ref,
        context,
      );
    }),
  resetSchedule: (_, { scheduleSelector }, context) =>
    orRefusal(async () => {
      const ref = selectorRef(scheduleSelector, "SCHEDULE", scheduleSelector.scheduleName);
      return scheduleResult(await resetInstigator(context.instance, ref, context.caller), ref, context);
    }),
  stopRunningSchedule: (_, args, context) =>
    orRefusal(async () => {
      const id = firstId([args.id, args.scheduleSelectorId, args.scheduleOriginId]);
      return scheduleResult(
        await stopInstigator(context.instance, { type: "SCHEDULE", id }, context.caller),
        { type: "SCHEDULE", name: id },
        context,
      );
    }),
  startSensor: (_, { sensorSelector }, context) =>
    orRefusal(async () => {
      const ref = selectorRef(sensorSelector, "SENSOR", sensorSelector.sensorName);
      return sensorResult(
        await startInstigator(context.instance, ref, nowSeconds(), context.caller),
        ref,
        context,
      );
    }),
  resetSensor: (_, { sensorSelector }, context) =>
    orRefusal(async () => {
      const ref = selectorRef(sensorSelector, "SENSOR", sensorSelector.sensorName);
      return sensorResult(await resetInstigator(context.instance, ref, context.caller), ref, context);
    }),
  setSensorCursor: (_, args, context) =>
    orRefusal(async () => {
      const ref = {
        ...selectorRef(args.sensorSelector, "SENSOR", args.sensorSelector.sensorName),
        type: "SENSOR" as const,
      };
      return sensorResult(
        await setSensorCursor(context.instance, ref, args.cursor ?? null, context.caller),
        ref,
        context,
      );
    }),
  stopSensor: (_, args, context) =>
    orRefusal(async () => {
      const id = firstId([args.id, args.jobSelectorId, args.jobOriginId]);
      const outcome = await stopInstigator(context.instance, { type: "SENSOR", id }, context.caller);
      // Dagster raises here rather than answering SensorNotFoundError (its result union has none), so its
      // resolver wrapper answers PythonError.
      if (outcome.kind === "not_found") {
        return presentPythonError({ message: outcome.message, className: "SensorNotFoundError", stack: [] });
      }
      if (outcome.kind === "location_error") return presentPythonError(outcome.error);
      if (outcome.kind === "repository_not_found") {
        const { message } = repositoryNotFound(outcome.locationName, outcome.repositoryName);
        return presentPythonError({ message, className: "RepositoryNotFoundError", stack: [] });
      }
      return {
        __typename: "StopSensorMutationResult" as const,
        instigationState: await changedState(outcome, context),
      };
    }),
};
