/**
 * The op concurrency pools' slots (Dagster's concurrency_limits, concurrency_slots and pending_steps
 * tables) as one value and the pure operations on it, so the one Durable Object coordinating every run
 * keeps it and the rules are tested without it. A step claims a slot of its pool before it starts: it
 * gets one when fewer than the pool's limit are held and no step that waited longer is still waiting
 * (first come, first served); otherwise it is recorded as waiting and asks again. Every operation is
 * idempotent: a claim by a step that holds its slot answers CLAIMED again (a restarted run worker
 * re-claims what it held, never a second slot), frees of what is not held free nothing. A waiting step
 * that stops asking (its run worker died) drops out after WAITER_TTL_MS, so it never blocks a pool.
 * Time is a parameter.
 * @module
 */
import type { PoolGranularity } from "../config/concurrency-config";

export type SlotHolder = {
  readonly pool: string;
  readonly runId: string;
  /** The step that claimed it; under `run` granularity the run's first step of the pool, holding it for the run. */
  readonly stepKey: string;
  /** Epoch ms. */
  readonly claimedAt: number;
  readonly granularity: PoolGranularity;
};

export type WaitingStep = {
  readonly pool: string;
  readonly runId: string;
  readonly stepKey: string;
  /** Epoch ms of the first claim that found the pool full. */
  readonly enqueuedAt: number;
  /** Epoch ms of the latest claim: a step not asking for WAITER_TTL_MS is dropped. */
  readonly lastAskedAt: number;
};

export type LedgerState = {
  /** Limits set at run time, by pool; a pool absent here has the default limit. */
  readonly limits: Readonly<Record<string, number>>;
  readonly holders: readonly SlotHolder[];
  readonly waiting: readonly WaitingStep[];
};

/** dagflare.yaml's `concurrency.pools`. */
export type PoolDefaults = { readonly defaultLimit?: number; readonly granularity: PoolGranularity };

export const EMPTY_LEDGER: LedgerState = { limits: {}, holders: [], waiting: [] };

/** How long a waiting step stays queued without asking again; executors ask far more often. */
export const WAITER_TTL_MS = 60_000;

export type SlotClaim = { readonly pool: string; readonly runId: string; readonly stepKey: string };

export type ClaimResult =
  | { readonly status: "CLAIMED" }
  | { readonly status: "BLOCKED"; readonly limit: number; readonly held: number; readonly ahead: number };

/** A pool's limit: set at run time, else the default; undefined when unlimited. */
export function limitOf(state: LedgerState, pool: string, defaults: PoolDefaults): number | undefined {
  return state.limits[pool] ?? defaults.defaultLimit;
}

const sameHolder = (holder: SlotHolder, claim: SlotClaim): boolean =>
  holder.pool === claim.pool &&
  holder.runId === claim.runId &&
  (holder.granularity === "run" || holder.stepKey === claim.stepKey);

const isStep = (entry: { runId: string; stepKey: string }, runId: string, stepKey: string): boolean =>
  entry.runId === runId && entry.stepKey === stepKey;

/** Drops the waiting steps that stopped asking. */
function pruneWaiting(state: LedgerState, now: number): LedgerState {
  const waiting = state.waiting.filter((entry) => now - entry.lastAskedAt < WAITER_TTL_MS);
  return waiting.length === state.waiting.length ? state : { ...state, waiting };
}

/** A step asks for a slot of its pool. */
export function claimSlot(
  current: LedgerState,
  claim: SlotClaim,
  defaults: PoolDefaults,
  now: number,
): { state: LedgerState; result: ClaimResult } {
  const state = pruneWaiting(current, now);
  const withoutOwnWait = state.waiting.filter(
    (entry) => !(entry.pool === claim.pool && isStep(entry, claim.runId, claim.stepKey)),
  );
  if (state.holders.some((holder) => sameHolder(holder, claim)))
    return { state: { ...state, waiting: withoutOwnWait }, result: { status: "CLAIMED" } };
  const limit = limitOf(state, claim.pool, defaults);
  const held = state.holders.filter((holder) => holder.pool === claim.pool).length;
  const own = state.waiting.find(
    (entry) => entry.pool === claim.pool && isStep(entry, claim.runId, claim.stepKey),
  );
  // The waiting list is in arrival order: the steps ahead are the pool's entries before this one's.
  const poolWaiting = state.waiting.filter((entry) => entry.pool === claim.pool);
  const ahead = own === undefined ? poolWaiting.length : poolWaiting.indexOf(own);
  if (limit === undefined || held + ahead < limit) {
    const holder: SlotHolder = { ...claim, claimedAt: now, granularity: defaults.granularity };
    return {
      state: { ...state, holders: [...state.holders, holder], waiting: withoutOwnWait },
      result: { status: "CLAIMED" },
    };
  }
  const waiting =
    own === undefined
      ? [...state.waiting, { ...claim, enqueuedAt: now, lastAskedAt: now }]
      : state.waiting.map((entry) => (entry === own ? { ...own, lastAskedAt: now } : entry));
  return { state: { ...state, waiting }, result: { status: "BLOCKED", limit, held, ahead } };
}

/**
 * A step ended: frees the slot it holds under `op` granularity and stops it waiting. A `run`-granular
 * slot stays with the run until `freeRunSlots`, unless `force` (Dagster's freeConcurrencySlots for a
 * stuck step frees either). Answers how many slots were freed.
 */
export function freeStepSlot(
  state: LedgerState,
  runId: string,
  stepKey: string,
  force = false,
): { state: LedgerState; freed: number } {
  const holders = state.holders.filter(
    (holder) => !((force || holder.granularity === "op") && isStep(holder, runId, stepKey)),
  );
  const waiting = state.waiting.filter((entry) => !isStep(entry, runId, stepKey));
  return { state: { ...state, holders, waiting }, freed: state.holders.length - holders.length };
}

/** A run ended (or its slots are stuck): frees every slot it holds and every wait of its steps. */
export function freeRunSlots(state: LedgerState, runId: string): { state: LedgerState; freed: number } {
  const holders = state.holders.filter((holder) => holder.runId !== runId);
  const waiting = state.waiting.filter((entry) => entry.runId !== runId);
  return { state: { ...state, holders, waiting }, freed: state.holders.length - holders.length };
}

export function setPoolLimit(state: LedgerState, pool: string, limit: number): LedgerState {
  return { ...state, limits: { ...state.limits, [pool]: limit } };
}

/** The pool goes back to the default limit; slots held stay held until freed. */
export function deletePoolLimit(state: LedgerState, pool: string): LedgerState {
  const { [pool]: _deleted, ...limits } = state.limits;
  return { ...state, limits };
}

/** A pool as the UI and GraphQL show it (Dagster's ConcurrencyKeyInfo). */
export type PoolInfo = {
  readonly pool: string;
  /** Undefined when the pool is unlimited. */
  readonly limit: number | undefined;
  readonly usingDefaultLimit: boolean;
  readonly holders: readonly SlotHolder[];
  readonly waiting: readonly WaitingStep[];
};

export function poolInfo(current: LedgerState, pool: string, defaults: PoolDefaults, now: number): PoolInfo {
  const state = pruneWaiting(current, now);
  return {
    pool,
    limit: limitOf(state, pool, defaults),
    usingDefaultLimit: state.limits[pool] === undefined,
    holders: state.holders.filter((holder) => holder.pool === pool),
    waiting: state.waiting.filter((entry) => entry.pool === pool),
  };
}

/** Every pool with a limit set, a slot held or a step waiting, by name. */
export function allPools(current: LedgerState, defaults: PoolDefaults, now: number): PoolInfo[] {
  const state = pruneWaiting(current, now);
  const names = new Set([
    ...Object.keys(state.limits),
    ...state.holders.map((holder) => holder.pool),
    ...state.waiting.map((entry) => entry.pool),
  ]);
  return [...names].sort().map((pool) => poolInfo(state, pool, defaults, now));
}

/** How many slots of `pool` are free now (Infinity when unlimited); the run queue reads it. */
export function freeSlots(info: PoolInfo): number {
  return info.limit === undefined
    ? Number.POSITIVE_INFINITY
    : Math.max(0, info.limit - info.holders.length - info.waiting.length);
}
