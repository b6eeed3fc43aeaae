/**
 * A run as Dagster's `Run` type, over its stored record: stats, step stats, events and plan read from
 * storage only when selected.
 * @module
 */
import { stringify } from "yaml";
import { callerMay } from "../../../../shared/auth/dagster-permissions";
import { CANCELABLE_STATUSES } from "../../../../shared/storage/run-status";
import type { RunResolvers } from "../__generated__/resolvers-types";
import { eventConnection } from "../events/event-connection";
import { executionPlan } from "./execution-plan";
import { repositoryOrigin } from "../workspace/repository-origin";

/** Tags under this prefix are Dagster's hidden system tags. */
const HIDDEN_TAG_PREFIX = ".dagster/";

export const runResolvers: RunResolvers = {
  id: (run) => run.runId,
  runStatus: (run) => run.status,
  pipelineName: (run) => run.jobName,
  mode: () => "default",
  pipeline: (run) => ({ __typename: "UnknownPipeline", name: run.jobName, solidSelection: run.opSelection }),
  pipelineSnapshotId: (run) => run.snapshotId,
  parentPipelineSnapshotId: () => null,
  repositoryOrigin: (run) => repositoryOrigin(run.locationName, run.repositoryName),
  solidSelection: (run) => run.opSelection,
  resolvedOpSelection: (run) => run.opSelection,
  assetSelection: () => null,
  runConfigYaml: (run) => (Object.keys(run.runConfig).length === 0 ? "" : stringify(run.runConfig)),
  tags: (run) =>
    Object.entries(run.tags)
      .filter(([key]) => !key.startsWith(HIDDEN_TAG_PREFIX))
      .map(([key, value]) => ({ key, value })),
  canTerminate: (run) => CANCELABLE_STATUSES.has(run.status),
  creationTime: (run) => run.createTime,
  hasReExecutePermission: (run, _, context) => callerMay(context.caller, "reexecute_run", run.locationName),
  hasTerminatePermission: (run, _, context) => callerMay(context.caller, "terminate_run", run.locationName),
  hasDeletePermission: (run, _, context) => callerMay(context.caller, "delete_run", run.locationName),
  hasConcurrencyKeySlots: () => false,
  assets: () => [],
  executionPlan: (run, _, context) => executionPlan(run, context),
  stats: async (run, _, context) => ({
    __typename: "RunStatsSnapshot",
    id: `stats-${run.runId}`,
    ...(await context.instance.storage.events.getStatsForRun(run.runId)),
  }),
  stepStats: async (run, _, context) =>
    (await context.instance.storage.events.getStepStatsForRun(run.runId)).map((step) => ({
      ...step,
      materializations: [],
      markers: [],
    })),
  eventConnection: (run, page, context) => eventConnection(run, page, context),
};
