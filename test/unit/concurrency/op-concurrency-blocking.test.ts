import { describe, expect, it } from "vitest";
import {
  poolInfo,
  setPoolLimit,
  claimSlot,
  EMPTY_LEDGER,
  type PoolDefaults,
} from "../../../shared/concurrency/concurrency-ledger";
import type { ExecutionPlan, ExecutionStep } from "../../../shared/planning/execution-plan";
import { selectRunsToDequeue } from "../../../shared/run-coordinator/dequeue-runs";
import { PoolBlocking, rootPoolsOf } from "../../../shared/run-coordinator/op-concurrency-blocking";

const OP: PoolDefaults = { granularity: "op" };
const step = (key: string, pool: string | undefined, upstream: string[] = []): ExecutionStep => ({
  key,
  opName: key,
  inputs: upstream.map((parent) => ({
    name: parent,
    typeName: "Any",
    isFanIn: false,
    sources: [{ stepKey: parent, outputName: "result", fromParentRun: false }],
  })),
  outputs: [{ name: "result", typeName: "Any", isRequired: true }],
  tags: {},
  ...(pool === undefined ? {} : { pool }),
});
const plan = (...steps: ExecutionStep[]): ExecutionPlan => ({ jobName: "job", steps });

describe("op-concurrency-aware dequeueing", () => {
  it("finds the pools of a plan's first steps; a first step without a pool means never blocked", () => {
    expect(rootPoolsOf(plan(step("a", "db"), step("b", "api"), step("c", undefined, ["a"])))).toEqual([
      "db",
      "api",
    ]);
    expect(rootPoolsOf(plan(step("a", "db"), step("b", undefined)))).toBeNull();
  });

  it("keeps a run queued while every first-step pool is full, counting runs picked in the same pass", () => {
    // db: limit 1, free; full: limit 1, held.
    const ledger = claimSlot(
      setPoolLimit(setPoolLimit(EMPTY_LEDGER, "db", 1), "full", 1),
      { pool: "full", runId: "other", stepKey: "x" },
      OP,
      0,
    ).state;
    const pools = [poolInfo(ledger, "db", OP, 0), poolInfo(ledger, "full", OP, 0)];
    const rootPools: Record<string, string[] | null> = {
      r1: ["db"],
      r2: ["db"],
      r3: ["full"],
      r4: null,
      r5: ["full", "db"],
    };
    type Run = { runId: string; tags: Record<string, string> };
    const runs: Run[] = Object.keys(rootPools).map((runId) => ({ runId, tags: {} }));
    const blocker = new PoolBlocking<Run>(pools, 0, (run) => rootPools[run.runId] ?? null);
    const picked = selectRunsToDequeue(
      runs,
      [],
      { maxConcurrentRuns: 10, tagConcurrencyLimits: [] },
      blocker,
    );
    expect(picked.map((run) => run.runId)).toEqual(["r1", "r4"]);
    const buffered = new PoolBlocking<Run>(pools, 1, (run) => rootPools[run.runId] ?? null);
    expect(
      selectRunsToDequeue(runs, [], { maxConcurrentRuns: 10, tagConcurrencyLimits: [] }, buffered).map(
        (run) => run.runId,
      ),
    ).toEqual(["r1", "r2", "r3", "r4"]);
  });
});
