/**
 * Schedules and sensors from a code location snapshot, joined with their stored state and ticks.
 * @module
 */
import { callerMay } from "../../../../shared/auth/dagster-permissions";
import { cronTickTimes } from "../../../../shared/scheduling/cron";
import type { InstigatorState } from "../../../../shared/storage/schedule-storage";
import type { Resolvers, ResolversParentTypes } from "../__generated__/resolvers-types";
import { presentPythonError } from "../errors/python-error";
import { repositoryOrigin } from "../workspace/repository-origin";
import { instigationStatus, instigatorStateKey, loadInstigationState } from "./instigation-state";
import type { InstigationStateMapper } from "./mappers";

const DEFAULT_FUTURE_TICKS = 10;

function typeSpecificData({
  instigator,
  state,
}: InstigationStateMapper): ResolversParentTypes["InstigationTypeSpecificData"] {
  const data: InstigatorState["data"] = state?.data ?? {};
  return instigator.type === "SCHEDULE"
    ? {
        __typename: "ScheduleData",
        cronSchedule: String(data.cronSchedule ?? ""),
        startTimestamp: (data.startTimestamp as number | undefined) ?? null,
      }
    : {
        __typename: "SensorData",
        lastTickTimestamp: (data.lastTickTimestamp as number | undefined) ?? null,
        lastRunKey: (data.lastRunKey as string | undefined) ?? null,
        lastCursor: (data.cursor as string | undefined) ?? null,
      };
}

/** The runs an instigator launched carry its name in a tag. */
const runFilterOf = ({ repository, instigator }: InstigationStateMapper) => ({
  tags: [
    {
      key: instigator.type === "SCHEDULE" ? "dagster/schedule_name" : "dagster/sensor_name",
      value: instigator.name,
    },
  ],
  locationName: repository.locationName,
});

export const typeResolvers: Resolvers = {
  Schedule: {
    id: ({ repository, schedule }) => instigatorStateKey(repository, "SCHEDULE", schedule).selectorId,
    name: ({ schedule }) => schedule.name,
    cronSchedule: ({ schedule }) => schedule.cronSchedule,
    pipelineName: ({ schedule }) => schedule.jobName,
    solidSelection: () => null,
    mode: () => "default",
    executionTimezone: ({ schedule }) => schedule.executionTimezone,
    description: ({ schedule }) => schedule.description ?? null,
    defaultStatus: ({ schedule }) => schedule.defaultStatus,
    canReset: () => true,
    scheduleState: ({ repository, schedule }, _, context) =>
      loadInstigationState(repository, instigatorStateKey(repository, "SCHEDULE", schedule), context),
    futureTicks: ({ schedule }, { cursor, limit, until }) => {
      const after = cursor ?? Date.now() / 1000;
      const times = cronTickTimes(
        schedule.cronSchedule,
        schedule.executionTimezone,
        after,
        limit ?? DEFAULT_FUTURE_TICKS,
      ).filter((time) => until === null || until === undefined || time <= until);
      return { results: times.map((timestamp) => ({ timestamp })), cursor: times.at(-1) ?? after };
    },
    futureTick: (_, { tickTimestamp }) => ({ timestamp: tickTimestamp }),
  },
  Sensor: {
    id: ({ repository, sensor }) => instigatorStateKey(repository, "SENSOR", sensor).selectorId,
    jobOriginId: ({ repository, sensor }) => instigatorStateKey(repository, "SENSOR", sensor).selectorId,
    name: ({ sensor }) => sensor.name,
    targets: ({ sensor }) =>
      sensor.jobNames.map((pipelineName) => ({ pipelineName, mode: "default", solidSelection: null })),
    defaultStatus: ({ sensor }) => sensor.defaultStatus,
    canReset: () => true,
    minIntervalSeconds: ({ sensor }) => sensor.minimumIntervalSeconds,
    description: ({ sensor }) => sensor.description ?? null,
    nextTick: () => null,
    sensorType: ({ sensor }) => sensor.sensorType,
    sensorState: ({ repository, sensor }, _, context) =>
      loadInstigationState(repository, instigatorStateKey(repository, "SENSOR", sensor), context),
  },
  InstigationState: {
    id: ({ instigator }) => instigator.selectorId,
    selectorId: ({ instigator }) => instigator.selectorId,
    name: ({ instigator }) => instigator.name,
    instigationType: ({ instigator }) => instigator.type,
    status: instigationStatus,
    repositoryName: ({ repository }) => repository.snapshot.repositoryName,
    repositoryLocationName: ({ repository }) => repository.locationName,
    repositoryOrigin: ({ repository }) =>
      repositoryOrigin(repository.locationName, repository.snapshot.repositoryName),
    typeSpecificData,
    hasStartPermission: ({ repository }, _, context) =>
      callerMay(context.caller, "start_instigator", repository.locationName),
    hasStopPermission: ({ repository }, _, context) =>
      callerMay(context.caller, "stop_instigator", repository.locationName),
    nextTick: () => null,
    runningCount: (state) => (instigationStatus(state) === "RUNNING" ? 1 : 0),
    runs: (state, { limit }, context) =>
      context.instance.storage.runs.getRuns(runFilterOf(state), { limit: limit ?? 20 }),
    runsCount: (state, _, context) => context.instance.storage.runs.getRunsCount(runFilterOf(state)),
    ticks: ({ instigator }, args, context) =>
      context.instance.storage.schedules.getTicks(instigator.selectorId, {
        limit: args.limit ?? 20,
        ...(args.cursor ? { cursor: Number(args.cursor) } : {}),
        ...(args.statuses ? { statuses: args.statuses } : {}),
        ...(args.beforeTimestamp ? { before: args.beforeTimestamp } : {}),
        ...(args.afterTimestamp ? { after: args.afterTimestamp } : {}),
      }),
    tick: async ({ instigator }, { tickId }, context) => {
      const [tick] = await context.instance.storage.schedules.getTicks(instigator.selectorId, {
        cursor: Number(tickId) + 1,
        limit: 1,
      });
      return tick && String(tick.tickId) === tickId ? tick : null;
    },
  },
  InstigationTick: {
    id: (tick) => String(tick.tickId),
    tickId: (tick) => String(tick.tickId),
    error: (tick) => (tick.error ? presentPythonError(tick.error) : null),
    originRunIds: () => [],
    logKey: () => null,
    runs: async (tick, _, context) =>
      tick.runIds.length ? await context.instance.storage.runs.getRuns({ runIds: tick.runIds }) : [],
  },
};
