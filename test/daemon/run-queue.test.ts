/**
 * The run queue end to end: runs submitted through the queued coordinator wake the Daemon through the
 * run queue, its passes start them in the example location's RunWorker objects, and finishing runs wake
 * it again. Limits (test/daemon/dagflare.yaml): 3 runs; team=data 1; database (any value) 2; 1 per backfill.
 */
import { describe, expect, it } from "vitest";
import { isFinished } from "../../shared/storage/run-status";
import {
  daemon,
  eventsInStorageOrder,
  eventTypesOf,
  holdSlots,
  peakInProgress,
  storage,
  submit,
  waitUntil,
} from "./daemon-harness";

const allFinished = (runIds: readonly string[]) => async () =>
  (await Promise.all(runIds.map((runId) => storage.runs.getRun(runId)))).every(
    (run) => run !== null && isFinished(run.status),
  );

describe("the run queue", () => {
  it("starts every submitted run, never more at once than max_concurrent_runs and the tag limits allow", async () => {
    const plan: Record<string, string>[] = [
      { team: "data" },
      { team: "data" },
      { team: "data" },
      { database: "x" },
      { database: "y" },
      { database: "x" },
      { backfill: "b1" },
      { backfill: "b1" },
      { backfill: "b2" },
      { team: "ml" },
      {},
      {},
    ];
    const tagsByRun = new Map<string, Record<string, string>>();
    for (const tags of plan) tagsByRun.set((await submit("slow_job", { tags, seconds: 1 })).runId, tags);
    const runIds = [...tagsByRun.keys()];
    await waitUntil("every run finished", allFinished(runIds), 25_000);

    for (const runId of runIds) expect((await storage.runs.getRun(runId))?.status).toBe("SUCCESS");
    const events = await eventsInStorageOrder(runIds);
    const tag = (key: string) => (runId: string) => tagsByRun.get(runId)?.[key] ?? null;
    expect(peakInProgress(events, () => "all").get("all")).toBe(3);
    expect(
      peakInProgress(events, (runId) => (tag("team")(runId) === "data" ? "data" : null)).get("data"),
    ).toBe(1);
    expect(
      peakInProgress(events, (runId) => (tag("database")(runId) === null ? null : "any")).get("any"),
    ).toBeLessThanOrEqual(2);
    for (const peak of peakInProgress(events, tag("backfill")).values()) expect(peak).toBe(1);
    for (const runId of runIds)
      expect((await eventTypesOf(runId)).filter((type) => type === "RUN_STARTING")).toHaveLength(1);
  });

  it("starts the highest dagster/priority first and FIFO within a priority, one per freed slot", async () => {
    const slots = [await holdSlots(1), await holdSlots(1), await holdSlots(1)];
    // Runs long enough to keep the slot they take until the test has freed the next one: a run that
    // finished at once would free its slot too and let a second run start on one release.
    const held = { seconds: 3 };
    const low = await submit("slow_job", { ...held, tags: { "dagster/priority": "-1" } });
    const high = await submit("slow_job", { ...held, tags: { "dagster/priority": "10" } });
    const normal = await submit("slow_job", held);
    const stillQueued = await daemon().dequeue("test: slots full");
    expect(stillQueued.launched).toEqual([]);
    for (const run of [low, high, normal])
      expect((await storage.runs.getRun(run.runId))?.status).toBe("QUEUED");

    // A run-queue message still in flight may run the pass a freed slot allows before the test's own call
    // does: either way, each freed slot starts exactly one run, the next in priority order.
    const queuedIds = [low.runId, high.runId, normal.runId];
    const started = async () =>
      (await eventsInStorageOrder(queuedIds))
        .filter((event) => event.eventType === "RUN_STARTING")
        .map((event) => event.runId);
    for (const [index, slot] of slots.entries()) {
      await slot.release();
      await daemon().dequeue("test: one slot freed");
      expect(await started()).toHaveLength(index + 1);
    }
    const order = await started();
    expect(order).toEqual([high.runId, normal.runId, low.runId]);
    await waitUntil("the three runs finished", allFinished(order));
  });

  it("leaves a run blocked by a tag limit queued while later runs take the free slots", async () => {
    const dataSlot = await holdSlots(1, { team: "data" });
    const blocked = await submit("hello_job", { tags: { team: "data" } });
    const free = await submit("hello_job", { tags: { team: "ml" } });
    await waitUntil("the unblocked run finished", allFinished([free.runId]));
    await daemon().dequeue("test: limit still held");
    expect((await storage.runs.getRun(blocked.runId))?.status).toBe("QUEUED");

    await dataSlot.release();
    expect((await daemon().dequeue("test: limit freed")).launched).toEqual([blocked.runId]);
    await waitUntil("the blocked run finished", allFinished([blocked.runId]));
  });

  it("starts the next queued run as soon as a running run finishes, without waiting for the interval", async () => {
    const slow = [
      await submit("slow_job", { seconds: 2 }),
      await submit("slow_job", { seconds: 2 }),
      await submit("slow_job", { seconds: 2 }),
    ];
    const next = await submit("hello_job");
    await daemon().dequeue("test: slots full");
    expect((await storage.runs.getRun(next.runId))?.status).toBe("QUEUED");

    // The slow runs' workers store RUN_SUCCESS through the instance host's InstanceApi, which wakes the daemon;
    // the dequeue interval (60 s) is far beyond this wait.
    await waitUntil("the next run finished", allFinished([next.runId]), 15_000);
    const events = await eventsInStorageOrder([...slow.map((run) => run.runId), next.runId]);
    const firstEnd = events.find((event) => event.eventType === "RUN_SUCCESS");
    const nextStart = events.find(
      (event) => event.runId === next.runId && event.eventType === "RUN_STARTING",
    );
    expect(firstEnd?.runId).not.toBe(next.runId);
    expect(nextStart?.storageId).toBeGreaterThan(firstEnd?.storageId ?? Infinity);
    await waitUntil("the slow runs finished", allFinished(slow.map((run) => run.runId)));
  });
});
