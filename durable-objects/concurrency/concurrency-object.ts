/**
 * The coordinating Durable Object of the op concurrency pools: one object per instance
 * (`env.CONCURRENCY.getByName("concurrency")`) holding every pool's limit, slots and waiting steps, so a
 * limit holds across every run, run worker and executor. A thin host over shared/concurrency's ledger:
 * each call reads the ledger from the object's storage, applies one pure operation and writes it back,
 * synchronously, so calls never interleave. Before refusing a claim or showing pools it frees the slots
 * of runs that already finished (marked canceled at once, or whose run worker died), so no slot leaks.
 * The instance host subclasses it to say where the pool defaults (dagflare.yaml `concurrency.pools`) come
 * from and which runs have finished.
 * @module
 */
import { DurableObject } from "cloudflare:workers";
import type { ConcurrencyCoordinator } from "../../shared/concurrency/concurrency-coordinator";
import {
  allPools,
  claimSlot,
  deletePoolLimit,
  EMPTY_LEDGER,
  freeRunSlots,
  freeStepSlot,
  poolInfo,
  setPoolLimit,
  type ClaimResult,
  type LedgerState,
  type PoolDefaults,
  type PoolInfo,
  type SlotClaim,
} from "../../shared/concurrency/concurrency-ledger";

const LEDGER_KEY = "ledger";

export abstract class ConcurrencyObject<Env = unknown>
  extends DurableObject<Env>
  implements ConcurrencyCoordinator
{
  /** dagflare.yaml's `concurrency.pools`. @throws ConfigError when the instance config is invalid. */
  protected abstract poolDefaults(): PoolDefaults;

  /** Which of `runIds` have finished (or no longer exist). */
  protected abstract finishedRuns(runIds: readonly string[]): Promise<Set<string>>;

  #read(): LedgerState {
    return this.ctx.storage.kv.get<LedgerState>(LEDGER_KEY) ?? EMPTY_LEDGER;
  }

  #update<T>(apply: (state: LedgerState) => { state: LedgerState; answer: T }): T {
    const { state, answer } = apply(this.#read());
    this.ctx.storage.kv.put(LEDGER_KEY, state);
    return answer;
  }

  async claimSlot(claim: SlotClaim): Promise<ClaimResult> {
    const defaults = this.poolDefaults();
    const attempt = () =>
      this.#update((state) => {
        const { state: next, result } = claimSlot(state, claim, defaults, Date.now());
        return { state: next, answer: result };
      });
    const result = attempt();
    if (result.status === "CLAIMED") return result;
    return (await this.#freeFinishedRuns(claim.pool)) > 0 ? attempt() : result;
  }

  /** Frees the slots and waits of finished runs in `pool` (every pool when absent); answers how many runs. */
  async #freeFinishedRuns(pool?: string): Promise<number> {
    const state = this.#read();
    const inPool = (entry: { pool: string }) => pool === undefined || entry.pool === pool;
    const runIds = [
      ...new Set(
        [...state.holders.filter(inPool), ...state.waiting.filter(inPool)].map((entry) => entry.runId),
      ),
    ];
    const finished = await this.finishedRuns(runIds);
    for (const runId of finished)
      this.#update((current) => ({ state: freeRunSlots(current, runId).state, answer: undefined }));
    return finished.size;
  }

  async freeStepSlot(runId: string, stepKey: string, force = false): Promise<number> {
    return this.#update((state) => {
      const { state: next, freed } = freeStepSlot(state, runId, stepKey, force);
      return { state: next, answer: freed };
    });
  }

  async freeRunSlots(runId: string): Promise<number> {
    return this.#update((state) => {
      const { state: next, freed } = freeRunSlots(state, runId);
      return { state: next, answer: freed };
    });
  }

  async setLimit(pool: string, limit: number): Promise<void> {
    this.#update((state) => ({ state: setPoolLimit(state, pool, limit), answer: undefined }));
  }

  async deleteLimit(pool: string): Promise<void> {
    this.#update((state) => ({ state: deletePoolLimit(state, pool), answer: undefined }));
  }

  async pools(): Promise<PoolInfo[]> {
    await this.#freeFinishedRuns();
    return allPools(this.#read(), this.poolDefaults(), Date.now());
  }

  async pool(name: string): Promise<PoolInfo> {
    await this.#freeFinishedRuns(name);
    return poolInfo(this.#read(), name, this.poolDefaults(), Date.now());
  }
}
