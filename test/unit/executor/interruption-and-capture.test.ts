/**
 * The engine with a run's AbortSignal and compute log writer, in process with the real SDK: termination
 * interrupts every step in flight (ops see `context.signal`), the run ends CANCELED once, and late
 * output of an op that ignores its signal is dropped; each attempt's capture is announced before its
 * STEP_START and holds exactly what its own op printed, also while steps interleave.
 */
import { z } from "zod";
import { describe, expect, it } from "vitest";
import type { ComputeLogBatch } from "../../../shared/storage/compute-logs/compute-log-manager";
import { defineDefinitions, defineJob, defineOp } from "../../../shared/definitions";
import { createComputeLogWriter } from "../../../shared/executor/compute-log-writer";
import { RunHarness } from "../run-worker/run-harness";

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const MULTI = { execution: { config: { multi: {} } } };

/** Every stream's text per file key, from what the writer sent. */
function capturedText(
  batches: readonly ComputeLogBatch[],
): Record<string, { stdout: string; stderr: string; complete: boolean }> {
  const files: Record<string, { stdout: string; stderr: string; complete: boolean }> = {};
  const file = (logKey: readonly string[]) =>
    (files[logKey[2] ?? ""] ??= { stdout: "", stderr: "", complete: false });
  for (const batch of batches) {
    for (const chunk of [...batch.chunks].sort((a, b) => a.offset - b.offset))
      file(chunk.logKey)[chunk.stream] += chunk.text;
    for (const logKey of batch.completed) file(logKey).complete = true;
  }
  return files;
}

function withComputeLogs(harness: RunHarness) {
  const batches: ComputeLogBatch[] = [];
  const computeLogs = createComputeLogWriter({
    runId: harness.runId,
    sink: async (batch) => void batches.push(batch),
    maxDelayMs: 5,
  });
  return { computeLogs, batches };
}

const fileKeyOf = (harness: RunHarness, stepKey: string) =>
  String(
    harness.eventsOf("LOGS_CAPTURED").find((event) => (event.data?.stepKeys as string[])[0] === stepKey)?.data
      ?.fileKey,
  );

describe("termination inside the engine", () => {
  const stopped: string[] = [];
  const patient = (name: string) =>
    defineOp({
      name,
      out: z.number(),
      fn: async (ctx) => {
        try {
          await ctx.sleep(60_000);
        } finally {
          stopped.push(`${ctx.stepKey}: ${ctx.signal.aborted ? String(ctx.signal.reason) : "not aborted"}`);
        }
        return 1;
      },
    });
  const stubborn = defineOp({
    name: "stubborn",
    out: z.number(),
    fn: async (ctx) => {
      await pause(50);
      ctx.log.info("still here");
      console.log("still printing");
      return 2;
    },
  });
  const sum = defineOp({
    name: "sum",
    ins: { values: z.array(z.number()) },
    out: z.number(),
    fn: async (_ctx, { values }) => values.length,
  });
  const job = defineJob({
    name: "wide_job",
    graph: () => void sum({ values: [patient("wait_a")(), patient("wait_b")(), stubborn()] }),
  });
  const definitions = defineDefinitions({ jobs: [job] });

  it("interrupts every step in flight, skips launching the rest, and ends with one RUN_CANCELED", async () => {
    const harness = new RunHarness(definitions);
    const { computeLogs, batches } = withComputeLogs(harness);
    const termination = new AbortController();
    const outcome = harness.execute(
      "wide_job",
      { runConfig: MULTI },
      { signal: termination.signal, computeLogs },
    );
    await pause(20);
    const abortedAt = Date.now();
    termination.abort();
    expect(await outcome).toEqual({ status: "CANCELED", failedStepKeys: ["wait_a", "wait_b", "stubborn"] });
    // The ops would wait a minute: the engine did not wait for them.
    expect(Date.now() - abortedAt).toBeLessThan(1_000);

    expect(harness.eventsOf("ENGINE_EVENT").map((event) => event.message)).toContain(
      "Run termination requested: interrupting steps wait_a, wait_b, stubborn; not launching steps sum.",
    );
    expect(
      harness
        .eventsOf("STEP_FAILURE")
        .map((event) => [event.stepKey, event.data?.errorSource, event.data?.error?.className]),
    ).toEqual([
      ["wait_a", "INTERRUPT", "DagsterExecutionInterruptedError"],
      ["wait_b", "INTERRUPT", "DagsterExecutionInterruptedError"],
      ["stubborn", "INTERRUPT", "DagsterExecutionInterruptedError"],
    ]);
    expect(harness.types("sum")).toEqual([]);
    expect(harness.eventsOf("RUN_CANCELED")).toHaveLength(1);
    expect(stopped.sort()).toEqual([
      "wait_a: DagsterExecutionInterruptedError: the run was terminated",
      "wait_b: DagsterExecutionInterruptedError: the run was terminated",
    ]);

    // stubborn ignored its signal: what it logged and printed afterwards reached neither the log nor its capture.
    const written = harness.stored.length;
    await pause(80);
    expect(harness.stored).toHaveLength(written);
    expect(harness.stored.some((event) => event.message === "still here")).toBe(false);
    await computeLogs.flush();
    expect(capturedText(batches)[fileKeyOf(harness, "stubborn")]).toEqual({
      stdout: "",
      stderr: "",
      complete: true,
    });
  });
});

describe("compute log capture per step attempt", () => {
  const talker = (name: string) =>
    defineOp({
      name,
      out: z.string(),
      fn: async (ctx) => {
        for (let round = 1; round <= 3; round++) {
          console.log(`${ctx.stepKey} round ${round}`);
          await pause(5);
        }
        console.error(`${ctx.stepKey} warns`);
        ctx.log.warning(`${ctx.stepKey} is done`);
        return ctx.stepKey;
      },
    });
  const failing = defineOp({
    name: "failing",
    fn: async () => {
      console.log("about to fail");
      throw new Error("boom");
    },
  });
  const job = defineJob({
    name: "talk_job",
    graph: () => void [talker("left")(), talker("right")(), failing()],
  });
  const definitions = defineDefinitions({ jobs: [job] });

  it("announces each capture before its step starts and keeps interleaved output apart", async () => {
    const harness = new RunHarness(definitions);
    const { computeLogs, batches } = withComputeLogs(harness);
    expect((await harness.execute("talk_job", { runConfig: MULTI }, { computeLogs })).status).toBe("FAILURE");

    for (const step of ["left", "right", "failing"]) {
      const captured = harness.stored.findIndex(
        (event) => event.eventType === "LOGS_CAPTURED" && (event.data?.stepKeys as string[])[0] === step,
      );
      expect(captured).toBeLessThan(
        harness.stored.findIndex((event) => event.eventType === "STEP_START" && event.stepKey === step),
      );
      expect(harness.stored[captured]).toMatchObject({
        stepKey: null,
        message: `Started capturing logs for step "${step}".`,
      });
    }
    const files = capturedText(batches);
    for (const step of ["left", "right"]) {
      expect(files[fileKeyOf(harness, step)]).toEqual({
        stdout: `${step} round 1\n${step} round 2\n${step} round 3\n`,
        stderr: expect.stringMatching(
          new RegExp(
            `^${step} warns\n\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000 - dagster - WARNING - talk_job - run-1 - ${step} - ${step} is done\n$`,
          ),
        ),
        complete: true,
      });
    }
    expect(files[fileKeyOf(harness, "failing")]).toEqual({
      stdout: "about to fail\n",
      stderr: "",
      complete: true,
    });
  });
});
