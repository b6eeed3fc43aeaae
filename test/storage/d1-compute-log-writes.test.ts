// The d1 compute log manager writes a batch of chunks in one D1 batch, every statement under D1's
// 100-bound-parameter limit, counted through a recording wrapper around the real binding.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_LIMIT_BYTES } from "../../shared/storage/compute-logs/captured-log-data";
import { createD1ComputeLogManager } from "../../shared/storage/compute-logs/d1-compute-log-manager";
import { runLogKey } from "../../shared/storage/compute-logs/log-keys";
import { uniqueId } from "../contracts/storage-fixtures";
import { recordingD1, statementsOutsideBatches } from "./recording-d1";

describe("d1 compute log writes", () => {
  it("stores 500 chunks of two captures in one batch of statements under 100 parameters each", async () => {
    const { db, recording } = recordingD1(env.DB);
    const manager = createD1ComputeLogManager(db);
    const keys = [runLogKey(uniqueId("run"), "a"), runLogKey(uniqueId("run"), "b")];
    const line = (index: number) => `line ${String(index).padStart(3, "0")}\n`;
    const chunks = keys.flatMap((logKey) =>
      Array.from({ length: 250 }, (_, index) => ({
        logKey,
        stream: "stdout" as const,
        offset: index * 9,
        text: line(index),
      })),
    );
    await manager.writeChunks(chunks);
    expect(recording.batchSizes).toHaveLength(1);
    expect(statementsOutsideBatches(recording)).toBe(0);
    const largest = Math.max(...recording.statements.map((statement) => statement.params.length));
    expect(largest).toBeGreaterThan(50);
    expect(largest).toBeLessThanOrEqual(100);
    const expected = Array.from({ length: 250 }, (_, index) => line(index)).join("");
    for (const logKey of keys)
      expect((await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES))?.text).toBe(expected);
  });

  it("spreads chunks carrying megabytes of text over statements of at most half a megabyte", async () => {
    const { db, recording } = recordingD1(env.DB);
    const manager = createD1ComputeLogManager(db);
    const logKey = runLogKey(uniqueId("run"), "big");
    const piece = "x".repeat(200 * 1024);
    await manager.writeChunks(
      Array.from({ length: 8 }, (_, index) => ({
        logKey,
        stream: "stderr" as const,
        offset: index * piece.length,
        text: piece,
      })),
    );
    expect(recording.batchSizes).toEqual([4]);
    expect((await manager.readStream(logKey, "stderr", 0, MAX_LIMIT_BYTES))?.nextOffset).toBe(
      8 * piece.length,
    );
  });
});
