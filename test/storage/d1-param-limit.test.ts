// Bulk writes on real D1 (which enforces the limit locally too) never bind more than 100 parameters in a
// statement and reach D1 in one batch, counted through a recording wrapper around the real binding.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createD1Storage } from "../../shared/storage/d1/create-d1-storage";
import { newEvent, newRun, uniqueId } from "../contracts/storage-fixtures";
import { recordingD1, statementsOutsideBatches, type D1Recording } from "./recording-d1";

/** D1's documented limit, written out rather than imported so the test fails if the code's constant drifts. */
const D1_LIMIT = 100;

function manyTags(count: number, prefix = uniqueId("tag")): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`${prefix}/${index}`, `value-${index}-${"x".repeat(40)}`]),
  );
}

function expectUnderLimit(recording: D1Recording): void {
  const largest = Math.max(...recording.statements.map((statement) => statement.params.length));
  expect(largest).toBeGreaterThan(D1_LIMIT / 2);
  expect(largest).toBeLessThanOrEqual(D1_LIMIT);
}

describe("bulk writes under D1's 100-bound-parameter limit", () => {
  it("adds a run with 500 tags in one batch", async () => {
    const { db, recording } = recordingD1(env.DB);
    const storage = createD1Storage(db);
    const tags = manyTags(500);
    const run = await storage.runs.addRun(newRun({ tags }));
    expect(recording.batchSizes).toHaveLength(1);
    expect(statementsOutsideBatches(recording)).toBe(0);
    expectUnderLimit(recording);
    expect((await storage.runs.getRun(run.runId))?.tags).toEqual(tags);
    const [key] = Object.keys(tags);
    expect(
      await storage.runs.getRuns({ tags: [{ key: key ?? "", value: tags[key ?? ""] ?? "" }] }),
    ).toHaveLength(1);
  });

  it("stores 5,000 events with large payloads in one batch plus one existence check", async () => {
    const { db, recording } = recordingD1(env.DB);
    const storage = createD1Storage(db);
    const run = await storage.runs.addRun(newRun({ tags: manyTags(200) }));
    recording.statements.length = 0;
    recording.batchSizes.length = 0;

    const payload = { tags: manyTags(20, "event"), metadata: { rows: 1234 } };
    const events = Array.from({ length: 5000 }, (_, index) =>
      newEvent(
        run.runId,
        index === 0 ? "RUN_START" : index === 4999 ? "RUN_SUCCESS" : "ASSET_OBSERVATION",
        1_000 + index,
        { stepKey: "bulk", data: payload },
      ),
    );
    const stored = await storage.events.storeEvents(events);

    expect(recording.batchSizes).toHaveLength(1);
    expect(statementsOutsideBatches(recording)).toBe(1);
    expectUnderLimit(recording);
    const boundValues = recording.statements.reduce((sum, statement) => sum + statement.params.length, 0);
    expect(boundValues).toBeGreaterThanOrEqual(5000 * 7);

    expect(stored).toHaveLength(5000);
    const page = await storage.events.getLogsForRun(run.runId);
    expect(page.events.map((event) => event.storageId)).toEqual(stored.map((event) => event.storageId));
    expect(page.events[4321]?.data).toEqual(payload);
    expect(await storage.runs.getRun(run.runId)).toMatchObject({
      status: "SUCCESS",
      startTime: 1,
      endTime: 5.999,
    });
  });

  it("sets 1,000 key-value pairs in one batch", async () => {
    const { db, recording } = recordingD1(env.DB);
    const storage = createD1Storage(db);
    const values = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [uniqueId(`cursor${index}`), String(index)]),
    );
    await storage.daemon.setKv(values);
    expect(recording.batchSizes).toHaveLength(1);
    expect(statementsOutsideBatches(recording)).toBe(0);
    expectUnderLimit(recording);
    expect(await storage.daemon.getKv(Object.keys(values))).toEqual(values);
  });

  it("filters by hundreds of run ids and tags with a handful of parameters", async () => {
    const { db, recording } = recordingD1(env.DB);
    const storage = createD1Storage(db);
    const tags = manyTags(150);
    const run = await storage.runs.addRun(newRun({ tags }));
    recording.statements.length = 0;
    const runIds = [run.runId, ...Array.from({ length: 299 }, () => uniqueId("absent"))];
    const found = await storage.runs.getRuns({
      runIds,
      tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
    });
    expect(found.map((record) => record.runId)).toEqual([run.runId]);
    expect(recording.statements).toHaveLength(1);
    expect(recording.statements[0]?.params.length).toBeLessThan(10);
    expect(await storage.daemon.getKv(runIds)).toEqual({});
  });
});
