/**
 * The Executor contract, over the real engine (executeRun) and the real SDK: steps run in dependency
 * order with each upstream output passed downstream; a failing step fails the run and skips what depends
 * on it while independent steps still run; retries follow the op's policy and exhaust; termination
 * interrupts the step in flight and launches nothing more; user log lines (and, where the executor
 * captures it, console output) are kept per step. An implementation's test file calls
 * `describeExecutor(name, setUp)`; `setUp` receives the definitions every step must be executed from
 * (a step server serves them) and says which run config selects the executor.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComputeLogBatch } from "../../shared/storage/compute-logs/compute-log-manager";
import { defineDefinitions, type Definitions } from "../../shared/definitions";
import { createComputeLogWriter } from "../../shared/executor/compute-log-writer";
import { RunHarness, START_TIME } from "../unit/run-worker/run-harness";
import { diamondJob, failingJob, flakyJob, slowJob, talkJob } from "../unit/executor/sample-jobs";

export type ExecutorUnderTest = {
  /** The run config's `execution` block that selects the executor. */
  readonly execution: Record<string, unknown>;
  /** The run worker's environment (`{ env: NAME }` references in the execution block). */
  readonly env?: Readonly<Record<string, unknown>>;
  /** Whether what an op prints (console.log/error) is captured as its compute logs. */
  readonly capturesConsole: boolean;
  close?(): Promise<void>;
};

const SLOW_STEP_MS = 2_000;
const definitions = defineDefinitions({
  jobs: [
    diamondJob,
    failingJob,
    flakyJob(2),
    flakyJob(5, 1, "exhausted_job"),
    slowJob(SLOW_STEP_MS),
    talkJob,
  ],
});
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function describeExecutor(
  name: string,
  setUp: (definitions: Definitions) => Promise<ExecutorUnderTest>,
): void {
  describe(`${name}: Executor`, () => {
    let executor: ExecutorUnderTest;
    beforeAll(async () => {
      executor = await setUp(definitions);
    });
    afterAll(() => executor?.close?.());

    const run = (
      harness: RunHarness,
      jobName: string,
      overrides: Parameters<RunHarness["execute"]>[2] = {},
    ) =>
      harness.execute(
        jobName,
        { runConfig: { execution: executor.execution } },
        { env: executor.env, ...overrides },
      );

    it("runs steps in dependency order, passing each output downstream (fan-out and fan-in)", async () => {
      const harness = new RunHarness(definitions);
      expect(await run(harness, "diamond_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
      const output = ["STEP_OUTPUT", "HANDLED_OUTPUT", "STEP_SUCCESS"];
      expect(harness.types("emit_one")).toEqual(["STEP_START", "LOG", "LOG", ...output]);
      expect(harness.types("add_a")).toEqual(["STEP_START", "LOADED_INPUT", "STEP_INPUT", ...output]);
      expect(harness.types("total")).toEqual([
        "STEP_START",
        "LOADED_INPUT",
        "LOADED_INPUT",
        "STEP_INPUT",
        "ASSET_MATERIALIZATION",
        ...output,
      ]);
      const at = (type: string, stepKey: string) =>
        harness.stored.findIndex((event) => event.eventType === type && event.stepKey === stepKey);
      for (const [upstream, downstream] of [
        ["emit_one", "add_a"],
        ["emit_one", "add_b"],
        ["add_a", "total"],
        ["add_b", "total"],
      ] as const) {
        expect(at("STEP_SUCCESS", upstream)).toBeLessThan(at("STEP_START", downstream));
      }
      expect(harness.eventsOf("LOADED_INPUT", "total").map((event) => event.data)).toEqual([
        {
          inputName: "values",
          managerKey: "io_manager",
          upstreamStepKey: "add_a",
          upstreamOutputName: "result",
        },
        {
          inputName: "values",
          managerKey: "io_manager",
          upstreamStepKey: "add_b",
          upstreamOutputName: "result",
        },
      ]);
      expect(harness.eventsOf("STEP_INPUT", "total")[0]?.data).toEqual({
        inputName: "values",
        typeCheckSuccess: true,
      });
      expect(harness.eventsOf("STEP_OUTPUT", "total")[0]?.data).toEqual({
        outputName: "result",
        typeCheckSuccess: true,
      });
      expect(harness.eventsOf("HANDLED_OUTPUT", "total")[0]?.data).toEqual({
        outputName: "result",
        managerKey: "io_manager",
      });
      const materialization = harness.eventsOf("ASSET_MATERIALIZATION", "total")[0];
      expect(materialization?.data).toEqual({
        assetKey: ["totals", "diamond"],
        metadata: { sum: 4 },
        description: "the sum",
      });
      expect(materialization?.message).toBe("Materialized value totals/diamond.");
      expect(
        await harness.ioManager.loadInput({ runId: "run-1", stepKey: "total", outputName: "result" }),
      ).toBe(4);
    });

    it("fails a step with its error, skips what depends on it, and still runs independent steps", async () => {
      const harness = new RunHarness(definitions);
      expect(await run(harness, "failing_job")).toEqual({ status: "FAILURE", failedStepKeys: ["explode"] });
      expect(harness.types("explode")).toEqual([
        "STEP_START",
        "LOADED_INPUT",
        "STEP_INPUT",
        "LOG",
        "STEP_FAILURE",
      ]);
      expect(harness.eventsOf("STEP_FAILURE", "explode")[0]?.data).toMatchObject({
        errorSource: "USER_CODE_ERROR",
        error: { message: "boom", className: "Error" },
      });
      expect(harness.types("after")).toEqual(["STEP_SKIPPED"]);
      expect(harness.eventsOf("STEP_SKIPPED", "after")[0]?.message).toBe(
        'Skipped execution of step "after": upstream step "explode" failed.',
      );
      expect(
        harness
          .eventsOf("STEP_SUCCESS")
          .map((event) => event.stepKey)
          .sort(),
      ).toEqual(["add_side", "emit_one", "emit_side"]);
      const runFailure = harness.eventsOf("RUN_FAILURE")[0];
      expect(runFailure?.message).toBe('Execution of run for "failing_job" failed. Steps failed: explode.');
      expect(runFailure?.data).toMatchObject({
        failureReason: "STEP_FAILURE",
        error: { message: "Steps failed: explode." },
      });
    });

    it("retries a step with its policy's backoff on the worker's clock, then continues downstream", async () => {
      const harness = new RunHarness(definitions);
      expect(await run(harness, "flaky_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
      // EXPONENTIAL with a 1 s delay: (2^1 - 1) s, then (2^2 - 1) s.
      expect(harness.slept).toEqual([1000, 3000]);
      const attempt = ["LOADED_INPUT", "STEP_INPUT"];
      expect(harness.types("flaky")).toEqual([
        "STEP_START",
        ...attempt,
        "STEP_UP_FOR_RETRY",
        "STEP_RESTARTED",
        ...attempt,
        "STEP_UP_FOR_RETRY",
        "STEP_RESTARTED",
        ...attempt,
        "STEP_OUTPUT",
        "HANDLED_OUTPUT",
        "STEP_SUCCESS",
      ]);
      const upForRetry = harness.eventsOf("STEP_UP_FOR_RETRY");
      expect(upForRetry.map((event) => event.data?.secondsToWait)).toEqual([1, 3]);
      expect(upForRetry[0]?.data?.error).toMatchObject({ message: "failing attempt 0" });
      expect(harness.eventsOf("STEP_RESTARTED").map((event) => event.message)).toEqual([
        'Started re-execution (attempt # 2) of step "flaky".',
        'Started re-execution (attempt # 3) of step "flaky".',
      ]);
      expect(harness.eventsOf("STEP_RESTARTED").map((event) => event.timestamp - START_TIME)).toEqual([
        1000, 4000,
      ]);
      expect(
        await harness.ioManager.loadInput({ runId: "run-1", stepKey: "after_flaky", outputName: "result" }),
      ).toBe(11);
    });

    it("fails a step once its retries are exhausted, and skips what depends on it", async () => {
      const harness = new RunHarness(definitions);
      expect(await run(harness, "exhausted_job")).toEqual({ status: "FAILURE", failedStepKeys: ["flaky"] });
      expect(harness.slept).toEqual([1000]);
      expect(
        harness.types("flaky").filter((type) => type.startsWith("STEP_") && type !== "STEP_INPUT"),
      ).toEqual(["STEP_START", "STEP_UP_FOR_RETRY", "STEP_RESTARTED", "STEP_FAILURE"]);
      expect(harness.eventsOf("STEP_FAILURE", "flaky")[0]?.data).toMatchObject({
        errorSource: "USER_CODE_ERROR",
        error: { message: "failing attempt 1" },
      });
      expect(harness.types("after_flaky")).toEqual(["STEP_SKIPPED"]);
    });

    it("stops waiting for a retry when the run is terminated, failing the step as interrupted", async () => {
      const harness = new RunHarness(definitions);
      const sleep = async (ms: number) => {
        harness.slept.push(ms);
        harness.terminationRequested = true; // the wait ends early because termination was requested
      };
      expect(await run(harness, "flaky_job", { sleep })).toEqual({
        status: "CANCELED",
        failedStepKeys: ["flaky"],
      });
      expect(harness.types("flaky").at(-1)).toBe("STEP_FAILURE");
      expect(harness.eventsOf("STEP_FAILURE", "flaky")[0]?.data).toMatchObject({ errorSource: "INTERRUPT" });
      expect(harness.eventsOf("STEP_RESTARTED")).toEqual([]);
      expect(harness.types("after_flaky")).toEqual([]);
      expect(harness.types().at(-1)).toBe("RUN_CANCELED");
    });

    it("interrupts the step in flight when the run is terminated, launching nothing more", async () => {
      const harness = new RunHarness(definitions);
      const termination = new AbortController();
      const outcome = run(harness, "slow_job", { signal: termination.signal });
      while (harness.eventsOf("STEP_START", "slow").length === 0) await pause(5);
      await pause(20);
      const abortedAt = Date.now();
      termination.abort();
      expect(await outcome).toEqual({ status: "CANCELED", failedStepKeys: ["slow"] });
      expect(Date.now() - abortedAt).toBeLessThan(SLOW_STEP_MS / 2);
      expect(harness.eventsOf("ENGINE_EVENT").map((event) => event.message)).toContain(
        "Run termination requested: interrupting steps slow; not launching steps after_slow.",
      );
      expect(
        harness
          .eventsOf("STEP_FAILURE")
          .map((event) => [event.stepKey, event.data?.errorSource, event.data?.error?.className]),
      ).toEqual([["slow", "INTERRUPT", "DagsterExecutionInterruptedError"]]);
      expect(harness.types("after_slow")).toEqual([]);
      expect(harness.eventsOf("RUN_CANCELED")).toHaveLength(1);
    });

    it("ends at once when terminated before any step ran, starting nothing", async () => {
      const harness = new RunHarness(definitions);
      const termination = new AbortController();
      termination.abort();
      expect(await run(harness, "diamond_job", { signal: termination.signal })).toEqual({
        status: "CANCELED",
        failedStepKeys: [],
      });
      expect(harness.types().filter((type) => type !== "ENGINE_EVENT")).toEqual([
        "RUN_START",
        "RUN_CANCELED",
      ]);
    });

    it("keeps each step's log lines under it at their levels, and captures console output where it can", async () => {
      const harness = new RunHarness(definitions);
      const batches: ComputeLogBatch[] = [];
      const computeLogs = createComputeLogWriter({
        runId: harness.runId,
        sink: async (batch) => void batches.push(batch),
        maxDelayMs: 5,
      });
      expect((await run(harness, "talk_job", { computeLogs })).status).toBe("SUCCESS");
      await computeLogs.flush();
      const logs = harness.stored.filter((event) => event.eventType === null);
      expect(logs.map(({ stepKey, level, message }) => ({ stepKey, level, message }))).toEqual([
        { stepKey: "talker", level: "WARNING", message: "talker is done" },
      ]);
      const stdout = batches
        .flatMap((batch) =>
          batch.chunks.filter((chunk) => chunk.stream === "stdout").map((chunk) => chunk.text),
        )
        .join("");
      expect(stdout).toBe(executor.capturesConsole ? "talker says hi\n" : "");
      if (executor.capturesConsole) {
        const captured = harness.stored.findIndex((event) => event.eventType === "LOGS_CAPTURED");
        expect(harness.stored[captured]).toMatchObject({
          stepKey: null,
          message: 'Started capturing logs for step "talker".',
        });
        expect(captured).toBeLessThan(harness.stored.findIndex((event) => event.eventType === "STEP_START"));
      }
    });
  });
}
