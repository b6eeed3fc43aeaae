/**
 * Run queries over GraphQL inside workerd: runs are stored through the real D1 storage (as the run
 * coordinator and run worker write them) and read back the way Dagster's UI and client read them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { instanceStorage } from "../setup/instance-storage";
import { graphql } from "./graphql-client";
import type { NewEvent } from "../../shared/storage/event-log-storage";

const storage = instanceStorage();
const runIds = Array.from({ length: 5 }, (_, index) => `run-${index}-${crypto.randomUUID().slice(0, 8)}`);
const [first, second, third, fourth, fifth] = runIds as [string, string, string, string, string];

const event = (
  runId: string,
  eventType: NewEvent["eventType"],
  timestamp: number,
  extra: Partial<NewEvent> = {},
): NewEvent => ({
  runId,
  timestamp,
  level: eventType === "STEP_FAILURE" ? "ERROR" : "INFO",
  message: eventType ? `${eventType} for ${runId}` : "hello from the op",
  eventType,
  ...extra,
});

beforeAll(async () => {
  const base = {
    locationName: "example",
    repositoryName: "__repository__",
    runConfig: {},
    createTime: 1_800_000_000,
  };
  await storage.runs.addRun({
    ...base,
    runId: first,
    jobName: "hello_job",
    tags: { team: "data", ".dagster/repository": "__repository__@example" },
  });
  await storage.runs.addRun({
    ...base,
    runId: second,
    jobName: "etl_job",
    tags: { team: "data" },
    runConfig: { ops: { extract: { config: { source_url: "s3://x" } } } },
    createTime: 1_800_000_010,
  });
  await storage.runs.addRun({
    ...base,
    runId: third,
    jobName: "etl_job",
    tags: { team: "ml" },
    createTime: 1_800_000_020,
  });
  await storage.runs.addRun({
    ...base,
    runId: fourth,
    jobName: "failing_job",
    tags: {},
    createTime: 1_800_000_030,
  });
  await storage.runs.addRun({
    ...base,
    runId: fifth,
    jobName: "failing_job",
    tags: {},
    rootRunId: fourth,
    parentRunId: fourth,
    createTime: 1_800_000_040,
  });
  const t = 1_800_000_050_000;
  await storage.events.storeEvents([
    event(fourth, "RUN_STARTING", t),
    event(fourth, "RUN_START", t + 10),
    event(fourth, "STEP_START", t + 20, { stepKey: "prepare" }),
    event(fourth, null, t + 25, { stepKey: "prepare" }),
    event(fourth, "STEP_SUCCESS", t + 30, { stepKey: "prepare" }),
    event(fourth, "STEP_START", t + 40, { stepKey: "explode" }),
    event(fourth, "STEP_FAILURE", t + 50, {
      stepKey: "explode",
      data: {
        error: { message: "boom", className: "Error", stack: ["at explode\n"] },
        errorSource: "USER_CODE_ERROR",
      },
    }),
    event(fourth, "RUN_FAILURE", t + 60),
  ]);
});

describe("runs", () => {
  const RUNS = `query ($filter: RunsFilter, $cursor: String, $limit: Int) {
    runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {
      __typename
      ... on Runs { count results { runId jobName status tags { key value } } }
    }
  }`;
  type RunsResult = {
    runsOrError: {
      __typename: string;
      count: number;
      results: { runId: string; jobName: string; status: string; tags: { key: string; value: string }[] }[];
    };
  };

  it("lists runs newest first with a total count and hides .dagster/ tags", async () => {
    const data = await graphql<RunsResult>(RUNS);
    expect(data.runsOrError.__typename).toBe("Runs");
    const ours = data.runsOrError.results.filter((run) => runIds.includes(run.runId)).map((run) => run.runId);
    expect(ours).toEqual([fifth, fourth, third, second, first]);
    const firstRun = data.runsOrError.results.find((run) => run.runId === first);
    expect(firstRun?.tags).toEqual([{ key: "team", value: "data" }]);
    expect(data.runsOrError.count).toBeGreaterThanOrEqual(5);
  });

  it("filters by job, status, tags and ids, and pages with the runId cursor", async () => {
    const byJob = await graphql<RunsResult>(RUNS, { filter: { pipelineName: "etl_job", runIds: runIds } });
    expect(byJob.runsOrError.results.map((run) => run.runId)).toEqual([third, second]);
    expect(byJob.runsOrError.count).toBe(2);

    const byStatus = await graphql<RunsResult>(RUNS, { filter: { statuses: ["FAILURE"], runIds } });
    expect(byStatus.runsOrError.results.map((run) => run.runId)).toEqual([fourth]);

    const byTag = await graphql<RunsResult>(RUNS, {
      filter: { tags: [{ key: "team", value: "data" }], runIds },
    });
    expect(byTag.runsOrError.results.map((run) => run.runId)).toEqual([second, first]);

    const page1 = await graphql<RunsResult>(RUNS, { filter: { runIds }, limit: 2 });
    const page2 = await graphql<RunsResult>(RUNS, {
      filter: { runIds },
      limit: 2,
      cursor: page1.runsOrError.results[1]?.runId,
    });
    expect([...page1.runsOrError.results, ...page2.runsOrError.results].map((run) => run.runId)).toEqual([
      fifth,
      fourth,
      third,
      second,
    ]);
  });

  it("answers DagsterGraphQLClient's run status query and RunNotFoundError in-band", async () => {
    const query = `query GraphQLClientGetRunStatus($runId: ID!) {
      pipelineRunOrError(runId: $runId) {
        __typename
        ... on PipelineRun { status }
        ... on PipelineRunNotFoundError { message }
        ... on PythonError { message }
      }
    }`;
    const found = await graphql<{ pipelineRunOrError: { __typename: string; status: string } }>(query, {
      runId: fourth,
    });
    expect(found.pipelineRunOrError).toEqual({ __typename: "Run", status: "FAILURE" });
    const missing = await graphql<{ pipelineRunOrError: { __typename: string; message: string } }>(query, {
      runId: "no-such-run",
    });
    expect(missing.pipelineRunOrError).toEqual({
      __typename: "RunNotFoundError",
      message: "Run no-such-run could not be found.",
    });
  });

  it("serves a run's fields, stats and step stats", async () => {
    const data = await graphql<{
      runOrError: Record<string, unknown> & {
        stats: Record<string, unknown>;
        stepStats: { stepKey: string; status: string; attempts: unknown[] }[];
      };
    }>(
      `query ($runId: ID!) { runOrError(runId: $runId) { ... on Run {
        runId status canTerminate jobName mode rootRunId parentRunId startTime endTime creationTime runConfigYaml
        stats { ... on RunStatsSnapshot { stepsSucceeded stepsFailed startTime endTime } }
        stepStats { stepKey status attempts { startTime endTime } }
      } } }`,
      { runId: fourth },
    );
    const run = data.runOrError;
    expect(run).toMatchObject({
      runId: fourth,
      status: "FAILURE",
      canTerminate: false,
      jobName: "failing_job",
      mode: "default",
      rootRunId: null,
      creationTime: 1_800_000_030,
    });
    expect(run.startTime).toBeCloseTo(1_800_000_050.01, 2);
    expect(run.endTime).toBeCloseTo(1_800_000_050.06, 2);
    expect(run.stats).toMatchObject({ stepsSucceeded: 1, stepsFailed: 1 });
    expect(run.stepStats.map((step) => [step.stepKey, step.status])).toEqual([
      ["prepare", "SUCCESS"],
      ["explode", "FAILURE"],
    ]);
  });

  it("groups re-executions under their root run", async () => {
    const data = await graphql<{
      runGroupOrError: { __typename: string; rootRunId: string; runs: { runId: string }[] };
    }>(
      "query ($runId: ID!) { runGroupOrError(runId: $runId) { __typename ... on RunGroup { rootRunId runs { runId } } } }",
      { runId: fifth },
    );
    expect(data.runGroupOrError.rootRunId).toBe(fourth);
    expect(data.runGroupOrError.runs.map((run) => run.runId).sort()).toEqual([fourth, fifth].sort());
  });

  it("lists run tag keys and values", async () => {
    const data = await graphql<{
      runTagKeysOrError: { keys: string[] };
      runTagsOrError: { tags: { key: string; values: string[] }[] };
    }>(
      '{ runTagKeysOrError { ... on RunTagKeys { keys } } runTagsOrError(tagKeys: ["team"]) { ... on RunTags { tags { key values } } } }',
    );
    expect(data.runTagKeysOrError.keys).toContain("team");
    expect(data.runTagsOrError.tags).toEqual([
      { key: "team", values: expect.arrayContaining(["data", "ml"]) },
    ]);
  });
});

describe("logsForRun", () => {
  const LOGS = `query ($runId: ID!, $afterCursor: String, $limit: Int) {
    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) {
      __typename
      ... on EventConnection {
        cursor hasMore
        events {
          __typename
          ... on MessageEvent { message level eventType stepKey timestamp }
          ... on ExecutionStepFailureEvent { errorSource error { message className } }
        }
      }
      ... on RunNotFoundError { message }
    }
  }`;
  type Logs = {
    logsForRun: {
      __typename: string;
      cursor: string;
      hasMore: boolean;
      message?: string;
      events: {
        __typename: string;
        eventType: string | null;
        stepKey: string | null;
        timestamp: string;
        level: string;
        errorSource?: string;
        error?: { message: string };
      }[];
    };
  };

  it("returns typed events in order and pages them by cursor", async () => {
    const page1 = await graphql<Logs>(LOGS, { runId: fourth, limit: 3 });
    expect(page1.logsForRun.events.map((event) => event.__typename)).toEqual([
      "RunStartingEvent",
      "RunStartEvent",
      "ExecutionStepStartEvent",
    ]);
    expect(page1.logsForRun.hasMore).toBe(true);
    expect(page1.logsForRun.events[0]?.timestamp).toBe(String(1_800_000_050_000));

    const page2 = await graphql<Logs>(LOGS, { runId: fourth, afterCursor: page1.logsForRun.cursor });
    expect(page2.logsForRun.hasMore).toBe(false);
    expect(page2.logsForRun.events.map((event) => event.__typename)).toEqual([
      "LogMessageEvent",
      "ExecutionStepSuccessEvent",
      "ExecutionStepStartEvent",
      "ExecutionStepFailureEvent",
      "RunFailureEvent",
    ]);
    const failure = page2.logsForRun.events[3];
    expect(failure).toMatchObject({
      stepKey: "explode",
      level: "ERROR",
      errorSource: "USER_CODE_ERROR",
      error: { message: "boom" },
    });
    expect(page2.logsForRun.events[0]).toMatchObject({ eventType: null, stepKey: "prepare" });

    const after = await graphql<Logs>(LOGS, { runId: fourth, afterCursor: page2.logsForRun.cursor });
    expect(after.logsForRun.events).toEqual([]);
    expect(after.logsForRun.cursor).toBe(page2.logsForRun.cursor);
  });

  it("answers RunNotFoundError for an unknown run and a clear error for a foreign cursor", async () => {
    const missing = await graphql<Logs>(LOGS, { runId: "nope" });
    expect(missing.logsForRun).toEqual({
      __typename: "RunNotFoundError",
      message: "Run nope could not be found.",
    });
    const badCursor = await graphql<{ logsForRun: { __typename: string; message: string } }>(
      'query ($runId: ID!) { logsForRun(runId: $runId, afterCursor: "not-a-cursor") { __typename ... on PythonError { message } } }',
      { runId: fourth },
    );
    expect(badCursor.logsForRun.__typename).toBe("PythonError");
    expect(badCursor.logsForRun.message).toContain("afterCursor");
  });
});

describe("instance", () => {
  it("reports daemon health from heartbeats", async () => {
    await storage.daemon.addHeartbeat({
      daemonType: "SCHEDULER",
      daemonId: "d1",
      timestamp: Date.now() / 1000,
      errors: [],
    });
    await storage.daemon.addHeartbeat({
      daemonType: "SENSOR",
      daemonId: "d1",
      timestamp: Date.now() / 1000,
      errors: [{ message: "sensor blew up", className: "Error", stack: [] }],
    });
    const data = await graphql<{
      instance: {
        daemonHealth: {
          allDaemonStatuses: {
            daemonType: string;
            required: boolean;
            healthy: boolean | null;
            lastHeartbeatErrors: { message: string }[];
          }[];
        };
      };
    }>(
      "{ instance { daemonHealth { allDaemonStatuses { daemonType required healthy lastHeartbeatErrors { message } } } } }",
    );
    const byType = Object.fromEntries(
      data.instance.daemonHealth.allDaemonStatuses.map((status) => [status.daemonType, status]),
    );
    expect(byType.SCHEDULER).toMatchObject({ required: true, healthy: true });
    expect(byType.SENSOR).toMatchObject({
      required: true,
      healthy: false,
      lastHeartbeatErrors: [{ message: "sensor blew up" }],
    });
    expect(byType.QUEUED_RUN_COORDINATOR).toMatchObject({ required: true, healthy: false });
  });
});
