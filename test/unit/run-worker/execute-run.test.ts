import { z } from "zod";
import { describe, expect, it } from "vitest";
import type { ExecuteStepResult } from "../../../shared/protocol/code-location-protocol";
import type { ComputeLogBatch } from "../../../shared/storage/compute-logs/compute-log-manager";
import { defineDefinitions, defineJob, defineOp } from "../../../shared/definitions";
import { createInProcessStepRunner } from "../../../shared/executor/in-process-step-runner";
import type { StepRunner } from "../../../shared/executor/step-runner";
import { KeyValueIOManager } from "../../../shared/io-manager/kv-io-manager";
import { withParentRunOutputs } from "../../../shared/io-manager/parent-run-outputs";
import { buildExecutionPlan } from "../../../shared/planning/execution-plan";
import { reexecutionStepKeys } from "../../../shared/planning/reexecution-step-keys";
import { createComputeLogWriter } from "../../../shared/executor/compute-log-writer";
import { createEventWriter } from "../../../shared/executor/event-writer";
import { executeRun } from "../../../shared/run-worker/execute-run";
import { MemoryKeyValueStore } from "../../../shared/storage/key-value-store";
import type { NewEvent, StepStats } from "../../../shared/storage/event-log-storage";
import { chainJob, diamondJob, flakyJob } from "../executor/sample-jobs";
import { RunHarness } from "./run-harness";

const definitions = defineDefinitions({ jobs: [diamondJob, chainJob(6)] });
const CHAIN = ["emit_one", "add_1", "add_2", "add_3", "add_4", "add_5"];

/** A runner that hangs on `stepKey` (the worker dies there) and says when it got there. */
function crashingAt(stepKey: string, inner: StepRunner) {
  let reached: () => void = () => undefined;
  const crashed = new Promise<void>((resolve) => (reached = resolve));
  const runner: StepRunner = (request, hooks) => {
    if (request.stepKey !== stepKey) return inner(request, hooks);
    reached();
    return new Promise<ExecuteStepResult>(() => undefined);
  };
  return { runner, crashed };
}

/** Storage that fails the first write of one key, as a Durable Object's storage can. */
class FailingOnce extends MemoryKeyValueStore {
  constructor(private failKey: string | undefined) {
    super();
  }
  override async put(key: string, value: unknown): Promise<void> {
    if (key !== this.failKey) return super.put(key, value);
    this.failKey = undefined;
    throw new Error("storage unavailable");
  }
}

/** Fails, once each, storing the run state that follows RUN_START and the one that follows the run's end event. */
class FailingAfterCheckpoints extends MemoryKeyValueStore {
  readonly #failures = new Set(["after RUN_START", "after the end event"]);
  override async put(key: string, value: unknown): Promise<void> {
    const state = value as { started?: boolean; outcome?: unknown; terminalEventWritten?: boolean };
    const moment =
      key !== "run-state/run"
        ? null
        : state.terminalEventWritten
          ? "after the end event"
          : state.started && state.outcome === undefined
            ? "after RUN_START"
            : null;
    if (moment !== null && this.#failures.delete(moment)) throw new Error(`storage unavailable ${moment}`);
    return super.put(key, value);
  }
}

const countBy = (values: readonly (string | null | undefined)[]) => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value ?? ""] = (counts[value ?? ""] ?? 0) + 1;
  return counts;
};

describe("executeRun", () => {
  it("brackets the steps with RUN_START, executor ENGINE_EVENTs and RUN_SUCCESS", async () => {
    const harness = new RunHarness(definitions);
    expect(await harness.execute("diamond_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    const runLevel = harness.stored
      .filter((event) => event.stepKey === null)
      .map((event) => [event.eventType, event.message]);
    expect(runLevel).toEqual([
      ["RUN_START", 'Started execution of run for "diamond_job".'],
      ["ENGINE_EVENT", "Executing steps using in_process executor"],
      ["ENGINE_EVENT", "Finished steps using in_process executor in 0ms"],
      ["RUN_SUCCESS", 'Finished execution of run for "diamond_job".'],
    ]);
    expect(await harness.state.getRunState()).toEqual({
      started: true,
      outcome: { status: "SUCCESS", failedStepKeys: [] },
      terminalEventWritten: true,
    });
  });

  it("is idempotent once finished: a second call returns the outcome and writes nothing", async () => {
    const harness = new RunHarness(definitions);
    const first = await harness.execute("diamond_job");
    const written = harness.stored.length;
    expect(await harness.execute("diamond_job")).toEqual(first);
    expect(harness.stored).toHaveLength(written);
  });

  it("after a crash between storing the outcome and writing it, writes only the terminal event", async () => {
    const harness = new RunHarness(definitions);
    await harness.state.setRunState({
      started: true,
      outcome: { status: "FAILURE", failedStepKeys: ["add_2"] },
    });
    expect(await harness.execute("chain_job")).toEqual({ status: "FAILURE", failedStepKeys: ["add_2"] });
    expect(harness.types()).toEqual(["RUN_FAILURE"]);
    expect(harness.eventsOf("RUN_FAILURE")[0]?.message).toBe(
      'Execution of run for "chain_job" failed. Steps failed: add_2.',
    );
    expect((await harness.state.getRunState())?.terminalEventWritten).toBe(true);
  });

  it("resumes after a crash: finished steps are not re-run, the interrupted one is, each succeeds once", async () => {
    const harness = new RunHarness(definitions);
    const { runner, crashed } = crashingAt("add_3", createInProcessStepRunner(definitions));
    const firstWorker = harness.worker({ stepRunner: runner });
    void executeRun({
      ...firstWorker,
      run: { runId: "run-1", jobName: "chain_job", runConfig: {} },
      job: await harness.job("chain_job"),
    });
    await crashed;
    await firstWorker.events.flush(); // what the first worker wrote before it died

    expect(await harness.execute("chain_job")).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    expect(countBy(harness.eventsOf("STEP_SUCCESS").map((event) => event.stepKey))).toEqual(
      Object.fromEntries(CHAIN.map((key) => [key, 1])),
    );
    expect(countBy(harness.eventsOf("STEP_START").map((event) => event.stepKey))).toEqual({
      ...Object.fromEntries(CHAIN.map((key) => [key, 1])),
      add_3: 2,
    });
    expect(harness.eventsOf("RUN_START")).toHaveLength(1);
    expect(harness.eventsOf("RUN_SUCCESS")).toHaveLength(1);
    const resumed = harness.eventsOf("ENGINE_EVENT", "add_3");
    expect(resumed.map((event) => event.message)).toEqual([
      'Step "add_3" was interrupted during attempt # 1 when the previous run worker stopped; executing it again.',
    ]);
    expect(
      await harness.ioManager.loadInput({ runId: "run-1", stepKey: "add_5", outputName: "result" }),
    ).toBe(6);
  });

  it("resumes a step that was waiting to retry, waiting only the time left", async () => {
    const harness = new RunHarness(defineDefinitions({ jobs: [flakyJob(1)] }));
    let sleeping: () => void = () => undefined;
    const asleep = new Promise<void>((resolve) => (sleeping = resolve));
    const firstWorker = harness.worker({
      sleep: () => {
        sleeping();
        return new Promise<void>(() => undefined); // the worker dies while waiting
      },
    });
    void executeRun({
      ...firstWorker,
      run: { runId: "run-1", jobName: "flaky_job", runConfig: {} },
      job: await harness.job("flaky_job"),
    });
    await asleep;
    harness.clock += 400;

    expect((await harness.execute("flaky_job")).status).toBe("SUCCESS");
    expect(harness.slept).toEqual([600]);
    expect(
      harness.types("flaky").filter((type) => type === "STEP_RESTARTED" || type === "STEP_SUCCESS"),
    ).toEqual(["STEP_RESTARTED", "STEP_SUCCESS"]);
  });

  it("rejects when its storage fails, and a later call resumes the run", async () => {
    const harness = new RunHarness(definitions, "run-1", new FailingOnce("run-state/step/add_2"));
    await expect(harness.execute("chain_job")).rejects.toThrow("storage unavailable");
    expect(harness.eventsOf("RUN_SUCCESS")).toEqual([]);

    expect((await harness.execute("chain_job")).status).toBe("SUCCESS");
    expect(countBy(harness.eventsOf("STEP_SUCCESS").map((event) => event.stepKey))).toEqual(
      Object.fromEntries(CHAIN.map((key) => [key, 1])),
    );
    expect(harness.eventsOf("RUN_START")).toHaveLength(1);
  });

  it("sends its run's start and end again after a failed attempt under the same idempotency keys, which storage keeps once", async () => {
    const harness = new RunHarness(definitions, "run-1", new FailingAfterCheckpoints());
    await expect(harness.execute("chain_job")).rejects.toThrow("storage unavailable after RUN_START");
    await expect(harness.execute("chain_job")).rejects.toThrow("storage unavailable after the end event");
    expect((await harness.execute("chain_job")).status).toBe("SUCCESS");
    // The harness's sink keeps every copy sent; storage would keep one per key.
    expect(harness.eventsOf("RUN_START").map((event) => event.idempotencyKey)).toEqual([
      "run-1:RUN_START",
      "run-1:RUN_START",
    ]);
    expect(harness.eventsOf("RUN_SUCCESS").map((event) => event.idempotencyKey)).toEqual([
      "run-1:RUN_END",
      "run-1:RUN_END",
    ]);
    const stepKeys = harness.eventsOf("STEP_SUCCESS").map((event) => event.idempotencyKey);
    expect(new Set(stepKeys).size).toBe(stepKeys.length);
  });

  it("keeps the events an attempt could not send and sends them first in the next, so no finished step is missing from the log", async () => {
    const harness = new RunHarness(definitions, "run-1", new FailingOnce("run-state/step/add_2"));
    const sent: NewEvent[] = [];
    let sinkCalls = 0;
    // The instance answers RUN_START's flush, then is unreachable for the rest of the first attempt.
    let reachableCalls = 1;
    const writer = () =>
      createEventWriter({
        sink: async (batch) => {
          if (++sinkCalls > reachableCalls) throw new Error("instance unreachable");
          sent.push(...batch);
        },
        maxDelayMs: 60_000,
      });
    await expect(harness.execute("chain_job", {}, { events: writer() })).rejects.toThrow(
      "storage unavailable",
    );
    expect(sent.map((event) => event.eventType)).toEqual(["RUN_START"]);
    expect(
      (await harness.state.getUnsentEvents())
        .filter((event) => event.eventType === "STEP_SUCCESS")
        .map((event) => event.stepKey),
    ).toEqual(["emit_one", "add_1"]);

    reachableCalls = Number.POSITIVE_INFINITY;
    expect((await harness.execute("chain_job", {}, { events: writer() })).status).toBe("SUCCESS");
    expect(
      countBy(sent.filter((event) => event.eventType === "STEP_SUCCESS").map((event) => event.stepKey)),
    ).toEqual(Object.fromEntries(CHAIN.map((key) => [key, 1])));
    expect(sent.filter((event) => event.eventType === "RUN_SUCCESS")).toHaveLength(1);
    expect(await harness.state.getUnsentEvents()).toEqual([]);
  });

  it("sends the captured output and completed captures before rejecting, since a resumed worker opens new ones", async () => {
    const harness = new RunHarness(definitions, "run-1", new FailingOnce("run-state/step/add_2"));
    const batches: ComputeLogBatch[] = [];
    // Nothing goes out on a timer: only a flush sends.
    const computeLogs = createComputeLogWriter({
      runId: harness.runId,
      sink: async (batch) => void batches.push(batch),
      maxDelayMs: 60_000,
    });
    await expect(harness.execute("chain_job", {}, { computeLogs })).rejects.toThrow("storage unavailable");
    const fileKeys = harness.eventsOf("LOGS_CAPTURED").map((event) => String(event.data?.fileKey));
    expect(fileKeys.length).toBeGreaterThan(1);
    const completed = batches.flatMap((batch) => batch.completed.map((logKey) => logKey[2]));
    expect(completed).toEqual(
      expect.arrayContaining(fileKeys.filter((fileKey) => !fileKey.startsWith("add_2-"))),
    );
    const emitOneKey = fileKeys.find((fileKey) => fileKey.startsWith("emit_one-"));
    expect(emitOneKey).toBeDefined();
    const emitOneStderr = batches
      .flatMap((batch) => batch.chunks)
      .filter((chunk) => chunk.logKey[2] === emitOneKey && chunk.stream === "stderr")
      .sort((a, b) => a.offset - b.offset)
      .map((chunk) => chunk.text)
      .join("");
    expect(emitOneStderr).toContain("emitting 1");
  });

  it("stops launching steps when termination is requested and ends with RUN_CANCELED", async () => {
    const harness = new RunHarness(definitions);
    const inProcess = createInProcessStepRunner(definitions);
    const terminatingDuringAdd2: StepRunner = async (request, hooks) => {
      if (request.stepKey === "add_2") harness.terminationRequested = true;
      return inProcess(request, hooks);
    };
    expect(await harness.execute("chain_job", {}, { stepRunner: terminatingDuringAdd2 })).toEqual({
      status: "CANCELED",
      failedStepKeys: [],
    });
    expect(harness.eventsOf("STEP_SUCCESS").map((event) => event.stepKey)).toEqual([
      "emit_one",
      "add_1",
      "add_2",
    ]);
    expect(harness.eventsOf("ENGINE_EVENT").map((event) => event.message)).toContain(
      "Run termination requested: not launching steps add_3, add_4, add_5.",
    );
    expect(harness.types().at(-1)).toBe("RUN_CANCELED");
    expect(harness.eventsOf("RUN_CANCELED")[0]).toMatchObject({
      level: "ERROR",
      message: 'Execution of run for "chain_job" canceled.',
    });
    const written = harness.stored.length;
    expect((await harness.execute("chain_job")).status).toBe("CANCELED");
    expect(harness.stored).toHaveLength(written);
  });

  it("fails the run without starting it when a step key is unknown", async () => {
    const harness = new RunHarness(definitions);
    const outcome = await harness.execute("diamond_job", {
      stepKeysToExecute: ["total", "nope"],
      parentRunId: "run-0",
    });
    expect(outcome).toMatchObject({
      status: "FAILURE",
      failedStepKeys: [],
      error: { message: expect.stringContaining('"nope"') },
    });
    expect(harness.types()).toEqual(["RUN_FAILURE"]);
    expect(harness.eventsOf("RUN_FAILURE")[0]?.message).toMatch(
      /^Execution of run for "diamond_job" failed before any step ran: stepKeysToExecute: job "diamond_job" has no step/,
    );
  });
});

describe("re-execution", () => {
  const maybeFail = defineOp({
    name: "maybe_fail",
    ins: { value: z.number() },
    config: z.object({ fail: z.boolean() }),
    out: z.number(),
    fn: async (ctx, { value }) => {
      if (ctx.config.fail) throw new Error("asked to fail");
      return value * 100;
    },
  });
  const counted = defineOp({ name: "counted", out: z.number(), fn: async () => 7 });
  const job = defineJob({
    name: "reexec_job",
    graph: () => void maybeFail.alias("finish")({ value: maybeFail({ value: counted() }) }),
  });
  const reexecDefinitions = defineDefinitions({ jobs: [job] });
  const config = (fail: boolean) => ({
    ops: { maybe_fail: { config: { fail } }, finish: { config: { fail: false } } },
  });

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

  it("re-executes from failure, loading the parent run's outputs through the lookup", async () => {
    const parent = new RunHarness(reexecDefinitions, "run-1");
    expect(await parent.execute("reexec_job", { runConfig: config(true) })).toEqual({
      status: "FAILURE",
      failedStepKeys: ["maybe_fail"],
    });
    const stepKeys = reexecutionStepKeys(
      buildExecutionPlan(await parent.job("reexec_job")),
      stepStatuses(parent),
      "FROM_FAILURE",
    );
    expect(stepKeys).toEqual(["maybe_fail", "finish"]);

    const child = new RunHarness(reexecDefinitions, "run-2");
    child.ioManager = withParentRunOutputs(new KeyValueIOManager(child.kv), "run-2", (ref) =>
      parent.ioManager.loadInput(ref),
    );
    const outcome = await child.execute("reexec_job", {
      runConfig: config(false),
      stepKeysToExecute: stepKeys,
      parentRunId: "run-1",
    });
    expect(outcome).toEqual({ status: "SUCCESS", failedStepKeys: [] });
    expect(child.eventsOf("STEP_START").map((event) => event.stepKey)).toEqual(["maybe_fail", "finish"]);
    expect(child.eventsOf("LOADED_INPUT", "maybe_fail")[0]?.message).toBe(
      'Loaded input "value" using input manager "io_manager", from output "result" of step "counted" of parent run run-1',
    );
    expect(await child.ioManager.loadInput({ runId: "run-2", stepKey: "finish", outputName: "result" })).toBe(
      70_000,
    );
  });

  it("fails a step whose input would come from a parent run the run does not have", async () => {
    const harness = new RunHarness(reexecDefinitions);
    expect(
      await harness.execute("reexec_job", { runConfig: config(false), stepKeysToExecute: ["finish"] }),
    ).toEqual({ status: "FAILURE", failedStepKeys: ["finish"] });
    expect(harness.eventsOf("STEP_FAILURE", "finish")[0]?.data).toMatchObject({
      errorSource: "FRAMEWORK_ERROR",
      error: {
        message:
          'input "value" of step "finish" reads output "result" of step "maybe_fail", which this run does not execute, and the run has no parent run to load it from',
      },
    });
  });
});
