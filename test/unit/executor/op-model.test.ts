// The op model through the run worker engine in process: dynamic outputs mapped and collected, chained
// maps, re-execution of one mapped step and from failure, hooks, and optional outputs.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  defineDefinitions,
  defineJob,
  defineOp,
  DynamicOut,
  DynamicOutput,
} from "../../../shared/definitions";
import { KeyValueIOManager } from "../../../shared/io-manager/kv-io-manager";
import { withParentRunOutputs } from "../../../shared/io-manager/parent-run-outputs";
import { buildExecutionPlan } from "../../../shared/planning/execution-plan";
import { reexecutionStepKeys } from "../../../shared/planning/reexecution-step-keys";
import type { RunStateStore } from "../../../shared/executor/run-state-store";
import type { StepStats } from "../../../shared/storage/event-log-storage";
import { loadExampleDefinitions } from "../../../examples/example-location/definitions";
import { RunHarness } from "../run-worker/run-harness";

const example = loadExampleDefinitions();
const FAIL_CHUNK_2 = { ops: { process: { config: { fail_on: "chunk_2" } } } };

function stepStatuses(harness: RunHarness): Record<string, StepStats["status"]> {
  const final = { STEP_SUCCESS: "SUCCESS", STEP_FAILURE: "FAILURE", STEP_SKIPPED: "SKIPPED" } as const;
  return Object.fromEntries(
    harness.stored.flatMap((event) =>
      event.stepKey && event.eventType && event.eventType in final
        ? [[event.stepKey, final[event.eventType as keyof typeof final]]]
        : [],
    ),
  );
}

const starts = (harness: RunHarness) => harness.eventsOf("STEP_START").map((event) => event.stepKey);

function childOf(parent: RunHarness, runId: string): RunHarness {
  const child = new RunHarness(example, runId);
  child.ioManager = withParentRunOutputs(new KeyValueIOManager(child.kv), runId, (ref) =>
    parent.ioManager.loadInput(ref),
  );
  return child;
}

describe("dynamic outputs", () => {
  it("maps each chunk through a chained map and collects the results in mapping key order", async () => {
    const harness = new RunHarness(example);
    expect(await harness.execute("fan_out_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    expect(starts(harness)).toEqual([
      "split_chunks",
      "process[chunk_1]",
      "process[chunk_2]",
      "process[chunk_3]",
      "double[chunk_1]",
      "double[chunk_2]",
      "double[chunk_3]",
      "merge",
    ]);
    expect(harness.eventsOf("STEP_OUTPUT", "split_chunks").map((event) => event.data)).toEqual(
      ["chunk_1", "chunk_2", "chunk_3"].map((mappingKey) => ({
        outputName: "result",
        mappingKey,
        typeCheckSuccess: true,
      })),
    );
    expect(harness.eventsOf("STEP_OUTPUT", "split_chunks")[0]?.message).toBe(
      'Yielded output "result" (mapping key "chunk_1") of type "Array<Float>". (Type check passed).',
    );
    expect(harness.eventsOf("LOADED_INPUT", "process[chunk_2]")[0]?.data).toMatchObject({
      upstreamStepKey: "split_chunks",
      upstreamMappingKey: "chunk_2",
    });
    expect(
      harness.stored.some(
        (event) =>
          event.stepKey === "process[chunk_2]" && event.message === "process[chunk_2] summed 2 numbers to 7",
      ),
    ).toBe(true);
    // (1+2)*2, (3+4)*2, (5+6)*2
    expect(
      harness.stored.find((event) => event.stepKey === "merge" && event.eventType === null)?.message,
    ).toBe("merged 3 chunks: [6,14,22] = 42");
    expect(
      await harness.ioManager.loadInput({ runId: "run-1", stepKey: "merge", outputName: "result" }),
    ).toBe(42);
  });

  it("fails a step whose required dynamic output yields nothing, with Dagster's message", async () => {
    const harness = new RunHarness(example);
    const outcome = await harness.execute("fan_out_job", {
      runConfig: { ops: { split_chunks: { config: { chunks: 0 } } } },
    });
    expect(outcome).toEqual({ status: "FAILURE", failedStepKeys: ["split_chunks"] });
    expect(harness.eventsOf("STEP_FAILURE", "split_chunks")[0]?.data?.error?.message).toBe(
      'Core compute for op "split_chunks" did not return an output for non-optional output "result"',
    );
    expect(harness.eventsOf("STEP_SKIPPED").map((event) => [event.stepKey, event.message])).toEqual([
      ["merge", 'Skipped execution of step "merge": upstream step "split_chunks" failed.'],
    ]);
  });

  it("runs mapped steps side by side under the multi executor, collecting the same result", async () => {
    const harness = new RunHarness(example);
    const runConfig = {
      execution: { config: { multi: { max_concurrent: 3 } } },
      ops: { split_chunks: { config: { chunks: 6 } } },
    };
    expect(await harness.execute("fan_out_job", { runConfig })).toEqual({
      status: "SUCCESS",
      failedStepKeys: [],
    });
    // Three slots: the first three chunks all start before any of them finishes.
    const order = harness.stored
      .filter((event) => event.eventType === "STEP_START" || event.eventType === "STEP_SUCCESS")
      .map((event) => `${event.eventType}:${event.stepKey}`);
    expect(order.slice(2, 5)).toEqual([
      "STEP_START:process[chunk_1]",
      "STEP_START:process[chunk_2]",
      "STEP_START:process[chunk_3]",
    ]);
    expect(
      await harness.ioManager.loadInput({ runId: "run-1", stepKey: "merge", outputName: "result" }),
    ).toBe(2 * 78);
  });

  it("skips the collecting step when an optional dynamic output has no values", async () => {
    const none = defineOp({
      name: "none",
      out: DynamicOut(z.number(), { isRequired: false }),
      fn: async function* () {},
    });
    const use = defineOp({
      name: "use",
      ins: { value: z.number() },
      out: z.number(),
      fn: async (_ctx, { value }) => value,
    });
    const gather = defineOp({
      name: "gather",
      ins: { values: z.array(z.number()) },
      fn: async () => undefined,
    });
    const definitions = defineDefinitions({
      jobs: [
        defineJob({
          name: "empty_job",
          graph: () =>
            void gather({
              values: none()
                .map((value) => use({ value }))
                .collect(),
            }),
        }),
      ],
    });
    const harness = new RunHarness(definitions);
    expect(await harness.execute("empty_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    expect(starts(harness)).toEqual(["none"]);
    expect(harness.eventsOf("STEP_SKIPPED").map((event) => [event.stepKey, event.message])).toEqual([
      [
        "gather",
        'Skipped execution of step "gather": input "values" collects dynamic output "result" of step "none", which produced no values.',
      ],
    ]);
  });

  it("fails only the failing mapped step and skips what reads it", async () => {
    const harness = new RunHarness(example);
    expect(await harness.execute("fan_out_job", { runConfig: FAIL_CHUNK_2 })).toEqual({
      status: "FAILURE",
      failedStepKeys: ["process[chunk_2]"],
    });
    expect(harness.eventsOf("STEP_SKIPPED").map((event) => event.stepKey)).toEqual([
      "double[chunk_2]",
      "merge",
    ]);
    expect(harness.eventsOf("STEP_SUCCESS").map((event) => event.stepKey)).toEqual([
      "split_chunks",
      "process[chunk_1]",
      "process[chunk_3]",
      "double[chunk_1]",
      "double[chunk_3]",
    ]);
  });

  it("re-executes from failure: only the failed chunk and what reads it, the rest loaded from the parent", async () => {
    const parent = new RunHarness(example, "run-1");
    await parent.execute("fan_out_job", { runConfig: FAIL_CHUNK_2 });
    const stepKeys = reexecutionStepKeys(
      buildExecutionPlan(await parent.job("fan_out_job")),
      stepStatuses(parent),
      "FROM_FAILURE",
    );
    expect(stepKeys).toEqual(["process[chunk_2]", "double[chunk_2]", "merge"]);
    const child = childOf(parent, "run-2");
    expect(await child.execute("fan_out_job", { stepKeysToExecute: stepKeys, parentRunId: "run-1" })).toEqual(
      {
        status: "SUCCESS",
        failedStepKeys: [],
      },
    );
    expect(starts(child)).toEqual(["process[chunk_2]", "double[chunk_2]", "merge"]);
    expect(child.eventsOf("LOADED_INPUT", "merge").map((event) => event.message)).toEqual([
      'Loaded input "totals" using input manager "io_manager", from output "result" of step "double[chunk_1]" of parent run run-1',
      'Loaded input "totals" using input manager "io_manager", from output "result" of step "double[chunk_2]"',
      'Loaded input "totals" using input manager "io_manager", from output "result" of step "double[chunk_3]" of parent run run-1',
    ]);
    expect(await child.ioManager.loadInput({ runId: "run-2", stepKey: "merge", outputName: "result" })).toBe(
      42,
    );
  });

  it("re-executes one mapped step on the parent's value for its mapping key", async () => {
    const parent = new RunHarness(example, "run-1");
    await parent.execute("fan_out_job");
    const child = childOf(parent, "run-2");
    expect(
      await child.execute("fan_out_job", { stepKeysToExecute: ["process[chunk_3]"], parentRunId: "run-1" }),
    ).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    expect(starts(child)).toEqual(["process[chunk_3]"]);
    expect(child.eventsOf("LOADED_INPUT", "process[chunk_3]")[0]?.message).toBe(
      'Loaded input "chunk" using input manager "io_manager", from output "result" (mapping key "chunk_3") of step "split_chunks" of parent run run-1',
    );
    expect(
      await child.ioManager.loadInput({ runId: "run-2", stepKey: "process[chunk_3]", outputName: "result" }),
    ).toBe(11);
  });

  it("re-executes every mapped step of a node (node[?]) over the parent's mapping keys", async () => {
    const parent = new RunHarness(example, "run-1");
    await parent.execute("fan_out_job");
    const child = childOf(parent, "run-2");
    await child.execute("fan_out_job", { stepKeysToExecute: ["double[?]", "merge"], parentRunId: "run-1" });
    expect(starts(child)).toEqual(["double[chunk_1]", "double[chunk_2]", "double[chunk_3]", "merge"]);
  });

  it("fails the step when a mapping key repeats, as Dagster does", async () => {
    const twice = defineOp({
      name: "twice",
      out: DynamicOut(z.number()),
      fn: async () => [new DynamicOutput(1, "a"), new DynamicOutput(2, "a")],
    });
    const use = defineOp({ name: "use", ins: { value: z.number() }, fn: async () => undefined });
    const definitions = defineDefinitions({
      jobs: [defineJob({ name: "dup_job", graph: () => void twice().map((value) => use({ value })) })],
    });
    const harness = new RunHarness(definitions);
    expect(await harness.execute("dup_job")).toEqual({ status: "FAILURE", failedStepKeys: ["twice"] });
    expect(harness.eventsOf("STEP_FAILURE", "twice")[0]?.data?.error).toMatchObject({
      className: "DagsterInvariantViolationError",
      message:
        'Compute for op "twice" yielded a DynamicOutput with mapping_key "a" multiple times for output "result"',
    });
    expect(harness.eventsOf("STEP_START").map((event) => event.stepKey)).toEqual(["twice"]);
  });

  it("resumes a run whose worker stopped after the dynamic step, without running it again", async () => {
    const harness = new RunHarness(example);
    // Storage fails for every step after split_chunks: the worker stops with only split_chunks finished.
    const state = harness.state;
    const stopsAfterSplit: RunStateStore = {
      getStepState: (key) => state.getStepState(key),
      getStepStates: () => state.getStepStates(),
      setStepState: async (key, stepState) => {
        if (key !== "split_chunks") throw new Error("storage gone");
        await state.setStepState(key, stepState);
      },
      getRunState: () => state.getRunState(),
      setRunState: (runState) => state.setRunState(runState),
      getUnsentEvents: () => state.getUnsentEvents(),
      setUnsentEvents: (events) => state.setUnsentEvents(events),
    };
    await expect(harness.execute("fan_out_job", {}, { state: stopsAfterSplit })).rejects.toThrow(
      "storage gone",
    );
    expect(await harness.execute("fan_out_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    expect(harness.eventsOf("STEP_START", "split_chunks")).toHaveLength(1);
    expect(
      await harness.ioManager.loadInput({ runId: "run-1", stepKey: "merge", outputName: "result" }),
    ).toBe(42);
  });
});

describe("hooks", () => {
  it("runs success hooks after a step, reports a throwing hook as HOOK_ERRORED and skips failure hooks", async () => {
    const harness = new RunHarness(example);
    expect(await harness.execute("hooks_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    // A hook's log lines come after the step's outcome, just before its hook's event.
    expect(harness.types("greet").slice(-5)).toEqual([
      "STEP_SUCCESS",
      "HOOK_ERRORED",
      "LOG",
      "HOOK_COMPLETED",
      "HOOK_SKIPPED",
    ]);
    const errored = harness.eventsOf("HOOK_ERRORED", "greet")[0];
    expect(errored).toMatchObject({
      level: "ERROR",
      data: { hookName: "broken_notifier", error: { message: "the notifier is down" } },
    });
    expect(harness.eventsOf("HOOK_COMPLETED", "greet")[0]?.message).toBe(
      'Finished the execution of hook "announce_success" triggered for "greet".',
    );
    expect(harness.eventsOf("HOOK_SKIPPED", "greet")[0]?.message).toBe(
      'Skipped the execution of hook "report_failure". It did not meet its triggering condition during the execution of "greet".',
    );
    expect(
      harness.stored.some(
        (event) =>
          event.stepKey === "shout" &&
          event.message === 'hook announce_success: shout of run run-1 produced {"result":"HELLO"}',
      ),
    ).toBe(true);
  });

  it("runs failure hooks with the op's error when the step fails", async () => {
    const harness = new RunHarness(example);
    expect(
      await harness.execute("hooks_job", { runConfig: { ops: { shout: { config: { fail: true } } } } }),
    ).toEqual({
      status: "FAILURE",
      failedStepKeys: ["shout"],
    });
    expect(harness.types("shout").slice(-4)).toEqual([
      "STEP_FAILURE",
      "HOOK_SKIPPED",
      "LOG",
      "HOOK_COMPLETED",
    ]);
    expect(
      harness.stored.some(
        (event) =>
          event.stepKey === "shout" &&
          event.level === "ERROR" &&
          event.message === "hook report_failure: shout failed: shout: lost its voice",
      ),
    ).toBe(true);
  });
});

describe("optional outputs", () => {
  it("skips the branch whose optional output was not produced, and the run succeeds", async () => {
    const harness = new RunHarness(example);
    expect(await harness.execute("optional_branch_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    expect(harness.eventsOf("STEP_SKIPPED").map((event) => [event.stepKey, event.message])).toEqual([
      [
        "on_right",
        'Skipped execution of step "on_right": upstream step "route" did not produce output "right".',
      ],
    ]);
    expect(harness.eventsOf("STEP_SUCCESS").map((event) => event.stepKey)).toEqual([
      "route",
      "on_left",
      "summarize",
    ]);
  });

  it("fails a step that leaves out a required output, with Dagster's message", async () => {
    const harness = new RunHarness(example);
    expect(
      await harness.execute("optional_branch_job", {
        runConfig: { ops: { summarize: { config: { forget: true } } } },
      }),
    ).toEqual({ status: "FAILURE", failedStepKeys: ["summarize"] });
    expect(harness.eventsOf("STEP_FAILURE", "summarize")[0]?.data?.error).toMatchObject({
      className: "DagsterStepOutputNotFoundError",
      message: 'Core compute for op "summarize" did not return an output for non-optional output "summary"',
    });
  });
});
