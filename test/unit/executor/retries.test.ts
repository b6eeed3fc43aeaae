import { z } from "zod";
import { describe, expect, it } from "vitest";
import { defineDefinitions, defineJob, defineOp, RetryRequested } from "../../../shared/definitions";
import { RunHarness, START_TIME } from "../run-worker/run-harness";
import { flakyJob } from "./sample-jobs";

describe("step retries", () => {
  it("retries with the policy's backoff, waiting through the injected sleep, then continues downstream", async () => {
    const harness = new RunHarness(defineDefinitions({ jobs: [flakyJob(2)] }));
    expect(await harness.execute("flaky_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    // EXPONENTIAL with a 1 s delay: (2^1 - 1) s, then (2^2 - 1) s.
    expect(harness.slept).toEqual([1000, 3000]);
    expect(harness.types("flaky")).toEqual([
      "STEP_START",
      "LOADED_INPUT",
      "STEP_INPUT",
      "STEP_UP_FOR_RETRY",
      "STEP_RESTARTED",
      "LOADED_INPUT",
      "STEP_INPUT",
      "STEP_UP_FOR_RETRY",
      "STEP_RESTARTED",
      "LOADED_INPUT",
      "STEP_INPUT",
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
    // The restart happens only once the wait is over on the worker's clock.
    expect(harness.eventsOf("STEP_RESTARTED").map((event) => event.timestamp - START_TIME)).toEqual([1000, 4000]);
    expect(await harness.ioManager.loadInput({ runId: "run-1", stepKey: "after_flaky", outputName: "result" })).toBe(11);
  });

  it("fails the step once its retries are exhausted, and skips what depends on it", async () => {
    const harness = new RunHarness(defineDefinitions({ jobs: [flakyJob(5, 1)] }));
    expect(await harness.execute("flaky_job")).toEqual({ status: "FAILURE", failedStepKeys: ["flaky"] });
    expect(harness.slept).toEqual([1000]);
    expect(harness.types("flaky").filter((type) => type.startsWith("STEP_") && type !== "STEP_INPUT")).toEqual(["STEP_START", "STEP_UP_FOR_RETRY", "STEP_RESTARTED", "STEP_FAILURE"]);
    expect(harness.eventsOf("STEP_FAILURE", "flaky")[0]?.data).toMatchObject({ errorSource: "USER_CODE_ERROR", error: { message: "failing attempt 1" } });
    expect(harness.types("after_flaky")).toEqual(["STEP_SKIPPED"]);
  });

  it("honours RetryRequested's own wait", async () => {
    const asksToRetry = defineOp({
      name: "asks_to_retry",
      out: z.number(),
      fn: async (ctx) => {
        if (ctx.attempt === 0) throw new RetryRequested({ maxRetries: 1, secondsToWait: 30 });
        return ctx.attempt;
      },
    });
    const harness = new RunHarness(defineDefinitions({ jobs: [defineJob({ name: "asks_job", graph: () => void asksToRetry() })] }));
    expect((await harness.execute("asks_job")).status).toBe("SUCCESS");
    expect(harness.slept).toEqual([30_000]);
    expect(harness.eventsOf("STEP_UP_FOR_RETRY")[0]?.message).toBe('Execution of step "asks_to_retry" failed and has requested a retry in 30 seconds.');
  });

  it("stops waiting for a retry when the run is terminated, failing the step as interrupted", async () => {
    const harness = new RunHarness(defineDefinitions({ jobs: [flakyJob(2)] }));
    const outcome = await harness.execute(
      "flaky_job",
      {},
      {
        sleep: async (ms) => {
          harness.slept.push(ms);
          harness.terminationRequested = true; // the wait ends early because termination was requested
        },
      },
    );
    expect(outcome).toEqual({ status: "CANCELED", failedStepKeys: ["flaky"] });
    expect(harness.types("flaky").at(-1)).toBe("STEP_FAILURE");
    expect(harness.eventsOf("STEP_FAILURE", "flaky")[0]?.data).toMatchObject({ errorSource: "INTERRUPT" });
    expect(harness.eventsOf("STEP_RESTARTED")).toEqual([]);
    expect(harness.types("after_flaky")).toEqual([]);
    expect(harness.types().at(-1)).toBe("RUN_CANCELED");
  });
});

describe("retries: disabled", () => {
  it("fails a step on its first failure whatever its retry policy, under either executor", async () => {
    for (const execution of [{ in_process: { retries: { disabled: {} } } }, { multi: { retries: { disabled: {} } } }]) {
      const harness = new RunHarness(defineDefinitions({ jobs: [flakyJob(2)] }));
      expect(await harness.execute("flaky_job", { runConfig: { execution: { config: execution } } })).toEqual({ status: "FAILURE", failedStepKeys: ["flaky"] });
      expect(harness.slept).toEqual([]);
      expect(harness.types("flaky")).not.toContain("STEP_UP_FOR_RETRY");
      expect(harness.eventsOf("STEP_FAILURE", "flaky")[0]?.data).toMatchObject({ error: { message: "failing attempt 0" } });
    }
  });

  it("keeps retrying when retries are explicitly enabled", async () => {
    const harness = new RunHarness(defineDefinitions({ jobs: [flakyJob(2)] }));
    expect((await harness.execute("flaky_job", { runConfig: { execution: { config: { in_process: { retries: { enabled: {} } } } } } })).status).toBe("SUCCESS");
  });
});
