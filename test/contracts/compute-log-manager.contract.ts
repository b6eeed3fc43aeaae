/**
 * The ComputeLogManager contract: chunks at writer-assigned byte offsets (idempotent, any order, gaps
 * held back), reads by offset and byte limit that never split a character, completion, Dagster's cursor
 * and download paths. A backend's test file calls `describeComputeLogManager(name, makeManager, { keepsLogs })`;
 * a manager that keeps nothing (noop) is held to what readers may still rely on.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_LIMIT_BYTES,
  getCapturedLogData,
  MAX_LIMIT_BYTES,
} from "../../shared/storage/compute-logs/captured-log-data";
import type {
  ComputeIOType,
  ComputeLogChunk,
  ComputeLogManager,
  LogKey,
} from "../../shared/storage/compute-logs/compute-log-manager";
import { runLogKey } from "../../shared/storage/compute-logs/log-keys";
import { uniqueId } from "./storage-fixtures";

const freshKey = (): LogKey => runLogKey(uniqueId("run"), "step_a-abcdefgh");
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** `template` as consecutive chunks of `stream` from its start, split at each "|" (which is dropped). */
function chunksOf(logKey: LogKey, stream: ComputeIOType, template: string): ComputeLogChunk[] {
  let offset = 0;
  return template.split("|").map((text) => {
    const chunk = { logKey, stream, offset, text };
    offset += bytes(text);
    return chunk;
  });
}

export function describeComputeLogManager(
  name: string,
  makeManager: () => Promise<ComputeLogManager>,
  { keepsLogs }: { keepsLogs: boolean },
): void {
  describe(`${name}: ComputeLogManager`, () => {
    let manager: ComputeLogManager;
    beforeAll(async () => {
      manager = await makeManager();
    });

    if (!keepsLogs) {
      it("accepts writes, finds nothing, counts every capture complete and offers no download", async () => {
        const logKey = freshKey();
        await manager.writeChunks(chunksOf(logKey, "stdout", "hello\n"));
        await manager.markComplete([logKey]);
        expect(await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES)).toBeNull();
        expect(await manager.isCaptureComplete(freshKey())).toBe(true);
        expect(await getCapturedLogData(manager, logKey, null, null)).toEqual({
          logKey,
          stdout: null,
          stderr: null,
          cursor: "0:0",
        });
        expect(await manager.getLogMetadata(logKey)).toEqual({
          stdoutDownloadUrl: null,
          stdoutLocation: null,
          stderrDownloadUrl: null,
          stderrLocation: null,
        });
      });
      return;
    }

    it("reads back what was written to each stream, addressed by UTF-8 byte offsets", async () => {
      const logKey = freshKey();
      await manager.writeChunks([
        ...chunksOf(logKey, "stdout", "héllo |wörld\n"),
        ...chunksOf(logKey, "stderr", "warn: ✓\n"),
      ]);
      expect(await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES)).toEqual({
        text: "héllo wörld\n",
        nextOffset: bytes("héllo wörld\n"),
      });
      expect(await manager.readStream(logKey, "stdout", bytes("héllo "), MAX_LIMIT_BYTES)).toEqual({
        text: "wörld\n",
        nextOffset: bytes("héllo wörld\n"),
      });
      expect(await manager.readStream(logKey, "stderr", 0, MAX_LIMIT_BYTES)).toEqual({
        text: "warn: ✓\n",
        nextOffset: bytes("warn: ✓\n"),
      });
      expect(await manager.isCaptureComplete(logKey)).toBe(false);
    });

    it("ignores a chunk delivered twice, takes chunks out of order, and holds back text after a gap", async () => {
      const logKey = freshKey();
      const [first, second, third] = chunksOf(logKey, "stdout", "one\n|two\n|three\n");
      if (!first || !second || !third) throw new Error("test setup: expected three chunks");
      await manager.writeChunks([third, first]);
      expect(await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES)).toEqual({
        text: "one\n",
        nextOffset: 4,
      });
      await manager.writeChunks([second, first, second]);
      await manager.writeChunks([third]);
      expect(await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES)).toEqual({
        text: "one\ntwo\nthree\n",
        nextOffset: 14,
      });
    });

    it("limits reads by bytes without splitting a character, and always moves a reader forward", async () => {
      const logKey = freshKey();
      await manager.writeChunks(chunksOf(logKey, "stdout", "aé|€b"));
      // a(1) é(2) €(3) b(1): 2 bytes end inside é, 5 inside €.
      expect(await manager.readStream(logKey, "stdout", 0, 2)).toEqual({ text: "a", nextOffset: 1 });
      expect(await manager.readStream(logKey, "stdout", 1, 4)).toEqual({ text: "é", nextOffset: 3 });
      expect(await manager.readStream(logKey, "stdout", 3, 1)).toEqual({ text: "€", nextOffset: 6 });
      expect(await manager.readStream(logKey, "stdout", 6, 0)).toEqual({ text: "", nextOffset: 6 });
      expect(await manager.readStream(logKey, "stdout", 6, 10)).toEqual({ text: "b", nextOffset: 7 });
      expect(await manager.readStream(logKey, "stdout", 7, 10)).toEqual({ text: "", nextOffset: 7 });
    });

    it("tells a key nothing was captured under from a capture that printed nothing", async () => {
      const never = freshKey();
      expect(await manager.readStream(never, "stdout", 0, MAX_LIMIT_BYTES)).toBeNull();
      expect(await getCapturedLogData(manager, never, null, 100)).toEqual({
        logKey: never,
        stdout: null,
        stderr: null,
        cursor: "0:0",
      });
      const silent = freshKey();
      await manager.markComplete([silent]);
      expect(await manager.readStream(silent, "stderr", 0, MAX_LIMIT_BYTES)).toEqual({
        text: "",
        nextOffset: 0,
      });
      const onlyStdout = freshKey();
      await manager.writeChunks(chunksOf(onlyStdout, "stdout", "out\n"));
      expect(await manager.readStream(onlyStdout, "stderr", 0, MAX_LIMIT_BYTES)).toEqual({
        text: "",
        nextOffset: 0,
      });
    });

    it("completes a capture once, reads it the same afterwards, also after its chunks are delivered again", async () => {
      const logKey = freshKey();
      const chunks = [...chunksOf(logKey, "stdout", "a\n|b\n|ü\n"), ...chunksOf(logKey, "stderr", "e\n")];
      await manager.writeChunks(chunks);
      await manager.markComplete([logKey, logKey]);
      await manager.markComplete([logKey]);
      expect(await manager.isCaptureComplete(logKey)).toBe(true);
      await manager.writeChunks(chunks);
      expect(await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES)).toEqual({
        text: "a\nb\nü\n",
        nextOffset: 7,
      });
      expect(await manager.readStream(logKey, "stdout", 2, 3)).toEqual({ text: "b\n", nextOffset: 4 });
      expect(await manager.readStream(logKey, "stdout", 4, 1)).toEqual({ text: "ü", nextOffset: 6 });
      expect(await manager.readStream(logKey, "stderr", 0, MAX_LIMIT_BYTES)).toEqual({
        text: "e\n",
        nextOffset: 2,
      });
      expect(await manager.readStream(logKey, "stderr", 9, MAX_LIMIT_BYTES)).toEqual({
        text: "",
        nextOffset: 9,
      });
    });

    it("keeps keys apart, including keys whose names extend each other", async () => {
      const runId = uniqueId("run");
      const keys = [
        runLogKey(runId, "x"),
        runLogKey(runId, "x.out"),
        runLogKey(runId, "x.complete"),
        runLogKey(runId, "xy"),
      ];
      await manager.writeChunks(
        keys.flatMap((logKey, index) => chunksOf(logKey, "stdout", `key ${index}\n`)),
      );
      const [x] = keys;
      if (!x) throw new Error("test setup: expected keys");
      await manager.markComplete([x]);
      for (const [index, logKey] of keys.entries())
        expect((await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES))?.text).toBe(`key ${index}\n`);
      expect(await Promise.all(keys.map((logKey) => manager.isCaptureComplete(logKey)))).toEqual([
        true,
        false,
        false,
        false,
      ]);
    });

    it("deletes every capture of a run, complete or not, and nothing of a run whose id extends it", async () => {
      const runId = `${uniqueId("run")}_1`;
      const [done, running, other] = [
        runLogKey(runId, "a-abcdefgh"),
        runLogKey(runId, "b-abcdefgh"),
        runLogKey(`${runId}0`, "a-abcdefgh"),
      ];
      await manager.writeChunks([
        ...chunksOf(done, "stdout", "a\n|b\n"),
        ...chunksOf(running, "stderr", "c\n"),
        ...chunksOf(other, "stdout", "kept\n"),
      ]);
      await manager.markComplete([done, other]);
      await manager.deleteLogsForRun(runId);
      await manager.deleteLogsForRun(runId);
      expect(await manager.readStream(done, "stdout", 0, MAX_LIMIT_BYTES)).toBeNull();
      expect(await manager.readStream(running, "stderr", 0, MAX_LIMIT_BYTES)).toBeNull();
      expect(await manager.isCaptureComplete(done)).toBe(false);
      expect((await manager.readStream(other, "stdout", 0, MAX_LIMIT_BYTES))?.text).toBe("kept\n");
      expect(await manager.isCaptureComplete(other)).toBe(true);
    });

    it("pages both streams with Dagster's cursor until a reader has everything", async () => {
      const logKey = freshKey();
      const stdout = Array.from({ length: 40 }, (_, index) => `line ${index} ✓\n`).join("|");
      await manager.writeChunks([
        ...chunksOf(logKey, "stdout", stdout),
        ...chunksOf(logKey, "stderr", "only error\n"),
      ]);
      const read = { stdout: "", stderr: "" };
      let cursor: string | null = null;
      for (let page = 0; page < 100; page++) {
        const data = await getCapturedLogData(manager, logKey, cursor, 50);
        read.stdout += data.stdout ?? "";
        read.stderr += data.stderr ?? "";
        if (data.cursor === cursor) break;
        cursor = data.cursor;
      }
      expect(read).toEqual({ stdout: stdout.replaceAll("|", ""), stderr: "only error\n" });
      expect(cursor).toBe(`${bytes(stdout.replaceAll("|", ""))}:11`);
      await expect(getCapturedLogData(manager, logKey, "nope", 10)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining('cursor: "nope"'),
      });
      await expect(getCapturedLogData(manager, logKey, null, -1)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("limit"),
      });
    });

    it("reads at most DEFAULT_LIMIT_BYTES per stream without a limit, before and after completion, and refuses a limit above MAX_LIMIT_BYTES", async () => {
      const logKey = freshKey();
      // 64 KB chunks, two more than a default read takes.
      const piece = `${"x".repeat(1023)}\n`.repeat(64);
      const count = DEFAULT_LIMIT_BYTES / piece.length + 2;
      await manager.writeChunks(
        Array.from({ length: count }, (_, index) => ({
          logKey,
          stream: "stdout" as const,
          offset: index * piece.length,
          text: piece,
        })),
      );
      for (const complete of [false, true]) {
        if (complete) await manager.markComplete([logKey]);
        const first = await getCapturedLogData(manager, logKey, null, null);
        expect([first.stdout?.length, first.cursor]).toEqual([
          DEFAULT_LIMIT_BYTES,
          `${DEFAULT_LIMIT_BYTES}:0`,
        ]);
        expect(await getCapturedLogData(manager, logKey, first.cursor, undefined)).toMatchObject({
          stdout: piece.repeat(2),
          cursor: `${count * piece.length}:0`,
        });
      }
      expect((await getCapturedLogData(manager, logKey, null, MAX_LIMIT_BYTES)).stdout).toHaveLength(
        count * piece.length,
      );
      await expect(getCapturedLogData(manager, logKey, null, MAX_LIMIT_BYTES + 1)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `limit must be an integer from 0 to ${MAX_LIMIT_BYTES} (bytes per stream), got ${MAX_LIMIT_BYTES + 1}; read more by passing the returned cursor`,
      });
    });

    it("offers both streams at dagster-webserver's download paths", async () => {
      const logKey = runLogKey("run-1", "hello-abcdefgh");
      const metadata = await manager.getLogMetadata(logKey);
      expect(metadata.stdoutDownloadUrl).toBe("/logs/run-1/compute_logs/hello-abcdefgh/out");
      expect(metadata.stderrDownloadUrl).toBe("/logs/run-1/compute_logs/hello-abcdefgh/err");
      expect(metadata.stdoutLocation).toContain("run-1/compute_logs/hello-abcdefgh.out");
      expect(metadata.stderrLocation).toContain("run-1/compute_logs/hello-abcdefgh.err");
    });
  });
}
