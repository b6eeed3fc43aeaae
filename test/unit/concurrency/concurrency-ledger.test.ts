import { describe, expect, it } from "vitest";
import {
  allPools,
  claimSlot,
  deletePoolLimit,
  EMPTY_LEDGER,
  freeRunSlots,
  freeSlots,
  freeStepSlot,
  poolInfo,
  setPoolLimit,
  WAITER_TTL_MS,
  type LedgerState,
  type PoolDefaults,
  type SlotClaim,
} from "../../../shared/concurrency/concurrency-ledger";

const OP: PoolDefaults = { granularity: "op" };
const claim = (runId: string, stepKey: string, pool = "db"): SlotClaim => ({ pool, runId, stepKey });

/** Claims in order, returning the final state and each claim's status. */
function claimAll(state: LedgerState, claims: SlotClaim[], defaults: PoolDefaults, now = 0) {
  const statuses: string[] = [];
  for (const each of claims) {
    const next = claimSlot(state, each, defaults, now);
    state = next.state;
    statuses.push(next.result.status);
  }
  return { state, statuses };
}

describe("pool slots", () => {
  it("grants at most the pool's limit across runs and makes the rest wait", () => {
    const limited = setPoolLimit(EMPTY_LEDGER, "db", 2);
    const { state, statuses } = claimAll(limited, [claim("r1", "a"), claim("r2", "a"), claim("r3", "a")], OP);
    expect(statuses).toEqual(["CLAIMED", "CLAIMED", "BLOCKED"]);
    const info = poolInfo(state, "db", OP, 0);
    expect(info.holders.map((h) => h.runId)).toEqual(["r1", "r2"]);
    expect(info.waiting.map((w) => w.runId)).toEqual(["r3"]);
    expect(freeSlots(info)).toBe(0);
  });

  it("is idempotent: a step claiming again keeps its one slot, a second free frees nothing", () => {
    const limited = setPoolLimit(EMPTY_LEDGER, "db", 1);
    const { state, statuses } = claimAll(limited, [claim("r1", "a"), claim("r1", "a")], OP);
    expect(statuses).toEqual(["CLAIMED", "CLAIMED"]);
    expect(poolInfo(state, "db", OP, 0).holders).toHaveLength(1);
    const once = freeStepSlot(state, "r1", "a");
    expect(once.freed).toBe(1);
    expect(freeStepSlot(once.state, "r1", "a").freed).toBe(0);
  });

  it("serves waiting steps first come, first served once a slot frees", () => {
    const limited = setPoolLimit(EMPTY_LEDGER, "db", 1);
    let { state } = claimAll(limited, [claim("r1", "a"), claim("r2", "a"), claim("r3", "a")], OP, 0);
    state = freeStepSlot(state, "r1", "a").state;
    // r3 asks first after the free, but r2 waited longer.
    expect(claimSlot(state, claim("r3", "a"), OP, 1).result.status).toBe("BLOCKED");
    const r2 = claimSlot(state, claim("r2", "a"), OP, 1);
    expect(r2.result.status).toBe("CLAIMED");
    expect(poolInfo(r2.state, "db", OP, 1).waiting.map((w) => w.runId)).toEqual(["r3"]);
  });

  it("drops a waiting step that stopped asking, so it never blocks the pool", () => {
    const limited = setPoolLimit(EMPTY_LEDGER, "db", 1);
    let { state } = claimAll(limited, [claim("r1", "a"), claim("dead", "a")], OP, 0);
    state = freeStepSlot(state, "r1", "a").state;
    expect(claimSlot(state, claim("r3", "a"), OP, WAITER_TTL_MS).result.status).toBe("CLAIMED");
  });

  it("uses the default limit for pools without one, and none means unlimited", () => {
    const defaults: PoolDefaults = { granularity: "op", defaultLimit: 1 };
    expect(claimAll(EMPTY_LEDGER, [claim("r1", "a"), claim("r2", "a")], defaults).statuses).toEqual([
      "CLAIMED",
      "BLOCKED",
    ]);
    expect(claimAll(EMPTY_LEDGER, [claim("r1", "a"), claim("r2", "a")], OP).statuses).toEqual([
      "CLAIMED",
      "CLAIMED",
    ]);
    const set = setPoolLimit(EMPTY_LEDGER, "db", 5);
    expect(poolInfo(set, "db", defaults, 0)).toMatchObject({ limit: 5, usingDefaultLimit: false });
    expect(poolInfo(deletePoolLimit(set, "db"), "db", defaults, 0)).toMatchObject({
      limit: 1,
      usingDefaultLimit: true,
    });
  });

  it("under run granularity a run holds one slot for all its steps until the run's slots are freed", () => {
    const run: PoolDefaults = { granularity: "run", defaultLimit: 1 };
    const { state, statuses } = claimAll(
      EMPTY_LEDGER,
      [claim("r1", "a"), claim("r1", "b"), claim("r2", "a")],
      run,
    );
    expect(statuses).toEqual(["CLAIMED", "CLAIMED", "BLOCKED"]);
    expect(freeStepSlot(state, "r1", "a").freed).toBe(0);
    expect(freeStepSlot(state, "r1", "a", true).freed).toBe(1);
    const ended = freeRunSlots(state, "r1");
    expect(ended.freed).toBe(1);
    expect(claimSlot(ended.state, claim("r2", "a"), run, 0).result.status).toBe("CLAIMED");
  });

  it("freeing a run frees its slots and its waits in every pool", () => {
    const limited = setPoolLimit(setPoolLimit(EMPTY_LEDGER, "db", 1), "api", 1);
    const { state } = claimAll(
      limited,
      [claim("r1", "a", "db"), claim("r1", "b", "api"), claim("r2", "c", "db")],
      OP,
    );
    const freed = freeRunSlots(state, "r2");
    expect(freed.freed).toBe(0);
    expect(poolInfo(freed.state, "db", OP, 0).waiting).toEqual([]);
    expect(freeRunSlots(state, "r1").freed).toBe(2);
    expect(allPools(state, OP, 0).map((pool) => pool.pool)).toEqual(["api", "db"]);
  });
});
