/**
 * Dagster's `block_op_concurrency_limited_runs`: a queued run whose first steps are all in op concurrency
 * pools with no free slot would only start to wait, holding a run slot, so it stays queued;
 * `op_concurrency_slot_buffer` lets that many more runs per pool through (their steps then wait in the
 * run). Runs picked in the same pass count against the free slots of their first steps' pools. Pure: the
 * caller reads the pools and each run's plan.
 * @module
 */
import { freeSlots, type PoolInfo } from "../concurrency/concurrency-ledger";
import type { ExecutionPlan } from "../planning/execution-plan";

/** The pools of the plan's first steps (one entry per step), or null when a first step has no pool (it can always start). */
export function rootPoolsOf(plan: ExecutionPlan): string[] | null {
  const executed = new Set(plan.steps.map((step) => step.key));
  const roots = plan.steps.filter((step) =>
    step.inputs.every(
      (input) =>
        input.pending === undefined &&
        input.sources.every((source) => source.fromParentRun || !executed.has(source.stepKey)),
    ),
  );
  if (roots.length === 0 || roots.some((step) => step.pool === undefined)) return null;
  return roots.map((step) => step.pool ?? "");
}

export class PoolBlocking<Run> {
  readonly #free = new Map<string, number>();

  constructor(
    pools: readonly PoolInfo[],
    private readonly buffer: number,
    private readonly rootPools: (run: Run) => readonly string[] | null,
  ) {
    for (const pool of pools) this.#free.set(pool.pool, freeSlots(pool));
  }

  /** True when every first step of the run is in a pool with no free slot (beyond the buffer). */
  isBlocked(run: Run): boolean {
    const pools = this.rootPools(run);
    if (pools === null) return false;
    return pools.every((pool) => (this.#free.get(pool) ?? Number.POSITIVE_INFINITY) + this.buffer <= 0);
  }

  /** The run was picked: its first steps will take their pools' free slots. */
  add(run: Run): void {
    for (const pool of this.rootPools(run) ?? []) {
      const free = this.#free.get(pool);
      if (free !== undefined) this.#free.set(pool, free - 1);
    }
  }
}
