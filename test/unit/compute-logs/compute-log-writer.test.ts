/**
 * The run worker's ComputeLogWriter: output held and sealed into chunks at byte offsets per interval,
 * completions after their chunks, full chunks split on character boundaries, fresh file keys, and a
 * failed batch retried with exactly the same chunks (so the instance stores it once).
 */
import { describe, expect, it } from "vitest";
import type { ComputeLogBatch } from "../../../shared/storage/compute-logs/compute-log-manager";
import { createComputeLogWriter } from "../../../shared/executor/compute-log-writer";

function collectingWriter(
  options: { maxDelayMs?: number; maxChunkBytes?: number; failFirst?: boolean } = {},
) {
  const batches: ComputeLogBatch[] = [];
  let failNext = options.failFirst === true;
  const writer = createComputeLogWriter({
    runId: "run-1",
    maxDelayMs: options.maxDelayMs ?? 60_000,
    ...(options.maxChunkBytes === undefined ? {} : { maxChunkBytes: options.maxChunkBytes }),
    sink: async (batch) => {
      if (failNext) {
        failNext = false;
        throw new Error("instance unavailable");
      }
      batches.push(structuredClone(batch));
    },
  });
  return { writer, batches };
}

describe("ComputeLogWriter", () => {
  it("sends what a step printed as one chunk per stream and interval, at UTF-8 byte offsets, then its completion", async () => {
    const { writer, batches } = collectingWriter();
    const capture = writer.open("extract");
    expect(capture.fileKey).toMatch(/^extract-[a-z]{8}$/);
    capture.write("stdout", "héllo\n");
    capture.write("stderr", "warn\n");
    capture.write("stdout", "wörld\n");
    await writer.flush();
    capture.write("stdout", "again\n");
    capture.complete();
    capture.write("stdout", "after completion\n");
    await writer.flush();
    const logKey = ["run-1", "compute_logs", capture.fileKey];
    expect(batches).toEqual([
      {
        chunks: [
          { logKey, stream: "stdout", offset: 0, text: "héllo\nwörld\n" },
          { logKey, stream: "stderr", offset: 0, text: "warn\n" },
        ],
        completed: [],
      },
      { chunks: [{ logKey, stream: "stdout", offset: 14, text: "again\n" }], completed: [logKey] },
    ]);
  });

  it("sends on its own within maxDelayMs, a silent capture as its completion only", async () => {
    const { writer, batches } = collectingWriter({ maxDelayMs: 5 });
    const silent = writer.open("quiet");
    silent.complete();
    silent.complete();
    expect(batches).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(batches).toEqual([{ chunks: [], completed: [["run-1", "compute_logs", silent.fileKey]] }]);
  });

  it("splits a long print into full chunks without cutting a character", async () => {
    const { writer, batches } = collectingWriter({ maxChunkBytes: 8 });
    const capture = writer.open("big");
    capture.write("stdout", "aaaaaaa€bbbbbbbb");
    await writer.flush();
    const chunks = batches.flatMap((batch) => batch.chunks).map(({ offset, text }) => ({ offset, text }));
    expect(chunks).toEqual([
      { offset: 0, text: "aaaaaaa" },
      { offset: 7, text: "€bbbbb" },
      { offset: 15, text: "bbb" },
    ]);
  });

  it("keeps a failed batch and sends the very same chunks on the next flush", async () => {
    const { writer, batches } = collectingWriter({ failFirst: true });
    const capture = writer.open("flaky");
    capture.write("stdout", "one\n");
    capture.complete();
    await expect(writer.flush()).rejects.toThrow("instance unavailable");
    await writer.flush();
    const logKey = ["run-1", "compute_logs", capture.fileKey];
    expect(batches).toEqual([
      { chunks: [{ logKey, stream: "stdout", offset: 0, text: "one\n" }], completed: [logKey] },
    ]);
  });

  it("gives every capture of a step its own file key", () => {
    const { writer } = collectingWriter();
    const keys = new Set(Array.from({ length: 50 }, () => writer.open("step").fileKey));
    expect(keys.size).toBe(50);
  });
});
