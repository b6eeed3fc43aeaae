/**
 * The one place every run's pool slots are claimed and freed (a Durable Object in Cloudflare,
 * durable-objects/concurrency), as the instance, the instance API and the run queue reach it. Every
 * method is idempotent; see concurrency-ledger.ts for the rules.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { ClaimResult, PoolInfo, SlotClaim } from "./concurrency-ledger";

export interface ConcurrencyCoordinator {
  claimSlot(claim: SlotClaim): Promise<ClaimResult>;
  /** Frees the step's `op`-granular slot (any slot with `force`); answers how many were freed. */
  freeStepSlot(runId: string, stepKey: string, force?: boolean): Promise<number>;
  /** Frees every slot and wait of the run; answers how many slots were freed. */
  freeRunSlots(runId: string): Promise<number>;
  setLimit(pool: string, limit: number): Promise<void>;
  deleteLimit(pool: string): Promise<void>;
  pools(): Promise<PoolInfo[]>;
  pool(name: string): Promise<PoolInfo>;
}

/** The instance host's binding to the coordinating object, and the one object's name. */
export const CONCURRENCY_BINDING = "CONCURRENCY";
export const CONCURRENCY_OBJECT_NAME = "concurrency";

type Namespace = { getByName(name: string): ConcurrencyCoordinator };

function isNamespace(value: unknown): value is Namespace {
  return typeof value === "object" && value !== null && typeof Reflect.get(value, "getByName") === "function";
}

/**
 * The coordinator bound as CONCURRENCY in `env`. Without the binding, every call fails naming the
 * wrangler.toml entry to add, so an instance whose jobs use no pool still starts.
 */
export function concurrencyCoordinatorFromEnv(env: Record<string, unknown>): ConcurrencyCoordinator {
  const binding = env[CONCURRENCY_BINDING];
  // A stub is an I/O object of the request that made it, and the instance outlives requests: one per call.
  if (isNamespace(binding)) {
    const stub = () => binding.getByName(CONCURRENCY_OBJECT_NAME);
    return {
      claimSlot: (claim) => stub().claimSlot(claim),
      freeStepSlot: (runId, stepKey, force) => stub().freeStepSlot(runId, stepKey, force),
      freeRunSlots: (runId) => stub().freeRunSlots(runId),
      setLimit: (pool, limit) => stub().setLimit(pool, limit),
      deleteLimit: (pool) => stub().deleteLimit(pool),
      pools: () => stub().pools(),
      pool: (name) => stub().pool(name),
    };
  }
  const missing = (): never => {
    throw new DagflareError(
      "INVALID_CONFIG",
      `op concurrency pools need the Durable Object binding "${CONCURRENCY_BINDING}"; add to wrangler.toml: [[durable_objects.bindings]] name = "${CONCURRENCY_BINDING}", class_name = "ConcurrencyCoordinator"`,
    );
  };
  return {
    claimSlot: missing,
    freeStepSlot: missing,
    freeRunSlots: missing,
    setLimit: missing,
    deleteLimit: missing,
    pools: missing,
    pool: missing,
  };
}
