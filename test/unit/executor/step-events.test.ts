import { describe, expect, it } from "vitest";
import { defineDefinitions } from "../../../shared/definitions";
import type { StepRunner } from "../../../shared/executor/step-runner";
import { createInProcessStepRunner } from "../../../shared/executor/in-process-step-runner";
import { RunHarness, START_TIME } from "../run-worker/run-harness";
import { diamondJob, failingJob } from "./sample-jobs";

const definitions = defineDefinitions({ jobs: [diamondJob, failingJob] });

describe("events of each step", () => {
  it("starts steps in plan order under the in_process executor (each step's sequence: the Executor contract)", async () => {
    const harness = new RunHarness(definitions);
    expect(await harness.execute("diamond_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    const stepStarts = harness.stored
      .filter((event) => event.eventType === "STEP_START")
      .map((event) => event.stepKey);
    expect(stepStarts).toEqual(["emit_one", "add_a", "add_b", "total"]);
  });

  it("stamps every event with the run, the time and Dagster's levels", async () => {
    const harness = new RunHarness(definitions);
    await harness.execute("failing_job");
    expect(
      harness.stored.every((event) => event.runId === "run-1" && event.timestamp >= START_TIME - 60_000),
    ).toBe(true);
    const levels = new Map(harness.stored.map((event) => [event.eventType, event.level]));
    expect(levels.get("STEP_START")).toBe("DEBUG");
    expect(levels.get("STEP_SUCCESS")).toBe("DEBUG");
    expect(levels.get("STEP_FAILURE")).toBe("ERROR");
    expect(levels.get("RUN_FAILURE")).toBe("ERROR");
  });

  it("writes user log lines as events without a type, at their level, under their step", async () => {
    const harness = new RunHarness(definitions);
    await harness.execute("diamond_job");
    const logs = harness.stored.filter((event) => event.eventType === null);
    expect(logs.map(({ stepKey, level, message }) => ({ stepKey, level, message }))).toEqual([
      { stepKey: "emit_one", level: "INFO", message: "emitting 1" },
      { stepKey: "emit_one", level: "WARNING", message: "1 is a small number" },
    ]);
  });

  it("emits log lines a runner streams as they come, under the step", async () => {
    // A runner that streams: it hands each line to onLog and returns none in the result.
    const inProcess = createInProcessStepRunner(definitions);
    const streaming: StepRunner = async (request, hooks) => {
      const result = await inProcess(request, hooks);
      result.logs.forEach((line) => hooks.onLog(line));
      return { ...result, logs: [] };
    };
    const harness = new RunHarness(definitions);
    await harness.execute("diamond_job", {}, { stepRunner: streaming });
    expect(harness.types("emit_one")).toEqual([
      "STEP_START",
      "LOG",
      "LOG",
      "STEP_OUTPUT",
      "HANDLED_OUTPUT",
      "STEP_SUCCESS",
    ]);
  });

  it("fails a step as UNEXPECTED_ERROR when its runner cannot run it", async () => {
    const harness = new RunHarness(definitions);
    const unreachable: StepRunner = async () => {
      throw new Error("code location unreachable");
    };
    const outcome = await harness.execute("diamond_job", {}, { stepRunner: unreachable });
    expect(outcome).toEqual({ status: "FAILURE", failedStepKeys: ["emit_one"] });
    expect(harness.eventsOf("STEP_FAILURE")[0]?.data).toMatchObject({
      errorSource: "UNEXPECTED_ERROR",
      error: { message: "code location unreachable" },
    });
    expect(harness.types("total")).toEqual(["STEP_SKIPPED"]);
  });
});
