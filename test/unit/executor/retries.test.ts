import { z } from "zod";
import { describe, expect, it } from "vitest";
import { defineDefinitions, defineJob, defineOp, RetryRequested } from "../../../shared/definitions";
import { RunHarness } from "../run-worker/run-harness";
import { flakyJob } from "./sample-jobs";

describe("step retries", () => {
  it("honours RetryRequested's own wait", async () => {
    const asksToRetry = defineOp({
      name: "asks_to_retry",
      out: z.number(),
      fn: async (ctx) => {
        if (ctx.attempt === 0) throw new RetryRequested({ maxRetries: 1, secondsToWait: 30 });
        return ctx.attempt;
      },
    });
    const harness = new RunHarness(
      defineDefinitions({ jobs: [defineJob({ name: "asks_job", graph: () => void asksToRetry() })] }),
    );
    expect((await harness.execute("asks_job")).status).toBe("SUCCESS");
    expect(harness.slept).toEqual([30_000]);
    expect(harness.eventsOf("STEP_UP_FOR_RETRY")[0]?.message).toBe(
      'Execution of step "asks_to_retry" failed and has requested a retry in 30 seconds.',
    );
  });
});

describe("retries: disabled", () => {
  it("fails a step on its first failure whatever its retry policy, under either executor", async () => {
    for (const execution of [
      { in_process: { retries: { disabled: {} } } },
      { multi: { retries: { disabled: {} } } },
    ]) {
      const harness = new RunHarness(defineDefinitions({ jobs: [flakyJob(2)] }));
      expect(await harness.execute("flaky_job", { runConfig: { execution: { config: execution } } })).toEqual(
        { status: "FAILURE", failedStepKeys: ["flaky"] },
      );
      expect(harness.slept).toEqual([]);
      expect(harness.types("flaky")).not.toContain("STEP_UP_FOR_RETRY");
      expect(harness.eventsOf("STEP_FAILURE", "flaky")[0]?.data).toMatchObject({
        error: { message: "failing attempt 0" },
      });
    }
  });

  it("keeps retrying when retries are explicitly enabled", async () => {
    const harness = new RunHarness(defineDefinitions({ jobs: [flakyJob(2)] }));
    expect(
      (
        await harness.execute("flaky_job", {
          runConfig: { execution: { config: { in_process: { retries: { enabled: {} } } } } },
        })
      ).status,
    ).toBe("SUCCESS");
  });
});
