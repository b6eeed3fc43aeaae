/**
 * Pools read from and changed at the instance's coordinating object; arguments are checked by the core
 * (shared/concurrency/pool-limits.ts), whose errors name the argument. Dagster answers these mutations
 * Boolean!, so a bad argument is a GraphQL error (as Dagster's raise), never a partial change.
 * @module
 */
import { GraphQLError } from "graphql";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { MAX_POOL_LIMIT, MIN_POOL_LIMIT } from "../../../../shared/concurrency/pool-name";
import { deletePoolLimit, readPool, setPoolLimit } from "../../../../shared/concurrency/pool-limits";
import { authorize } from "../../../../shared/operations/authorize";
import type { Resolvers } from "../__generated__/resolvers-types";

/** A user error becomes a GraphQL error with the core's message (which names the argument). */
async function asGraphQLError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DagflareError && error.isUserError)
      throw new GraphQLError(error.message, { extensions: { code: error.code } });
    // Yoga masks unexpected errors from the client: keep them in the log.
    console.error(error);
    throw error;
  }
}

function requireNonEmpty(value: string, argument: string): void {
  if (value.trim() === "")
    throw new GraphQLError(`${argument}: must not be empty`, { extensions: { code: "BAD_REQUEST" } });
}

const seconds = (ms: number): number => ms / 1000;

export const resolvers: Resolvers = {
  Instance: {
    minConcurrencyLimitValue: () => MIN_POOL_LIMIT,
    maxConcurrencyLimitValue: () => MAX_POOL_LIMIT,
    concurrencyLimits: (instance) => instance.concurrency.pools(),
    concurrencyLimit: (instance, { concurrencyKey }) =>
      asGraphQLError(() => readPool(instance.concurrency, concurrencyKey)),
    poolConfig: (instance) => ({
      poolGranularity: instance.config.concurrency.pools.granularity,
      defaultPoolLimit: instance.config.concurrency.pools.defaultLimit ?? null,
      opGranularityRunBuffer: null,
    }),
  },
  ConcurrencyKeyInfo: {
    concurrencyKey: (pool) => pool.pool,
    slotCount: (pool) => pool.limit ?? pool.holders.length,
    claimedSlots: (pool) => pool.holders.map(({ runId, stepKey }) => ({ runId, stepKey })),
    pendingSteps: (pool) =>
      pool.waiting.map((step) => ({
        runId: step.runId,
        stepKey: step.stepKey,
        enqueuedTimestamp: seconds(step.enqueuedAt),
        assignedTimestamp: null,
        priority: 0,
      })),
    activeSlotCount: (pool) => pool.holders.length,
    activeRunIds: (pool) => [...new Set(pool.holders.map((slot) => slot.runId))],
    pendingStepCount: (pool) => pool.waiting.length,
    pendingStepRunIds: (pool) => [...new Set(pool.waiting.map((step) => step.runId))],
    // Slots go straight to the step that claims them: none is ever assigned and not yet taken.
    assignedStepCount: () => 0,
    assignedStepRunIds: () => [],
    limit: (pool) => pool.limit ?? null,
    usingDefaultLimit: (pool) => pool.usingDefaultLimit,
  },
  // Editing pools needs the editor role (authorize audits it); a refusal is a GraphQL error coded FORBIDDEN.
  Mutation: {
    setConcurrencyLimit: (_, { concurrencyKey, limit }, { instance, caller }) =>
      asGraphQLError(async () => {
        await authorize(instance, caller, "edit_concurrency_limits", { name: concurrencyKey });
        await setPoolLimit(instance.concurrency, concurrencyKey, limit);
        return true;
      }),
    deleteConcurrencyLimit: (_, { concurrencyKey }, { instance, caller }) =>
      asGraphQLError(async () => {
        await authorize(instance, caller, "edit_concurrency_limits", { name: concurrencyKey });
        await deletePoolLimit(instance.concurrency, concurrencyKey);
        return true;
      }),
    freeConcurrencySlotsForRun: (_, { runId }, { instance, caller }) =>
      asGraphQLError(async () => {
        requireNonEmpty(runId, "runId");
        await authorize(instance, caller, "edit_concurrency_limits", { runId });
        await instance.concurrency.freeRunSlots(runId);
        return true;
      }),
    freeConcurrencySlots: (_, { runId, stepKey }, { instance, caller }) =>
      asGraphQLError(async () => {
        requireNonEmpty(runId, "runId");
        await authorize(instance, caller, "edit_concurrency_limits", { runId, name: stepKey ?? undefined });
        if (stepKey === null || stepKey === undefined) await instance.concurrency.freeRunSlots(runId);
        else await instance.concurrency.freeStepSlot(runId, stepKey, true);
        return true;
      }),
  },
};
