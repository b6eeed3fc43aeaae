/**
 * Run queries: lists with Dagster's RunsFilter and runId cursors, single runs, groups and tags.
 * @module
 */
import type { RunsFilter } from "../../../../shared/storage/run-storage";
import type {
  InputMaybe,
  QueryResolvers,
  RunsFilter as RunsFilterInput,
} from "../__generated__/resolvers-types";
import { runNotFound } from "../errors/not-found";
import { orPythonError } from "../errors/python-error";
import { typed } from "../typed";

/** GraphQL's RunsFilter in storage terms; absent and null criteria are dropped. */
export function toRunsFilter(input: InputMaybe<RunsFilterInput> | undefined): RunsFilter {
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

const runsOrError: QueryResolvers["runsOrError"] = (_, args, context) =>
  orPythonError(async () => {
    const filter = toRunsFilter(args.filter);
    const runs = await context.instance.storage.runs.getRuns(filter, {
      cursor: args.cursor,
      limit: args.limit,
    });
    return { __typename: "Runs" as const, filter, runs };
  });

const runOrError: QueryResolvers["runOrError"] = (_, { runId }, context) =>
  orPythonError(async () => {
    const run = await context.instance.storage.runs.getRun(runId);
    return run ? typed("Run", run) : runNotFound(runId);
  });

export const runQueries: QueryResolvers = {
  runsOrError,
  pipelineRunsOrError: runsOrError,
  runOrError,
  pipelineRunOrError: runOrError,
  runIdsOrError: (_, args, context) =>
    orPythonError(async () => {
      const runs = await context.instance.storage.runs.getRuns(toRunsFilter(args.filter), {
        cursor: args.cursor,
        limit: args.limit,
      });
      return { __typename: "RunIds" as const, results: runs.map((run) => run.runId) };
    }),
  runGroupOrError: (_, { runId }, context) =>
    orPythonError(async () => {
      const group = await context.instance.storage.runs.getRunGroup(runId);
      if (!group)
        return {
          __typename: "RunGroupNotFoundError" as const,
          runId,
          message: `Run group of run ${runId} could not be found.`,
        };
      return { __typename: "RunGroup" as const, ...group };
    }),
  runTagKeysOrError: (_, __, context) =>
    orPythonError(async () => ({
      __typename: "RunTagKeys" as const,
      keys: await context.instance.storage.runs.getRunTagKeys(),
    })),
  runTagsOrError: (_, args, context) =>
    orPythonError(async () => ({
      __typename: "RunTags" as const,
      tags: await context.instance.storage.runs.getRunTags({
        ...(args.tagKeys ? { tagKeys: args.tagKeys } : {}),
        ...(args.valuePrefix ? { valuePrefix: args.valuePrefix } : {}),
        ...(args.limit ? { limit: args.limit } : {}),
      }),
    })),
};
