/**
 * Op concurrency pools over GraphQL, against the instance's one ConcurrencyCoordinator object: limits set
 * and deleted, slots and waiting steps as Instance.concurrencyLimits shows them, stuck slots freed, and bad
 * arguments answered with an error naming the argument (these mutations answer Boolean!, as Dagster's do).
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CONCURRENCY_OBJECT_NAME } from "../../shared/concurrency/concurrency-coordinator";
import { instanceStorage } from "../setup/instance-storage";

/** GraphQL as a client on this machine POSTs it; fails the test on any top-level error. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await SELF.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const coordinator = () => env.CONCURRENCY.getByName(CONCURRENCY_OBJECT_NAME);
const storage = instanceStorage();

/** Slots are held by runs in progress: the coordinator frees those of runs that finished or do not exist. */
async function runInProgress(runId: string): Promise<void> {
  await storage.runs.addRun({
    runId,
    jobName: "pooled_job",
    locationName: "example",
    repositoryName: "__repository__",
    runConfig: {},
    tags: {},
    status: "STARTED",
  });
}

type PoolFields = {
  concurrencyKey: string;
  limit: number | null;
  usingDefaultLimit: boolean;
  slotCount: number;
  activeSlotCount: number;
  activeRunIds: string[];
  pendingStepCount: number;
  claimedSlots: { runId: string; stepKey: string }[];
  pendingSteps: { runId: string; stepKey: string; enqueuedTimestamp: number }[];
};
const POOL_FIELDS =
  "concurrencyKey limit usingDefaultLimit slotCount activeSlotCount activeRunIds pendingStepCount claimedSlots { runId stepKey } pendingSteps { runId stepKey enqueuedTimestamp }";

/** The raw answer, errors included. */
async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await SELF.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
}

const SET = "mutation($k: String!, $l: Int!) { setConcurrencyLimit(concurrencyKey: $k, limit: $l) }";

describe("concurrency pools over GraphQL", () => {
  it("sets a limit and shows the pool's slots and waiting steps", async () => {
    expect(await graphql(SET, { k: "db", l: 1 })).toEqual({ setConcurrencyLimit: true });
    await runInProgress("run-a");
    await runInProgress("run-b");
    await coordinator().claimSlot({ pool: "db", runId: "run-a", stepKey: "load" });
    expect((await coordinator().claimSlot({ pool: "db", runId: "run-b", stepKey: "load" })).status).toBe(
      "BLOCKED",
    );
    const { instance } = await graphql<{
      instance: {
        supportsConcurrencyLimits: boolean;
        minConcurrencyLimitValue: number;
        maxConcurrencyLimitValue: number;
        concurrencyLimits: PoolFields[];
        concurrencyLimit: PoolFields;
        poolConfig: { poolGranularity: string };
      };
    }>(
      `{ instance { supportsConcurrencyLimits minConcurrencyLimitValue maxConcurrencyLimitValue poolConfig { poolGranularity } concurrencyLimits { ${POOL_FIELDS} } concurrencyLimit(concurrencyKey: "db") { ${POOL_FIELDS} } } }`,
    );
    expect(instance).toMatchObject({
      supportsConcurrencyLimits: true,
      minConcurrencyLimitValue: 0,
      maxConcurrencyLimitValue: 1000,
      poolConfig: { poolGranularity: "op" },
    });
    const db = instance.concurrencyLimits.find((pool) => pool.concurrencyKey === "db");
    expect(db).toMatchObject({
      limit: 1,
      usingDefaultLimit: false,
      slotCount: 1,
      activeSlotCount: 1,
      activeRunIds: ["run-a"],
      pendingStepCount: 1,
      claimedSlots: [{ runId: "run-a", stepKey: "load" }],
    });
    expect(db?.pendingSteps).toEqual([
      { runId: "run-b", stepKey: "load", enqueuedTimestamp: expect.any(Number) },
    ]);
    expect(instance.concurrencyLimit).toEqual(db);
  });

  it("a pool nobody set is unlimited and on the default", async () => {
    const { instance } = await graphql<{ instance: { concurrencyLimit: PoolFields } }>(
      `{ instance { concurrencyLimit(concurrencyKey: "fresh") { ${POOL_FIELDS} } } }`,
    );
    expect(instance.concurrencyLimit).toMatchObject({
      concurrencyKey: "fresh",
      limit: null,
      usingDefaultLimit: true,
      activeSlotCount: 0,
    });
  });

  it("deletes a limit, and frees a stuck step's slot or a whole run's", async () => {
    await graphql(SET, { k: "api", l: 2 });
    await runInProgress("stuck");
    await coordinator().claimSlot({ pool: "api", runId: "stuck", stepKey: "a" });
    await coordinator().claimSlot({ pool: "api", runId: "stuck", stepKey: "b" });
    expect(await graphql(`mutation { freeConcurrencySlots(runId: "stuck", stepKey: "a") }`)).toEqual({
      freeConcurrencySlots: true,
    });
    expect((await coordinator().pool("api")).holders.map((slot) => slot.stepKey)).toEqual(["b"]);
    expect(await graphql(`mutation { freeConcurrencySlotsForRun(runId: "stuck") }`)).toEqual({
      freeConcurrencySlotsForRun: true,
    });
    expect((await coordinator().pool("api")).holders).toEqual([]);
    expect(await graphql(`mutation { deleteConcurrencyLimit(concurrencyKey: "api") }`)).toEqual({
      deleteConcurrencyLimit: true,
    });
    expect(await coordinator().pool("api")).toMatchObject({ limit: undefined, usingDefaultLimit: true });
  });

  it("frees the slots of a run that finished without freeing them", async () => {
    await graphql(SET, { k: "files", l: 1 });
    await runInProgress("dead-worker");
    await coordinator().claimSlot({ pool: "files", runId: "dead-worker", stepKey: "a" });
    await storage.runs.addRun({
      runId: "next",
      jobName: "pooled_job",
      locationName: "example",
      repositoryName: "__repository__",
      runConfig: {},
      tags: {},
      status: "STARTED",
    });
    expect((await coordinator().claimSlot({ pool: "files", runId: "next", stepKey: "a" })).status).toBe(
      "BLOCKED",
    );
    await storage.events.storeEvents([
      {
        runId: "dead-worker",
        timestamp: Date.now() / 1000,
        level: "ERROR",
        message: "failed",
        eventType: "RUN_FAILURE",
      },
    ]);
    expect((await coordinator().claimSlot({ pool: "files", runId: "next", stepKey: "a" })).status).toBe(
      "CLAIMED",
    );
  });

  it("answers bad arguments with an error naming the argument, changing nothing", async () => {
    const badName = await post(SET, { k: "no spaces!", l: 1 });
    expect(badName.errors?.[0]?.message).toMatch(/^concurrencyKey: "no spaces!" is not a valid pool name/);
    const badLimit = await post(SET, { k: "db2", l: -1 });
    expect(badLimit.errors?.[0]?.message).toMatch(
      /^limit: a pool's limit must be an integer from 0 to 1000, got -1/,
    );
    const badRead = await post(`{ instance { concurrencyLimit(concurrencyKey: "a/b") { concurrencyKey } } }`);
    expect(badRead.errors?.[0]?.message).toMatch(/^concurrencyKey: "a\/b" is not a valid pool name/);
    const emptyRun = await post(`mutation { freeConcurrencySlotsForRun(runId: "") }`);
    expect(emptyRun.errors?.[0]?.message).toBe("runId: must not be empty");
    expect((await coordinator().pools()).map((pool) => pool.pool)).not.toContain("db2");
  });
});
