/**
 * The EventLogStorage contract: ordered append, cursor paging, run status moved (only forward) by run
 * events, stats, conditional writes on a run's status, idempotency keys, and cross-run reads of event
 * types by storage id.
 * A backend's test file calls `describeEventLogStorage(name, makeStorage)`.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { DagsterEventType } from "../../shared/events/event-types";
import type { Storage } from "../../shared/storage/storage";
import { newEvent, newRun, runIds, uniqueId } from "./storage-fixtures";

export function describeEventLogStorage(name: string, makeStorage: () => Promise<Storage>): void {
  describe(`${name}: EventLogStorage`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await makeStorage();
    });

    async function addRun(): Promise<string> {
      return (await storage.runs.addRun(newRun())).runId;
    }

    /** Stores one event per type, a second apart from `start` (epoch ms). */
    async function storeSequence(runId: string, types: (DagsterEventType | null)[], start = 1_000_000) {
      return storage.events.storeEvents(
        types.map((type, index) => newEvent(runId, type, start + index * 1000)),
      );
    }

    it("stores events in order and returns them with increasing storage ids", async () => {
      const runId = await addRun();
      const data = {
        error: { message: "boom", className: "Error", stack: [] },
        errorSource: "USER_CODE_ERROR" as const,
      };
      const stored = await storage.events.storeEvents([
        newEvent(runId, "RUN_START", 1_000),
        newEvent(runId, null, 2_000, { level: "DEBUG", message: "hello" }),
        newEvent(runId, "STEP_FAILURE", 3_000, { level: "ERROR", stepKey: "op_a", data }),
      ]);
      expect(stored.map((event) => event.message)).toEqual([
        "RUN_START at 1000",
        "hello",
        "STEP_FAILURE at 3000",
      ]);
      expect(stored.map((event) => [event.stepKey, event.data])).toEqual([
        [null, null],
        [null, null],
        ["op_a", data],
      ]);
      const ids = stored.map((event) => event.storageId);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(3);
      const page = await storage.events.getLogsForRun(runId);
      expect(page).toEqual({ events: stored, cursor: ids[2], hasMore: false });
      expect(await storage.events.storeEvents([])).toEqual([]);
    });

    it("moves the run's status with run events and stamps its times", async () => {
      const runId = await addRun();
      const expectRun = async (fields: Record<string, unknown>) =>
        expect(await storage.runs.getRun(runId)).toMatchObject(fields);
      await storage.events.storeEvents([newEvent(runId, "RUN_ENQUEUED", 10_000)]);
      await expectRun({ status: "QUEUED", updateTime: 10, startTime: null, endTime: null });
      await storage.events.storeEvents([newEvent(runId, "RUN_STARTING", 11_000)]);
      await expectRun({ status: "STARTING", updateTime: 11 });
      await storage.events.storeEvents([
        newEvent(runId, "RUN_START", 12_500),
        newEvent(runId, "STEP_START", 13_000, { stepKey: "a" }),
      ]);
      await expectRun({ status: "STARTED", updateTime: 12.5, startTime: 12.5, endTime: null });
      await storage.events.storeEvents([newEvent(runId, "RUN_SUCCESS", 20_000)]);
      await expectRun({ status: "SUCCESS", updateTime: 20, startTime: 12.5, endTime: 20 });
      expect(
        runIds(await storage.runs.getRuns({ runIds: [runId], updatedAfter: 19, statuses: ["SUCCESS"] })),
      ).toEqual([runId]);
    });

    it("applies several run events of one call as if stored one by one", async () => {
      const failed = await addRun();
      const canceled = await addRun();
      await storage.events.storeEvents([
        newEvent(failed, "RUN_START", 1_000),
        newEvent(canceled, "RUN_START", 1_500),
        newEvent(failed, "RUN_FAILURE", 2_000),
        newEvent(canceled, "RUN_CANCELING", 3_000),
        newEvent(canceled, "RUN_CANCELED", 4_000),
        newEvent(failed, null, 5_000),
      ]);
      expect(await storage.runs.getRun(failed)).toMatchObject({
        status: "FAILURE",
        startTime: 1,
        endTime: 2,
        updateTime: 2,
      });
      expect(await storage.runs.getRun(canceled)).toMatchObject({
        status: "CANCELED",
        startTime: 1.5,
        endTime: 4,
        updateTime: 4,
      });
    });

    it("keeps a finished run finished: later run events are logged but never move its status", async () => {
      const runId = await addRun();
      await storeSequence(runId, ["RUN_STARTING", "RUN_CANCELING", "RUN_CANCELED"]);
      await storeSequence(runId, ["RUN_START", "RUN_SUCCESS"], 2_000_000);
      expect(await storage.runs.getRun(runId)).toMatchObject({ status: "CANCELED" });
      const logged = (await storage.events.getLogsForRun(runId)).events.map((event) => event.eventType);
      expect(logged.slice(-2)).toEqual(["RUN_START", "RUN_SUCCESS"]);
    });

    it("never moves a status backward: RUN_START leaves a CANCELING run CANCELING, and is still logged", async () => {
      const runId = await addRun();
      await storeSequence(runId, ["RUN_STARTING", "RUN_CANCELING"]);
      await storeSequence(runId, ["RUN_START", "RUN_STARTING", "RUN_ENQUEUED", "RUN_DEQUEUED"], 2_000_000);
      expect(await storage.runs.getRun(runId)).toMatchObject({
        status: "CANCELING",
        updateTime: 1001,
        startTime: null,
      });
      const logged = (await storage.events.getLogsForRun(runId)).events.map((event) => event.eventType);
      expect(logged.slice(-4)).toEqual(["RUN_START", "RUN_STARTING", "RUN_ENQUEUED", "RUN_DEQUEUED"]);
      // One by one, a late RUN_START is skipped even in the batch that then ends the run.
      await storeSequence(runId, ["RUN_START", "RUN_CANCELED"], 3_000_000);
      expect(await storage.runs.getRun(runId)).toMatchObject({
        status: "CANCELED",
        updateTime: 3001,
        startTime: null,
        endTime: 3001,
      });
    });

    it("leaves the run row alone for events that are not run events", async () => {
      const run = await storage.runs.addRun(newRun({ createTime: 50 }));
      await storeSequence(run.runId, ["STEP_START", "ENGINE_EVENT", null]);
      expect(await storage.runs.getRun(run.runId)).toEqual(run);
    });

    it("rejects events for an unknown run with NOT_FOUND and writes none of the call", async () => {
      const known = await addRun();
      const unknown = uniqueId("missing");
      await expect(
        storage.events.storeEvents([newEvent(known, "RUN_START", 1_000), newEvent(unknown, null, 2_000)]),
      ).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(unknown) });
      expect((await storage.events.getLogsForRun(known)).events).toEqual([]);
      expect((await storage.runs.getRun(known))?.status).toBe("NOT_STARTED");
    });

    it("pages strictly after a cursor with limit and hasMore", async () => {
      const runId = await addRun();
      const stored = await storeSequence(runId, [
        "RUN_START",
        "STEP_START",
        "STEP_OUTPUT",
        "STEP_SUCCESS",
        "RUN_SUCCESS",
      ]);
      const ids = stored.map((event) => event.storageId);
      const first = await storage.events.getLogsForRun(runId, { limit: 2 });
      expect(first.events.map((event) => event.storageId)).toEqual(ids.slice(0, 2));
      expect(first).toMatchObject({ cursor: ids[1], hasMore: true });
      const rest = await storage.events.getLogsForRun(runId, { afterCursor: first.cursor, limit: 3 });
      expect(rest.events.map((event) => event.storageId)).toEqual(ids.slice(2));
      expect(rest).toMatchObject({ cursor: ids[4], hasMore: false });
      const empty = await storage.events.getLogsForRun(runId, { afterCursor: rest.cursor });
      expect(empty).toEqual({ events: [], cursor: rest.cursor, hasMore: false });
      const none = await storage.events.getLogsForRun(uniqueId("missing"));
      expect(none.events).toEqual([]);
      expect((await storage.events.getLogsForRun(runId, { afterCursor: none.cursor })).events).toEqual(
        stored,
      );
    });

    it("filters a run's events by type", async () => {
      const runId = await addRun();
      const stored = await storeSequence(runId, [
        "RUN_START",
        "STEP_START",
        null,
        "STEP_SUCCESS",
        "STEP_START",
      ]);
      const page = await storage.events.getLogsForRun(runId, { eventTypes: ["STEP_START"], limit: 1 });
      expect(page.events).toEqual([stored[1]]);
      expect(page.hasMore).toBe(true);
      const next = await storage.events.getLogsForRun(runId, {
        eventTypes: ["STEP_START"],
        afterCursor: page.cursor,
      });
      expect(next.events).toEqual([stored[4]]);
    });

    it("keeps each run's order when one call interleaves several runs", async () => {
      const [a, b] = [await addRun(), await addRun()];
      const stored = await storage.events.storeEvents(
        [1, 2, 3, 4].map((n) => newEvent(n % 2 === 0 ? a : b, null, n, { message: `m${n}` })),
      );
      expect((await storage.events.getLogsForRun(a)).events.map((event) => event.message)).toEqual([
        "m2",
        "m4",
      ]);
      expect((await storage.events.getLogsForRun(b)).events).toEqual([stored[0], stored[2]]);
    });

    it("stores a 1,000-event batch in order and pages through it", async () => {
      const runId = await addRun();
      const events = Array.from({ length: 1000 }, (_, index) =>
        newEvent(runId, null, index, { message: `line ${index}`, stepKey: `step_${index % 7}` }),
      );
      const stored = await storage.events.storeEvents(events);
      expect(stored.map((event) => event.message)).toEqual(events.map((event) => event.message));
      const ids = stored.map((event) => event.storageId);
      expect(ids.every((id, index) => index === 0 || id > (ids[index - 1] ?? Infinity))).toBe(true);

      const seen: string[] = [];
      let page = await storage.events.getLogsForRun(runId, { limit: 300 });
      let pages = 1;
      seen.push(...page.events.map((event) => event.message));
      while (page.hasMore) {
        page = await storage.events.getLogsForRun(runId, { afterCursor: page.cursor, limit: 300 });
        seen.push(...page.events.map((event) => event.message));
        pages += 1;
      }
      expect(pages).toBe(4);
      expect(seen).toEqual(events.map((event) => event.message));
    });

    it("writes events with ifStatus only while the run has that status, all of them or none", async () => {
      const runId = await addRun();
      await storeSequence(runId, ["RUN_ENQUEUED"]);
      const starting = await storage.events.storeEvents(
        [newEvent(runId, "RUN_DEQUEUED", 2_000), newEvent(runId, "RUN_STARTING", 2_001)],
        { ifStatus: "QUEUED" },
      );
      expect(starting.map((event) => event.eventType)).toEqual(["RUN_DEQUEUED", "RUN_STARTING"]);
      expect((await storage.runs.getRun(runId))?.status).toBe("STARTING");

      const late = await storage.events.storeEvents(
        [
          newEvent(runId, "RUN_CANCELING", 3_000),
          newEvent(runId, null, 3_001),
          newEvent(runId, "RUN_CANCELED", 3_002),
        ],
        { ifStatus: "QUEUED" },
      );
      expect(late).toEqual([]);
      expect((await storage.runs.getRun(runId))?.status).toBe("STARTING");
      expect((await storage.events.getLogsForRun(runId)).events.map((event) => event.eventType)).toEqual([
        "RUN_ENQUEUED",
        "RUN_DEQUEUED",
        "RUN_STARTING",
      ]);
    });

    it("lets exactly one of two racing conditional writes from the same status win", async () => {
      const runId = await addRun();
      await storeSequence(runId, ["RUN_ENQUEUED"]);
      const [dequeued, canceled] = await Promise.all([
        storage.events.storeEvents(
          [newEvent(runId, "RUN_DEQUEUED", 2_000), newEvent(runId, "RUN_STARTING", 2_000)],
          { ifStatus: "QUEUED" },
        ),
        storage.events.storeEvents(
          [newEvent(runId, "RUN_CANCELING", 2_000), newEvent(runId, "RUN_CANCELED", 2_000)],
          { ifStatus: "QUEUED" },
        ),
      ]);
      expect([dequeued.length, canceled.length].sort()).toEqual([0, 2]);
      const status = (await storage.runs.getRun(runId))?.status;
      expect(status).toBe(dequeued.length > 0 ? "STARTING" : "CANCELED");
      expect((await storage.events.getLogsForRun(runId)).events).toHaveLength(3);
    });

    it("keeps order and ids in a conditional write of many events, and refuses one for several runs", async () => {
      const runId = await addRun();
      const events = Array.from({ length: 40 }, (_, index) =>
        newEvent(runId, index === 39 ? "RUN_START" : null, 1_000 + index, {
          message: `line ${index}`,
          data: { n: index },
        }),
      );
      const stored = await storage.events.storeEvents(events, { ifStatus: "NOT_STARTED" });
      expect(stored.map((event) => event.message)).toEqual(events.map((event) => event.message));
      expect((await storage.events.getLogsForRun(runId)).events).toEqual(stored);
      expect(await storage.runs.getRun(runId)).toMatchObject({ status: "STARTED", startTime: 1.039 });
      expect(await storage.events.storeEvents(events, { ifStatus: "NOT_STARTED" })).toEqual([]);
      expect((await storage.events.getLogsForRun(runId)).events).toHaveLength(40);

      await expect(
        storage.events.storeEvents([newEvent(runId, null, 1), newEvent(await addRun(), null, 2)], {
          ifStatus: "STARTED",
        }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("ifStatus"),
      });
    });

    describe("idempotency keys", () => {
      /** An event of `runId` under idempotency key `<runId>:<key>`. */
      const keyed = (runId: string, eventType: DagsterEventType | null, timestamp: number, key: string) =>
        newEvent(runId, eventType, timestamp, { idempotencyKey: `${runId}:${key}` });

      it("refuses, before writing anything, a key that is not of its event's run", async () => {
        const [runId, other] = [await addRun(), await addRun()];
        await expect(
          storage.events.storeEvents([
            keyed(runId, null, 1_000, "1"),
            newEvent(runId, null, 1_100, { idempotencyKey: `${other}:1` }),
          ]),
        ).rejects.toMatchObject({
          code: "BAD_REQUEST",
          message: expect.stringContaining(
            `events[1].idempotencyKey must start with its run id and a colon ("${runId}:")`,
          ),
        });
        expect((await storage.events.getLogsForRun(runId)).events).toEqual([]);
      });

      it("stores a batch sent twice once, answers the second call with the stored records and leaves the run alone", async () => {
        const runId = await addRun();
        const batch = [
          keyed(runId, "RUN_START", 1_000, "1"),
          keyed(runId, null, 1_500, "2"),
          newEvent(runId, "STEP_START", 2_000, { stepKey: "a", idempotencyKey: `${runId}:3` }),
        ];
        const first = await storage.events.storeEvents(batch);
        // A resumed worker's own RUN_START moves the start time on: the batch sent again must not move it back.
        await storage.events.storeEvents([newEvent(runId, "RUN_START", 5_000)]);
        const before = await storage.runs.getRun(runId);
        expect(before).toMatchObject({ status: "STARTED", startTime: 5 });

        expect(await storage.events.storeEvents(batch)).toEqual(first);
        expect(await storage.runs.getRun(runId)).toEqual(before);
        const logged = (await storage.events.getLogsForRun(runId)).events;
        expect(logged.slice(0, 3)).toEqual(first);
        expect(logged.map((event) => event.eventType)).toEqual([
          "RUN_START",
          null,
          "STEP_START",
          "RUN_START",
        ]);
      });

      it("stores only the events of a batch not stored yet, once even when one repeats, and only they move the run", async () => {
        const runId = await addRun();
        const stored = await storage.events.storeEvents([
          keyed(runId, "RUN_START", 1_000, "a"),
          keyed(runId, null, 1_500, "b"),
        ]);
        const success = keyed(runId, "RUN_SUCCESS", 3_000, "c");
        const resent = await storage.events.storeEvents([
          keyed(runId, "RUN_START", 1_000, "a"),
          keyed(runId, null, 1_500, "b"),
          success,
          success,
        ]);
        expect(resent.slice(0, 2)).toEqual(stored);
        expect(resent[3]).toEqual(resent[2]);
        expect(resent[2]?.storageId).toBeGreaterThan(stored[1]?.storageId ?? Infinity);
        expect((await storage.events.getLogsForRun(runId)).events).toEqual(resent.slice(0, 3));
        expect(await storage.runs.getRun(runId)).toMatchObject({
          status: "SUCCESS",
          startTime: 1,
          endTime: 3,
        });
      });

      it("stores one copy of a batch sent twice at once", async () => {
        const runId = await addRun();
        const batch = Array.from({ length: 30 }, (_, index) =>
          keyed(runId, index === 0 ? "RUN_START" : null, 1_000 + index, String(index)),
        );
        const [one, other] = await Promise.all([
          storage.events.storeEvents(batch),
          storage.events.storeEvents(batch),
        ]);
        expect(one.map((event) => event.message)).toEqual(batch.map((event) => event.message));
        expect(one).toEqual(other);
        expect((await storage.events.getLogsForRun(runId)).events).toEqual(one);
      });

      it("answers a conditional write sent again after it committed with its records, and guards only new events", async () => {
        const runId = await addRun();
        await storeSequence(runId, ["RUN_ENQUEUED"]);
        const start = [
          keyed(runId, "RUN_DEQUEUED", 2_000, "dequeued"),
          keyed(runId, "RUN_STARTING", 2_001, "starting"),
        ];
        const first = await storage.events.storeEvents(start, { ifStatus: "QUEUED" });
        expect(first).toHaveLength(2);
        expect(await storage.events.storeEvents(start, { ifStatus: "QUEUED" })).toEqual(first);
        expect(
          await storage.events.storeEvents([...start, keyed(runId, "RUN_CANCELED", 3_000, "canceled")], {
            ifStatus: "QUEUED",
          }),
        ).toEqual([]);
        expect((await storage.events.getLogsForRun(runId)).events.map((event) => event.eventType)).toEqual([
          "RUN_ENQUEUED",
          "RUN_DEQUEUED",
          "RUN_STARTING",
        ]);
        expect((await storage.runs.getRun(runId))?.status).toBe("STARTING");
      });
    });

    it("reads events of some types across runs in storage order after a cursor, even one stamped earlier", async () => {
      const [a, b] = [await addRun(), await addRun()];
      const [start] = await storage.events.storeEvents([newEvent(a, "RUN_START", 5_000)]);
      const after = start?.storageId ?? 0;
      const failed = await storage.events.storeEvents([newEvent(a, "RUN_FAILURE", 9_000)]);
      await storage.events.storeEvents([newEvent(b, "STEP_FAILURE", 9_500, { stepKey: "x" })]);
      // Stamped before a's failure but stored after it: a timestamp cursor would miss it, a storage id does not.
      const earlier = await storage.events.storeEvents([newEvent(b, "RUN_SUCCESS", 8_000)]);
      const types: DagsterEventType[] = ["RUN_FAILURE", "RUN_SUCCESS"];

      const first = await storage.events.getEventRecords(
        { eventTypes: types, afterCursor: after },
        { limit: 1 },
      );
      expect(first).toEqual({ events: failed, cursor: failed[0]?.storageId, hasMore: true });
      const rest = await storage.events.getEventRecords({ eventTypes: types, afterCursor: first.cursor });
      expect(rest.events).toEqual(earlier);
      expect(rest.hasMore).toBe(false);
      expect(await storage.events.getEventRecords({ eventTypes: types, afterCursor: rest.cursor })).toEqual({
        events: [],
        cursor: rest.cursor,
        hasMore: false,
      });

      const stampedLate = await storage.events.getEventRecords({
        eventTypes: types,
        afterCursor: after,
        afterTimestamp: 8_500,
      });
      expect(stampedLate.events).toEqual(failed);
      await expect(storage.events.getEventRecords({ eventTypes: [] })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    });

    it("computes run stats from step, materialization and run events", async () => {
      const runId = await addRun();
      await storage.events.storeEvents([
        newEvent(runId, "RUN_ENQUEUED", 1_000),
        newEvent(runId, "RUN_STARTING", 2_000),
        newEvent(runId, "RUN_START", 3_000),
        newEvent(runId, "STEP_SUCCESS", 4_000, { stepKey: "a" }),
        newEvent(runId, "ASSET_MATERIALIZATION", 4_100, { stepKey: "a", data: { assetKey: ["x"] } }),
        newEvent(runId, "ASSET_MATERIALIZATION", 4_200, { stepKey: "a", data: { assetKey: ["y"] } }),
        newEvent(runId, "STEP_SUCCESS", 5_000, { stepKey: "b" }),
        newEvent(runId, "STEP_FAILURE", 6_000, { stepKey: "c" }),
        newEvent(runId, "RUN_FAILURE", 7_500),
      ]);
      expect(await storage.events.getStatsForRun(runId)).toEqual({
        runId,
        stepsSucceeded: 2,
        stepsFailed: 1,
        materializations: 2,
        expectations: 0,
        enqueuedTime: 1,
        launchTime: 2,
        startTime: 3,
        endTime: 7.5,
      });
      const empty = await addRun();
      expect(await storage.events.getStatsForRun(empty)).toMatchObject({
        stepsSucceeded: 0,
        startTime: null,
        endTime: null,
      });
    });

    it("computes step stats per step, with one attempt per start or restart", async () => {
      const runId = await addRun();
      const at = (type: DagsterEventType, stepKey: string, seconds: number) =>
        newEvent(runId, type, seconds * 1000, { stepKey });
      await storage.events.storeEvents([
        newEvent(runId, "RUN_START", 0),
        at("STEP_START", "flaky", 1),
        at("STEP_UP_FOR_RETRY", "flaky", 2),
        at("STEP_START", "broken", 2.5),
        at("STEP_RESTARTED", "flaky", 3),
        at("STEP_FAILURE", "broken", 3.5),
        at("ASSET_MATERIALIZATION", "flaky", 3.9),
        at("STEP_SUCCESS", "flaky", 4),
        at("STEP_SKIPPED", "skipped", 5),
        at("STEP_START", "running", 6),
      ]);
      const stats = await storage.events.getStepStatsForRun(runId);
      expect(stats).toEqual([
        {
          runId,
          stepKey: "flaky",
          status: "SUCCESS",
          startTime: 1,
          endTime: 4,
          materializations: 1,
          attempts: [
            { startTime: 1, endTime: 2 },
            { startTime: 3, endTime: 4 },
          ],
        },
        {
          runId,
          stepKey: "broken",
          status: "FAILURE",
          startTime: 2.5,
          endTime: 3.5,
          materializations: 0,
          attempts: [{ startTime: 2.5, endTime: 3.5 }],
        },
        {
          runId,
          stepKey: "skipped",
          status: "SKIPPED",
          startTime: null,
          endTime: 5,
          materializations: 0,
          attempts: [],
        },
        {
          runId,
          stepKey: "running",
          status: "IN_PROGRESS",
          startTime: 6,
          endTime: null,
          materializations: 0,
          attempts: [{ startTime: 6, endTime: null }],
        },
      ]);
      expect(
        (await storage.events.getStepStatsForRun(runId, ["broken", "running"])).map((step) => step.stepKey),
      ).toEqual(["broken", "running"]);
      expect(await storage.events.getStepStatsForRun(await addRun())).toEqual([]);
    });
  });
}
