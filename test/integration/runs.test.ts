/**
 * Runs end to end under wrangler dev with the default instance (queued coordinator, Durable Object run
 * launcher): launched through GraphQL, dequeued by the daemon, executed by a RunWorker in the example
 * location, every step logged; failures, retries, re-execution and termination.
 */
import { describe, expect, it } from "vitest";
import { graphql } from "./graphql";
import {
  exampleSelector,
  launch,
  runEvents,
  SUBMIT_RUN,
  waitForStatus,
  type SubmitResult,
} from "./run-helpers";

const stepEvents = (events: { eventType: string | null; stepKey: string | null }[], stepKey: string) =>
  events
    .filter((event) => event.stepKey === stepKey && event.eventType !== null)
    .map((event) => event.eventType);

describe("launching runs", () => {
  it("runs hello_job to SUCCESS and logs every step", async () => {
    const runId = await launch("hello_job");
    expect(await waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const events = await runEvents(runId);
    const types = events.map((event) => event.eventType);
    expect(types.slice(0, 2)).toEqual(["RUN_ENQUEUED", "RUN_DEQUEUED"]);
    expect(types).toEqual(
      expect.arrayContaining([
        "RUN_STARTING",
        "RUN_START",
        "STEP_START",
        "STEP_OUTPUT",
        "STEP_SUCCESS",
        "RUN_SUCCESS",
      ]),
    );
    expect(types.at(-1)).toBe("RUN_SUCCESS");
    expect(events.some((event) => event.eventType === null && event.stepKey === "hello")).toBe(true);
  });

  it("reports every run config problem before storing anything, then runs etl_job with a fixed config", async () => {
    const before = await graphql<{ runsOrError: { count: number } }>(
      '{ runsOrError(filter: { pipelineName: "etl_job" }) { ... on Runs { count } } }',
    );
    const invalid = await graphql<SubmitResult>(SUBMIT_RUN, {
      executionParams: {
        selector: exampleSelector("etl_job"),
        runConfigData: { ops: { extract: { config: { limit: "ten" } } } },
        mode: "default",
      },
    });
    expect(invalid.launchPipelineExecution.__typename).toBe("RunConfigValidationInvalid");
    expect(invalid.launchPipelineExecution.errors?.map((error) => error.reason).sort()).toEqual([
      "MISSING_REQUIRED_FIELD",
      "RUNTIME_TYPE_MISMATCH",
    ]);
    const after = await graphql<{ runsOrError: { count: number } }>(
      '{ runsOrError(filter: { pipelineName: "etl_job" }) { ... on Runs { count } } }',
    );
    expect(after.runsOrError.count).toBe(before.runsOrError.count);

    const runId = await launch(
      "etl_job",
      "ops:\n  extract:\n    config:\n      source_url: s3://bucket/data.csv\n",
    );
    expect(await waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const events = await runEvents(runId);
    for (const step of ["extract", "transform_a", "transform_b", "load"])
      expect(stepEvents(events, step)).toContain("STEP_SUCCESS");
  });

  it("answers PipelineNotFoundError, InvalidStepError and RunConflict in-band", async () => {
    const missing = await graphql<SubmitResult>(SUBMIT_RUN, {
      executionParams: { selector: exampleSelector("nope_job"), runConfigData: {} },
    });
    expect(missing.launchPipelineExecution.__typename).toBe("PipelineNotFoundError");
    const badStep = await graphql<SubmitResult>(SUBMIT_RUN, {
      executionParams: { selector: exampleSelector("hello_job"), stepKeys: ["nope"] },
    });
    expect(badStep.launchPipelineExecution).toMatchObject({
      __typename: "InvalidStepError",
      invalidStepKey: "nope",
    });
    const runId = crypto.randomUUID();
    await launch("hello_job", {}, { executionMetadata: { runId } });
    const conflict = await graphql<SubmitResult>(SUBMIT_RUN, {
      executionParams: { selector: exampleSelector("hello_job"), executionMetadata: { runId } },
    });
    expect(conflict.launchPipelineExecution.__typename).toBe("RunConflict");
  });
});

describe("failures, retries and re-execution", () => {
  it("fails failing_job at explode, skips downstream, and re-executes from failure only what failed", async () => {
    const runId = await launch("failing_job");
    expect(await waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("FAILURE");
    const events = await runEvents(runId);
    expect(stepEvents(events, "prepare")).toContain("STEP_SUCCESS");
    expect(stepEvents(events, "explode")).toContain("STEP_FAILURE");
    expect(stepEvents(events, "after_explode")).toContain("STEP_SKIPPED");

    const reexecution = await graphql<{
      launchRunReexecution: {
        __typename: string;
        run: { runId: string; rootRunId: string; parentRunId: string; stepKeysToExecute: string[] };
      };
    }>(
      `mutation ($parentRunId: String!) {
        launchRunReexecution(reexecutionParams: { parentRunId: $parentRunId, strategy: FROM_FAILURE }) {
          __typename ... on LaunchRunSuccess { run { runId rootRunId parentRunId stepKeysToExecute } } ... on PythonError { message }
        }
      }`,
      { parentRunId: runId },
    );
    expect(reexecution.launchRunReexecution.__typename).toBe("LaunchRunSuccess");
    const child = reexecution.launchRunReexecution.run;
    expect(child).toMatchObject({
      rootRunId: runId,
      parentRunId: runId,
      stepKeysToExecute: ["explode", "after_explode"],
    });
    await waitForStatus(child.runId, ["SUCCESS", "FAILURE"]);
    const childEvents = await runEvents(child.runId);
    expect(stepEvents(childEvents, "prepare")).toEqual([]);
    expect(stepEvents(childEvents, "explode")).toContain("STEP_START");
  });

  it("retries retry_job's op under its RetryPolicy until it succeeds", async () => {
    const runId = await launch("retry_job");
    expect(await waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
    const types = stepEvents(await runEvents(runId), "flaky");
    expect(types.filter((type) => type === "STEP_UP_FOR_RETRY")).toHaveLength(2);
    expect(types.filter((type) => type === "STEP_RESTARTED")).toHaveLength(2);
    expect(types.filter((type) => type === "STEP_SUCCESS")).toHaveLength(1);
  });
});

describe("terminating runs", () => {
  it("terminates a running slow_job (DagsterGraphQLClient's GraphQLClientTerminateRun) and ends it CANCELED", async () => {
    const runId = await launch("slow_job", { ops: { slow_op: { config: { seconds: 20 } } } });
    await waitForStatus(runId, ["STARTED"]);
    const result = await graphql<{ terminateRun: { __typename: string; run?: { runId: string } } }>(
      `mutation GraphQLClientTerminateRun($runId: String!) {
        terminateRun(runId: $runId) {
          __typename
          ... on TerminateRunSuccess { run { runId } }
          ... on TerminateRunFailure { message }
          ... on RunNotFoundError { runId }
          ... on PythonError { message stack }
        }
      }`,
      { runId },
    );
    expect(result.terminateRun).toEqual({ __typename: "TerminateRunSuccess", run: { runId } });
    expect(await waitForStatus(runId, ["CANCELED", "SUCCESS", "FAILURE"], 20_000)).toBe("CANCELED");
  });

  it("answers TerminateRunFailure for a finished run and RunNotFoundError for an unknown one", async () => {
    const runId = await launch("hello_job");
    await waitForStatus(runId, ["SUCCESS"]);
    const data = await graphql<{
      terminateRuns: { terminateRunResults: { __typename: string; message?: string }[] };
    }>(
      `mutation ($runIds: [String!]!) { terminateRuns(runIds: $runIds) { ... on TerminateRunsResult { terminateRunResults {
        __typename ... on TerminateRunFailure { message } ... on RunNotFoundError { message }
      } } } }`,
      { runIds: [runId, "no-such-run"] },
    );
    expect(data.terminateRuns.terminateRunResults).toEqual([
      {
        __typename: "TerminateRunFailure",
        message: `Run ${runId} could not be terminated due to having status SUCCESS.`,
      },
      { __typename: "RunNotFoundError", message: "Run no-such-run could not be found." },
    ]);
  });
});
