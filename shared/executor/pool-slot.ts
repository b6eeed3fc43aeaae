/**
 * A pooled step holds a slot of its op concurrency pool while it executes: the executor claims one from the
 * instance's coordinator before the attempt, waits (asking again every POLL_MS, announced once by an
 * ENGINE_EVENT) while the pool is full, and frees it when the attempt ends. Claims and frees are
 * idempotent at the coordinator, so a restarted run worker re-claiming a step's slot never holds two, and
 * whatever a crashed worker held is freed when its run ends.
 * @module
 */
import type { ExecutionStep } from "../planning/execution-plan";
import { emitEvent } from "./emit-event";
import type { SlotClaim } from "../concurrency/concurrency-ledger";
import type { ExecutionContext, PoolSlots } from "./executor";

/** How often a waiting step asks again; well inside the coordinator's WAITER_TTL_MS. */
export const POOL_SLOT_POLL_MS = 500;

/**
 * Runs `attempt` holding a slot of `step.pool` (at once when the step has no pool or the run worker no
 * slots). Answers `interrupted` when `interruption` fires while waiting: the attempt never started.
 * @throws what claiming throws (the instance unreachable): the executor's storage failure path.
 */
export async function withPoolSlot<T>(
  step: ExecutionStep,
  context: ExecutionContext,
  interruption: AbortSignal,
  attempt: () => Promise<T>,
): Promise<{ interrupted: false; value: T } | { interrupted: true }> {
  const slots = context.poolSlots;
  if (step.pool === undefined || slots === undefined) return { interrupted: false, value: await attempt() };
  const claim: SlotClaim = { pool: step.pool, runId: context.runId, stepKey: step.key };
  let announced = false;
  for (;;) {
    // A run marked canceled does not interrupt its worker at once: a waiting step checks for itself.
    if (interruption.aborted || (announced && (await context.isTerminationRequested()))) {
      await freeQuietly(slots, claim);
      return { interrupted: true };
    }
    const result = await slots.claim(claim);
    if (result.status === "CLAIMED") break;
    if (!announced) {
      announced = true;
      const ahead = result.ahead > 0 ? `, ${result.ahead} step(s) ahead` : "";
      emitEvent(
        context,
        "ENGINE_EVENT",
        `Step "${step.key}" is waiting for a slot of pool "${step.pool}" (limit ${result.limit}, ${result.held} held${ahead}).`,
        { stepKey: step.key },
      );
    }
    await Promise.race([
      context.sleep(POOL_SLOT_POLL_MS),
      new Promise((resolve) => interruption.addEventListener("abort", resolve, { once: true })),
    ]);
  }
  try {
    return { interrupted: false, value: await attempt() };
  } finally {
    await freeQuietly(slots, claim);
  }
}

/** A free that fails (instance unreachable) is not the step's failure: the run's end frees the slot. */
async function freeQuietly(slots: PoolSlots, claim: SlotClaim): Promise<void> {
  await slots.free(claim.runId, claim.stepKey).catch(() => undefined);
}
