/**
 * The capturedLogs subscription over SSE inside workerd, while a capture is still being written (through
 * the instance's compute log manager, r2 by default, as the instance writes what run workers send): the
 * stored text first, then each addition, ending once the capture completes, or once its run has finished.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { runLogKey } from "../../shared/storage/compute-logs/log-keys";
import type { RunStatus } from "../../shared/storage/run-status";
import { newEvent, newRun } from "../contracts/storage-fixtures";
import { manager, storage } from "./captured-logs-fixtures";
import { subscribeOverSse } from "./subscription-sse";

type CapturedLogs = { stdout: string | null; stderr: string | null; cursor: string | null };
const SUBSCRIPTION = `subscription ($logKey: [String!]!, $cursor: String) { capturedLogs(logKey: $logKey, cursor: $cursor) { stdout stderr cursor } }`;

/** The log key of a capture of a new run in `status`. */
async function captureOfRun(status: RunStatus, fileKey: string) {
  const run = await storage.runs.addRun(newRun({ status }));
  return { runId: run.runId, logKey: runLogKey(run.runId, fileKey) };
}

describe("capturedLogs subscription", () => {
  it("streams a running capture's output as it is stored, then ends when the capture completes", async () => {
    const { logKey } = await captureOfRun("STARTED", "step-abcdefgh");
    await manager.writeChunks([{ logKey, stream: "stdout", offset: 0, text: "first\n" }]);
    const stream = subscribeOverSse<{ capturedLogs: CapturedLogs }>(
      (url, init) => SELF.fetch(url, init),
      "http://dagflare/graphql",
      SUBSCRIPTION,
      { logKey },
    );

    expect((await stream.next()).value?.data?.capturedLogs).toEqual({
      stdout: "first\n",
      stderr: null,
      cursor: "6:0",
    });
    await manager.writeChunks([
      { logKey, stream: "stdout", offset: 6, text: "second\n" },
      { logKey, stream: "stderr", offset: 0, text: "oops\n" },
    ]);
    // One write of two streams may be read in two steps (R2 stores each stream's part on its own).
    const additions: CapturedLogs[] = [];
    while (additions.at(-1)?.cursor !== "13:5") {
      const next = (await stream.next()).value?.data?.capturedLogs;
      if (next === undefined) throw new Error("the stream ended before both additions arrived");
      additions.push(next);
    }
    expect(additions.map((each) => each.stdout ?? "").join("")).toBe("second\n");
    expect(additions.map((each) => each.stderr ?? "").join("")).toBe("oops\n");
    await manager.markComplete([logKey]);
    expect((await stream.next()).done).toBe(true);
  });

  it("ends after a final read once the run has finished, though the run never completed the capture", {
    timeout: 20_000,
  }, async () => {
    const finished = await captureOfRun("FAILURE", "cut-abcdefgh");
    await manager.writeChunks([{ logKey: finished.logKey, stream: "stdout", offset: 0, text: "cut off\n" }]);
    const results = [];
    for await (const result of subscribeOverSse<{ capturedLogs: CapturedLogs }>(
      (url, init) => SELF.fetch(url, init),
      "http://dagflare/graphql",
      SUBSCRIPTION,
      { logKey: finished.logKey },
    )) {
      results.push(result.data?.capturedLogs);
    }
    expect(results).toEqual([{ stdout: "cut off\n", stderr: null, cursor: "8:0" }]);

    // A run finishing while watched: what its worker stored last is still sent, then the stream ends.
    const running = await captureOfRun("STARTED", "step-abcdefgh");
    await manager.writeChunks([{ logKey: running.logKey, stream: "stderr", offset: 0, text: "one\n" }]);
    const stream = subscribeOverSse<{ capturedLogs: CapturedLogs }>(
      (url, init) => SELF.fetch(url, init),
      "http://dagflare/graphql",
      SUBSCRIPTION,
      { logKey: running.logKey },
    );
    expect((await stream.next()).value?.data?.capturedLogs).toEqual({
      stdout: null,
      stderr: "one\n",
      cursor: "0:4",
    });
    await manager.writeChunks([{ logKey: running.logKey, stream: "stderr", offset: 4, text: "two\n" }]);
    await storage.events.storeEvents([newEvent(running.runId, "RUN_FAILURE", Date.now())]);
    expect((await stream.next()).value?.data?.capturedLogs).toEqual({
      stdout: null,
      stderr: "two\n",
      cursor: "0:8",
    });
    expect((await stream.next()).done).toBe(true);
  });

  it("resumes from a cursor and reports a malformed log key as an error naming the argument", async () => {
    const logKey = runLogKey(`sub-${crypto.randomUUID()}`, "done-abcdefgh");
    await manager.writeChunks([{ logKey, stream: "stdout", offset: 0, text: "one\ntwo\n" }]);
    await manager.markComplete([logKey]);
    const results = [];
    for await (const result of subscribeOverSse<{ capturedLogs: CapturedLogs }>(
      (url, init) => SELF.fetch(url, init),
      "http://dagflare/graphql",
      SUBSCRIPTION,
      { logKey, cursor: "4:0" },
    )) {
      results.push(result.data?.capturedLogs);
    }
    expect(results).toEqual([{ stdout: "two\n", stderr: null, cursor: "8:0" }]);

    const bad = [];
    for await (const result of subscribeOverSse<{ capturedLogs: CapturedLogs }>(
      (url, init) => SELF.fetch(url, init),
      "http://dagflare/graphql",
      SUBSCRIPTION,
      { logKey: ["run", "", "x"] },
    )) {
      bad.push(result);
    }
    expect(JSON.stringify(bad)).toContain(
      "logKey is not a valid log key: logKey.1: expected a non-empty string",
    );
  });
});
