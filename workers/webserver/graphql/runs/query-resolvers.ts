/**
 * Run queries: lists with Dagster's RunsFilter and runId cursors, single runs, groups, tags and logs.
 * @module
 */
import type { RunStatus } from "../../../../shared/storage/run-status";
import type { RunsFilter } from "../../../../shared/storage/run-storage";
import type { GraphQLContext } from "../context";
import { orPythonError, runNotFound } from "../presenters/errors";
import { presentEventConnection } from "../presenters/event";
import { presentRun } from "../presenters/run";

type RunsFilterInput = {
  runIds?: (string | null)[] | null;
  pipelineName?: string | null;
  tags?: { key: string; value: string }[] | null;
  statuses?: RunStatus[] | null;
  snapshotId?: string | null;
  updatedAfter?: number | null;
  updatedBefore?: number | null;
  createdAfter?: number | null;
  createdBefore?: number | null;
};
type RunsArgs = { filter?: RunsFilterInput | null; cursor?: string | null; limit?: number | null };

/** GraphQL's RunsFilter in storage terms; absent and null criteria are dropped. */
export function toRunsFilter(input: RunsFilterInput | null | undefined): RunsFilter {
  if (!input) return {};
  const filter: RunsFilter = {};
  if (input.runIds) filter.runIds = input.runIds.filter((id): id is string => typeof id === "string");
  if (input.pipelineName) filter.jobName = input.pipelineName;
  if (input.tags?.length) filter.tags = input.tags;
  if (input.statuses?.length) filter.statuses = input.statuses;
  if (input.snapshotId) filter.snapshotId = input.snapshotId;
  for (const key of ["updatedAfter", "updatedBefore", "createdAfter", "createdBefore"] as const) {
    const value = input[key];
    if (typeof value === "number") filter[key] = value;
  }
  return filter;
}

const runsOrError = (_: unknown, args: RunsArgs, context: GraphQLContext) =>
  orPythonError(async () => {
    const filter = toRunsFilter(args.filter);
    const runs = await context.instance.storage.runs.getRuns(filter, { cursor: args.cursor, limit: args.limit });
    return {
      __typename: "Runs",
      results: runs.map((run) => presentRun(run, context)),
      count: () => context.instance.storage.runs.getRunsCount(filter),
    };
  });

const runOrError = (_: unknown, { runId }: { runId: string }, context: GraphQLContext) =>
  orPythonError(async () => {
    const run = await context.instance.storage.runs.getRun(runId);
    return run ? presentRun(run, context) : runNotFound(runId);
  });

export const runQueries = {
  runsOrError,
  pipelineRunsOrError: runsOrError,
  runOrError,
  pipelineRunOrError: runOrError,
  runIdsOrError: (_: unknown, args: RunsArgs, context: GraphQLContext) =>
    orPythonError(async () => {
      const runs = await context.instance.storage.runs.getRuns(toRunsFilter(args.filter), { cursor: args.cursor, limit: args.limit });
      return { __typename: "RunIds", results: runs.map((run) => run.runId) };
    }),
  runGroupOrError: (_: unknown, { runId }: { runId: string }, context: GraphQLContext) =>
    orPythonError(async () => {
      const group = await context.instance.storage.runs.getRunGroup(runId);
      if (!group) return { __typename: "RunGroupNotFoundError", runId, message: `Run group of run ${runId} could not be found.` };
      return { __typename: "RunGroup", rootRunId: group.rootRunId, runs: group.runs.map((run) => presentRun(run, context)) };
    }),
  runTagKeysOrError: (_: unknown, __: unknown, context: GraphQLContext) =>
    orPythonError(async () => ({ __typename: "RunTagKeys", keys: await context.instance.storage.runs.getRunTagKeys() })),
  runTagsOrError: (_: unknown, args: { tagKeys?: string[] | null; valuePrefix?: string | null; limit?: number | null }, context: GraphQLContext) =>
    orPythonError(async () => ({
      __typename: "RunTags",
      tags: await context.instance.storage.runs.getRunTags({
        ...(args.tagKeys ? { tagKeys: args.tagKeys } : {}),
        ...(args.valuePrefix ? { valuePrefix: args.valuePrefix } : {}),
        ...(args.limit ? { limit: args.limit } : {}),
      }),
    })),
  logsForRun: (_: unknown, args: { runId: string; afterCursor?: string | null; limit?: number | null }, context: GraphQLContext) =>
    orPythonError(async () => {
      const run = await context.instance.storage.runs.getRun(args.runId);
      return run ? presentEventConnection(run, args, context) : runNotFound(args.runId);
    }),
};
