/**
 * Schedules and sensors from a code location snapshot, joined with their stored state and ticks.
 * A schedule or sensor with no stored state is in the status its definition declares.
 * @module
 */
import type { ScheduleSnapshot, SensorSnapshot } from "../../../../shared/protocol/code-location-protocol";
import { cronTickTimes } from "../../../../shared/scheduling/cron";
import { instigatorSelectorId } from "../../../../shared/scheduling/instigator-selector";
import type { InstigatorState, InstigatorType, TickRecord, TickStatus } from "../../../../shared/storage/schedule-storage";
import type { GraphQLContext } from "../context";
import { presentPythonError } from "./errors";
import { presentRun } from "./run";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import { presentRepositoryOrigin } from "./workspace";

const DEFAULT_FUTURE_TICKS = 10;

export function presentSchedule(repository: RepositoryRef, schedule: ScheduleSnapshot, context: GraphQLContext) {
  const selectorId = instigatorSelectorId(repository.locationName, repository.snapshot.repositoryName, schedule.name);
  return {
    __typename: "Schedule",
    id: selectorId,
    name: schedule.name,
    cronSchedule: schedule.cronSchedule,
    pipelineName: schedule.jobName,
    solidSelection: null,
    mode: "default",
    executionTimezone: schedule.executionTimezone,
    description: schedule.description ?? null,
    defaultStatus: schedule.defaultStatus,
    canReset: true,
    scheduleState: () =>
      presentInstigationState(repository, { selectorId, name: schedule.name, type: "SCHEDULE", defaultStatus: schedule.defaultStatus }, context),
    futureTicks: ({ cursor, limit, until }: { cursor?: number | null; limit?: number | null; until?: number | null }) => {
      const after = cursor ?? Date.now() / 1000;
      const times = cronTickTimes(schedule.cronSchedule, schedule.executionTimezone, after, limit ?? DEFAULT_FUTURE_TICKS).filter(
        (time) => until === null || until === undefined || time <= until,
      );
      return { results: times.map((timestamp) => ({ timestamp })), cursor: times.at(-1) ?? after };
    },
    futureTick: ({ tickTimestamp }: { tickTimestamp: number }) => ({ timestamp: tickTimestamp }),
  };
}

export function presentSensor(repository: RepositoryRef, sensor: SensorSnapshot, context: GraphQLContext) {
  const selectorId = instigatorSelectorId(repository.locationName, repository.snapshot.repositoryName, sensor.name);
  return {
    __typename: "Sensor",
    id: selectorId,
    jobOriginId: selectorId,
    name: sensor.name,
    targets: sensor.jobNames.map((pipelineName) => ({ pipelineName, mode: "default", solidSelection: null })),
    defaultStatus: sensor.defaultStatus,
    canReset: true,
    minIntervalSeconds: sensor.minimumIntervalSeconds,
    description: sensor.description ?? null,
    nextTick: null,
    sensorType: sensor.sensorType,
    sensorState: () =>
      presentInstigationState(repository, { selectorId, name: sensor.name, type: "SENSOR", defaultStatus: sensor.defaultStatus }, context),
  };
}

export type InstigatorRef = { selectorId: string; name: string; type: InstigatorType; defaultStatus: "RUNNING" | "STOPPED" };

export async function presentInstigationState(repository: RepositoryRef, instigator: InstigatorRef, context: GraphQLContext) {
  const { storage } = context.instance;
  const state = await storage.schedules.getInstigatorState(instigator.selectorId);
  const status = state ? (state.status === "STOPPED" ? "STOPPED" : "RUNNING") : instigator.defaultStatus;
  const runFilter = { tags: [{ key: instigator.type === "SCHEDULE" ? "dagster/schedule_name" : "dagster/sensor_name", value: instigator.name }] };
  return {
    id: instigator.selectorId,
    selectorId: instigator.selectorId,
    name: instigator.name,
    instigationType: instigator.type,
    status,
    repositoryName: repository.snapshot.repositoryName,
    repositoryLocationName: repository.locationName,
    repositoryOrigin: presentRepositoryOrigin(repository.locationName, repository.snapshot.repositoryName),
    typeSpecificData: typeSpecificData(instigator.type, state),
    hasStartPermission: true,
    hasStopPermission: true,
    nextTick: null,
    runningCount: status === "RUNNING" ? 1 : 0,
    runs: async ({ limit }: { limit?: number | null }) =>
      (await storage.runs.getRuns({ ...runFilter, locationName: repository.locationName }, { limit: limit ?? 20 })).map((run) => presentRun(run, context)),
    runsCount: () => storage.runs.getRunsCount({ ...runFilter, locationName: repository.locationName }),
    ticks: async (args: { limit?: number | null; cursor?: string | null; statuses?: TickStatus[] | null; beforeTimestamp?: number | null; afterTimestamp?: number | null }) =>
      (
        await storage.schedules.getTicks(instigator.selectorId, {
          limit: args.limit ?? 20,
          ...(args.cursor ? { cursor: Number(args.cursor) } : {}),
          ...(args.statuses ? { statuses: args.statuses } : {}),
          ...(args.beforeTimestamp ? { before: args.beforeTimestamp } : {}),
          ...(args.afterTimestamp ? { after: args.afterTimestamp } : {}),
        })
      ).map((tick) => presentTick(tick, context)),
    tick: async ({ tickId }: { tickId: string }) => {
      const [tick] = await storage.schedules.getTicks(instigator.selectorId, { cursor: Number(tickId) + 1, limit: 1 });
      return tick && String(tick.tickId) === tickId ? presentTick(tick, context) : null;
    },
  };
}

function typeSpecificData(type: InstigatorType, state: InstigatorState | null) {
  const data = state?.data ?? {};
  return type === "SCHEDULE"
    ? { __typename: "ScheduleData", cronSchedule: String(data.cronSchedule ?? ""), startTimestamp: (data.startTimestamp as number | undefined) ?? null }
    : {
        __typename: "SensorData",
        lastTickTimestamp: (data.lastTickTimestamp as number | undefined) ?? null,
        lastRunKey: (data.lastRunKey as string | undefined) ?? null,
        lastCursor: (data.cursor as string | undefined) ?? null,
      };
}

export function presentTick(tick: TickRecord, context: GraphQLContext) {
  return {
    id: String(tick.tickId),
    tickId: String(tick.tickId),
    status: tick.status,
    timestamp: tick.timestamp,
    endTimestamp: tick.endTimestamp,
    runIds: tick.runIds,
    runKeys: tick.runKeys,
    error: tick.error ? presentPythonError(tick.error) : null,
    skipReason: tick.skipReason,
    cursor: tick.cursor,
    originRunIds: [],
    logKey: null,
    runs: async () => {
      const runs = tick.runIds.length ? await context.instance.storage.runs.getRuns({ runIds: tick.runIds }) : [];
      return runs.map((run) => presentRun(run, context));
    },
  };
}
