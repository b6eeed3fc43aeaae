/**
 * The run log stream's reading discipline over real D1: no read while a batch waits to be delivered, a
 * backing-off poll while the run is idle, and a prompt read again once events arrive.
 */
import { expect, it } from "vitest";
import { instanceStorage } from "../setup/instance-storage";
import type { EventLogStorage, NewEvent } from "../../shared/storage/event-log-storage";
import { streamRunLogs } from "../../workers/webserver/graphql/events/run-log-stream";

const storage = instanceStorage();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("reads only when pulled, backs off while idle and reads promptly again after new events", async () => {
  const runId = `stream-${crypto.randomUUID()}`;
  await storage.runs.addRun({
    runId,
    jobName: "hello_job",
    locationName: "example",
    repositoryName: "__repository__",
    runConfig: {},
    tags: {},
    createTime: 1_800_000_000,
  });
  const event = (eventType: NewEvent["eventType"]): NewEvent => ({
    runId,
    timestamp: Date.now(),
    level: "INFO",
    message: eventType ?? "line",
    eventType,
  });
  await storage.events.storeEvents([event("RUN_STARTING"), event("RUN_START")]);
  const run = await storage.runs.getRun(runId);
  if (!run) throw new Error("the run was not stored");

  let reads = 0;
  const events: EventLogStorage = {
    ...storage.events,
    getLogsForRun: (...args) => {
      reads += 1;
      return storage.events.getLogsForRun(...args);
    },
  };
  const stream = streamRunLogs({ runs: storage.runs, events }, run, {
    afterCursor: null,
    skipHistory: false,
  });

  expect((await stream.next()).value?.events.map((stored) => stored.eventType)).toEqual([
    "RUN_STARTING",
    "RUN_START",
  ]);
  await sleep(300);
  expect(reads).toBe(1);

  // Idle for 2.5 s: 100 ms doubling to 1 s between reads is about six reads, not a busy loop.
  const live = stream.next();
  await sleep(2500);
  expect(reads).toBeGreaterThanOrEqual(4);
  expect(reads).toBeLessThanOrEqual(9);
  await storage.events.storeEvents([event(null)]);
  expect((await live).value?.events.map((stored) => stored.message)).toEqual(["line"]);

  // New events reset the backoff: the next one is picked up within a short wait, not the idle second.
  const next = stream.next();
  await storage.events.storeEvents([event("RUN_SUCCESS")]);
  const storedAt = Date.now();
  const success = await next;
  expect(Date.now() - storedAt).toBeLessThan(700);
  expect(success.value?.run.status).toBe("SUCCESS");
  expect((await stream.next()).done).toBe(true);
});
