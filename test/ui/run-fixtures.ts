/**
 * Arranging runs for the runs-list and run-page browser tests over GraphQL: launching (many at once,
 * tagged so a test finds its own among everyone's), waiting for a status, and holding the run queue full
 * so a launched run stays QUEUED until the test lets it go.
 */
import { expect } from "vitest";
import { graphql } from "./browser";

const LOCATION = { repositoryLocationName: "example", repositoryName: "__repository__" };

/** Launches `count` runs of `jobName` in one `launchMultipleRuns`; returns their ids in launch order. */
export async function launchRuns(
  jobName: string,
  options: { runConfig?: unknown; tags?: Record<string, string>; count?: number } = {},
): Promise<string[]> {
  const params = {
    selector: { ...LOCATION, jobName },
    runConfigData: options.runConfig ?? {},
    executionMetadata: { tags: Object.entries(options.tags ?? {}).map(([key, value]) => ({ key, value })) },
  };
  const data = await graphql<{
    launchMultipleRuns: {
      launchMultipleRunsResult: { __typename: string; run?: { runId: string }; message?: string }[];
    };
  }>(
    `mutation ($list: [ExecutionParams!]!) { launchMultipleRuns(executionParamsList: $list) { ... on LaunchMultipleRunsResult { launchMultipleRunsResult { __typename ... on LaunchRunSuccess { run { runId } } ... on Error { message } } } } }`,
    { list: Array.from({ length: options.count ?? 1 }, () => params) },
  );
  const results = data.launchMultipleRuns.launchMultipleRunsResult;
  for (const result of results) expect(result.__typename, JSON.stringify(result)).toBe("LaunchRunSuccess");
  return results.map((result) => result.run?.runId ?? "");
}

export const launchRun = async (
  jobName: string,
  options: { runConfig?: unknown; tags?: Record<string, string> } = {},
) => (await launchRuns(jobName, options))[0] as string;

export async function runStatus(runId: string): Promise<string> {
  const data = await graphql<{ runOrError: { status: string } }>(
    "query ($runId: ID!) { runOrError(runId: $runId) { ... on Run { status } } }",
    { runId },
  );
  return data.runOrError.status;
}

export async function waitForStatus(
  runId: string,
  statuses: readonly string[],
  timeoutMs = 30_000,
): Promise<string> {
  await expect
    .poll(() => runStatus(runId), { timeout: timeoutMs, interval: 250 })
    .toSatisfy((status: string) => statuses.includes(status));
  return runStatus(runId);
}

export async function terminate(runIds: readonly string[]): Promise<void> {
  await graphql(
    `mutation ($runIds: [String!]!) { terminateRuns(runIds: $runIds, terminatePolicy: MARK_AS_CANCELED_IMMEDIATELY) { __typename } }`,
    { runIds },
  );
}

/** Stops every run tagged `key=value` that can still be stopped, so a test leaves no slow runs behind. */
export async function terminateTagged(key: string, value: string): Promise<void> {
  const data = await graphql<{ runIdsOrError: { results: string[] } }>(
    `query ($tags: [ExecutionTag!]) { runIdsOrError(filter: { tags: $tags, statuses: [QUEUED, NOT_STARTED, STARTING, STARTED] }) { ... on RunIds { results } } }`,
    { tags: [{ key, value }] },
  );
  await terminate(data.runIdsOrError.results);
}

/**
 * Fills every free slot of max_concurrent_runs with a long slow_job, so the next run launched stays
 * QUEUED; returns the blockers, to be terminated when the queued run may start.
 */
export async function fillRunQueue(): Promise<string[]> {
  const data = await graphql<{
    instance: { runQueueConfig: { maxConcurrentRuns: number } | null };
    runsOrError: { count: number };
  }>(
    `{ instance { runQueueConfig { maxConcurrentRuns } } runsOrError(filter: { statuses: [STARTING, STARTED, CANCELING] }) { ... on Runs { count } } }`,
  );
  const free = (data.instance.runQueueConfig?.maxConcurrentRuns ?? 0) - data.runsOrError.count;
  if (free <= 0) return [];
  const blockers = await launchRuns("slow_job", {
    runConfig: { ops: { slow_op: { config: { seconds: 120 } } } },
    tags: { purpose: "block-queue" },
    count: free,
  });
  await Promise.all(blockers.map((runId) => waitForStatus(runId, ["STARTED"])));
  return blockers;
}
