/**
 * Alarms, queue messages, cron pokes and run-end wake-ups can all arrive twice or at once: the Daemon's
 * serialized passes and the re-read before each start must never start a run twice or overrun a limit.
 */
import { runDurableObjectAlarm } from "cloudflare:test";
import { expect, it } from "vitest";
import { isFinished } from "../../shared/storage/run-status";
import {
  addRun,
  coordinator,
  daemon,
  deliverRunQueueBatch,
  eventsInStorageOrder,
  eventTypesOf,
  peakInProgress,
  storage,
  waitUntil,
} from "./daemon-harness";

it("starts each run exactly once when every kind of wake-up arrives at once, twice", async () => {
  const runs = await Promise.all(
    Array.from({ length: 9 }, (_, index) =>
      addRun(index % 3 === 0 ? "slow_job" : "hello_job", { seconds: 1 }),
    ),
  );
  const stub = daemon();
  // iterate() at ever later times makes each one due, so each runs a pass of its own.
  const later = (minutes: number) => Date.now() + minutes * 61_000;
  // Each run is submitted twice in a row (submitRun is idempotent, not a lock: two submits of one run
  // racing each other are not a case the coordinators guard), while every wake-up races the passes.
  const submitEachTwice = async () => {
    for (const run of runs) {
      await coordinator.submitRun(run);
      await coordinator.submitRun(run);
    }
  };
  await Promise.all([
    submitEachTwice(),
    ...Array.from({ length: 6 }, (_, index) => stub.dequeue(`test: duplicate ${index}`)),
    stub.iterate(later(1)),
    stub.iterate(later(2)),
    stub.iterate(later(2)),
    runDurableObjectAlarm(stub),
    stub.poke(),
    stub.poke(),
    deliverRunQueueBatch(runs.map((run) => run.runId)),
    deliverRunQueueBatch(runs.map((run) => run.runId)),
  ]);
  const runIds = runs.map((run) => run.runId);
  await waitUntil(
    "every run finished",
    async () =>
      (await Promise.all(runIds.map((runId) => storage.runs.getRun(runId)))).every(
        (run) => run !== null && isFinished(run.status),
      ),
    25_000,
  );

  for (const runId of runIds) {
    const types = await eventTypesOf(runId);
    expect((await storage.runs.getRun(runId))?.status).toBe("SUCCESS");
    expect(
      types.filter(
        (type) =>
          type === "RUN_ENQUEUED" ||
          type === "RUN_DEQUEUED" ||
          type === "RUN_STARTING" ||
          type === "RUN_START",
      ),
    ).toEqual(["RUN_ENQUEUED", "RUN_DEQUEUED", "RUN_STARTING", "RUN_START"]);
  }
  expect(peakInProgress(await eventsInStorageOrder(runIds), () => "all").get("all")).toBeLessThanOrEqual(3);
});
