/**
 * A run as Dagster's `Run` type, with stats, step stats and events read lazily from storage.
 * @module
 */
import { stringify } from "yaml";
import { CANCELABLE_STATUSES } from "../../../../shared/storage/run-status";
import type { RunRecord } from "../../../../shared/storage/run-storage";
import type { GraphQLContext } from "../context";
import { presentEventConnection } from "./event";
import { presentExecutionPlan } from "./execution-plan";
import { presentRepositoryOrigin } from "./workspace";

/** Tags under this prefix are Dagster's hidden system tags. */
const HIDDEN_TAG_PREFIX = ".dagster/";

export function presentRun(run: RunRecord, context: GraphQLContext) {
  const { storage } = context.instance;
  return {
    __typename: "Run",
    id: run.runId,
    runId: run.runId,
    status: run.status,
    runStatus: run.status,
    pipelineName: run.jobName,
    jobName: run.jobName,
    mode: "default",
    pipeline: { __typename: "UnknownPipeline", name: run.jobName, solidSelection: run.opSelection },
    pipelineSnapshotId: run.snapshotId,
    parentPipelineSnapshotId: null,
    repositoryOrigin: presentRepositoryOrigin(run.locationName, run.repositoryName),
    solidSelection: run.opSelection,
    resolvedOpSelection: run.opSelection,
    assetSelection: null,
    stepKeysToExecute: run.stepKeysToExecute,
    runConfig: run.runConfig,
    runConfigYaml: Object.keys(run.runConfig).length === 0 ? "" : stringify(run.runConfig),
    tags: Object.entries(run.tags)
      .filter(([key]) => !key.startsWith(HIDDEN_TAG_PREFIX))
      .map(([key, value]) => ({ key, value })),
    rootRunId: run.rootRunId,
    parentRunId: run.parentRunId,
    canTerminate: CANCELABLE_STATUSES.has(run.status),
    creationTime: run.createTime,
    startTime: run.startTime,
    endTime: run.endTime,
    updateTime: run.updateTime,
    hasReExecutePermission: true,
    hasTerminatePermission: true,
    hasDeletePermission: true,
    hasConcurrencyKeySlots: false,
    assets: [],
    executionPlan: () => presentExecutionPlan(run, context),
    stats: async () => ({ __typename: "RunStatsSnapshot", id: `stats-${run.runId}`, ...(await storage.events.getStatsForRun(run.runId)) }),
    stepStats: async () =>
      (await storage.events.getStepStatsForRun(run.runId)).map((step) => ({
        ...step,
        materializations: [],
        markers: [],
      })),
    eventConnection: ({ afterCursor, limit }: { afterCursor?: string | null; limit?: number | null }) =>
      presentEventConnection(run, { afterCursor, limit }, context),
  };
}
