import { z } from "zod";
import { describe, expect, it } from "vitest";
import { defineDefinitions, defineJob, defineOp, type AnyOpNode } from "../../../shared/definitions";
import { createExecutor } from "../../../shared/executor/create-executor";
import { InProcessExecutor } from "../../../shared/executor/in-process-executor";
import { DEFAULT_MAX_CONCURRENT, MultiExecutor } from "../../../shared/executor/multi-executor";
import { RunHarness } from "../run-worker/run-harness";
import { emitOne } from "./sample-jobs";

/** Counts the ops running at once, per tag value and overall, and keeps the peaks. */
class ConcurrencyProbe {
  readonly running = new Map<string, number>();
  readonly peaks = new Map<string, number>();

  async around(groups: readonly string[], work: () => Promise<void>): Promise<void> {
    for (const group of ["all", ...groups]) {
      const now = (this.running.get(group) ?? 0) + 1;
      this.running.set(group, now);
      this.peaks.set(group, Math.max(this.peaks.get(group) ?? 0, now));
    }
    try {
      await work();
    } finally {
      for (const group of ["all", ...groups]) this.running.set(group, (this.running.get(group) ?? 1) - 1);
    }
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `width` independent ops, the first `dbOps` of them tagged `{ resource: "db" }`, plus a fan-in of all. */
function wideJob(probe: ConcurrencyProbe, width: number, dbOps: number) {
  const nodes: AnyOpNode[] = Array.from({ length: width }, (_, index) => {
    const tags: Record<string, string> = index < dbOps ? { resource: "db" } : { resource: "api" };
    return defineOp({
      name: `work_${index}`,
      out: z.number(),
      tags,
      fn: async () => {
        await probe.around([tags.resource ?? ""], () => pause(15));
        return index;
      },
    });
  });
  const gather = defineOp({
    name: "gather",
    ins: { values: z.array(z.number()) },
    out: z.number(),
    fn: async (_ctx, { values }) => values.length,
  });
  const dependencies = { gather: { values: nodes.map((node) => ({ node: node.nodeName })) } };
  return defineJob({ name: "wide_job", nodes: [...nodes, gather], dependencies });
}

const multi = (config: Record<string, unknown>) => ({ execution: { config: { multi: config } } });

describe("multi executor", () => {
  it("runs independent steps concurrently, never more than max_concurrent at once", async () => {
    const probe = new ConcurrencyProbe();
    const harness = new RunHarness(defineDefinitions({ jobs: [wideJob(probe, 10, 0)] }));
    expect(await harness.execute("wide_job", { runConfig: multi({ max_concurrent: 3 }) })).toEqual({
      status: "SUCCESS",
      failedStepKeys: [],
    });
    expect(probe.peaks.get("all")).toBe(3);
    expect(
      await harness.ioManager.loadInput({ runId: "run-1", stepKey: "gather", outputName: "result" }),
    ).toBe(10);
    expect(harness.eventsOf("ENGINE_EVENT")[0]?.message).toBe(
      "Executing steps using multi executor (max_concurrent: 3)",
    );
  });

  it("keeps steps matching a tag limit within it while others run beside them", async () => {
    const probe = new ConcurrencyProbe();
    const harness = new RunHarness(defineDefinitions({ jobs: [wideJob(probe, 8, 4)] }));
    const runConfig = multi({
      max_concurrent: 4,
      tag_concurrency_limits: [{ key: "resource", value: "db", limit: 1 }],
    });
    expect((await harness.execute("wide_job", { runConfig })).status).toBe("SUCCESS");
    expect(probe.peaks.get("db")).toBe(1);
    expect(probe.peaks.get("all")).toBeGreaterThan(1);
    expect(probe.peaks.get("all")).toBeLessThanOrEqual(4);
  });

  it("applies a tag limit without a value to every step carrying the key", async () => {
    const probe = new ConcurrencyProbe();
    const harness = new RunHarness(defineDefinitions({ jobs: [wideJob(probe, 6, 3)] }));
    expect(
      (
        await harness.execute("wide_job", {
          runConfig: multi({ tag_concurrency_limits: [{ key: "resource", limit: 2 }] }),
        })
      ).status,
    ).toBe("SUCCESS");
    expect(probe.peaks.get("all")).toBe(2);
  });

  it("fails a step that a zero tag limit would block forever, naming the limit", async () => {
    const probe = new ConcurrencyProbe();
    const harness = new RunHarness(defineDefinitions({ jobs: [wideJob(probe, 3, 1)] }));
    const outcome = await harness.execute("wide_job", {
      runConfig: multi({ tag_concurrency_limits: [{ key: "resource", value: "db", limit: 0 }] }),
    });
    expect(outcome).toEqual({ status: "FAILURE", failedStepKeys: ["work_0"] });
    expect(harness.eventsOf("STEP_FAILURE", "work_0")[0]?.data?.error).toMatchObject({
      message: expect.stringContaining("{ key: resource, value: db, limit: 0 }"),
    });
    expect(harness.types("gather")).toEqual(["STEP_SKIPPED"]);
    expect(
      harness
        .eventsOf("STEP_SUCCESS")
        .map((event) => event.stepKey)
        .sort(),
    ).toEqual(["work_1", "work_2"]);
  });

  it("runs in-process one step at a time", async () => {
    const probe = new ConcurrencyProbe();
    const harness = new RunHarness(defineDefinitions({ jobs: [wideJob(probe, 4, 0)] }));
    expect((await harness.execute("wide_job")).status).toBe("SUCCESS");
    expect(probe.peaks.get("all")).toBe(1);
    expect(harness.eventsOf("ENGINE_EVENT")[0]?.message).toBe("Executing steps using in_process executor");
  });
});

describe("createExecutor", () => {
  it("picks in_process by default and multi when asked, with its settings", () => {
    expect(createExecutor({})).toBeInstanceOf(InProcessExecutor);
    expect(createExecutor({ execution: { config: { in_process: {} } } })).toBeInstanceOf(InProcessExecutor);
    const executor = createExecutor(multi({ tag_concurrency_limits: [{ key: "team", limit: 2 }] }));
    expect(executor).toBeInstanceOf(MultiExecutor);
    expect(executor.description).toBe(
      `multi executor (max_concurrent: ${DEFAULT_MAX_CONCURRENT}, tag_concurrency_limits: [{ key: team, limit: 2 }])`,
    );
  });

  it.each([
    [
      multi({ max_concurrent: 0 }),
      /^invalid run config: execution\.config\.multi\.max_concurrent: Too small/,
    ],
    [
      multi({ tag_concurrency_limits: [{ key: "a" }] }),
      /execution\.config\.multi\.tag_concurrency_limits\.0\.limit: /,
    ],
    [
      { execution: { config: { multiprocess: {} } } },
      /execution\.config: expected exactly one executor: in_process, multi, remote or container/,
    ],
    [
      { execution: { config: { in_process: {}, multi: {} } } },
      /execution\.config: expected exactly one executor/,
    ],
  ])("rejects a bad execution block, naming the key path (%j)", (runConfig, message) => {
    expect(() => createExecutor(runConfig)).toThrow(
      expect.objectContaining({ code: "INVALID_RUN_CONFIG", message: expect.stringMatching(message) }),
    );
  });

  it("fails the run, not the worker, when the execution config is bad", async () => {
    const harness = new RunHarness(
      defineDefinitions({ jobs: [defineJob({ name: "one_job", graph: () => void emitOne() })] }),
    );
    const outcome = await harness.execute("one_job", {
      runConfig: { execution: { config: { multiprocess: {} } } },
    });
    expect(outcome.status).toBe("FAILURE");
    expect(harness.types()).toEqual(["RUN_FAILURE"]);
    expect(harness.eventsOf("RUN_FAILURE")[0]?.data).toMatchObject({
      failureReason: "JOB_INITIALIZATION_FAILURE",
      error: { message: expect.stringContaining("execution.config") },
    });
  });
});
