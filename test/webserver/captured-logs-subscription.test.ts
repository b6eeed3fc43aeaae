/**
 * The capturedLogs subscription over SSE inside workerd, while a capture is still being written (through
 * the real d1 compute log manager, as the instance writes what run workers send): the stored text first,
 * then each addition, ending once the capture completes.
 */
import { SELF, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createD1ComputeLogManager } from "../../shared/compute-log-manager/d1-compute-log-manager";
import { runLogKey } from "../../shared/compute-log-manager/log-keys";
import { subscribeOverSse } from "./subscription-sse";

type CapturedLogs = { stdout: string | null; stderr: string | null; cursor: string | null };
const SUBSCRIPTION = `subscription ($logKey: [String!]!, $cursor: String) { capturedLogs(logKey: $logKey, cursor: $cursor) { stdout stderr cursor } }`;

const manager = createD1ComputeLogManager(env.DB);

describe("capturedLogs subscription", () => {
  it("streams a running capture's output as it is stored, then ends when the capture completes", async () => {
    const logKey = runLogKey(`sub-${crypto.randomUUID()}`, "step-abcdefgh");
    await manager.writeChunks([{ logKey, stream: "stdout", offset: 0, text: "first\n" }]);
    const stream = subscribeOverSse<{ capturedLogs: CapturedLogs }>((url, init) => SELF.fetch(url, init), "http://dagflare/graphql", SUBSCRIPTION, { logKey });

    expect((await stream.next()).value?.data?.capturedLogs).toEqual({ stdout: "first\n", stderr: null, cursor: "6:0" });
    await manager.writeChunks([
      { logKey, stream: "stdout", offset: 6, text: "second\n" },
      { logKey, stream: "stderr", offset: 0, text: "oops\n" },
    ]);
    expect((await stream.next()).value?.data?.capturedLogs).toEqual({ stdout: "second\n", stderr: "oops\n", cursor: "13:5" });
    await manager.markComplete([logKey]);
    expect((await stream.next()).done).toBe(true);
  });

  it("resumes from a cursor and reports a malformed log key as an error naming the argument", async () => {
    const logKey = runLogKey(`sub-${crypto.randomUUID()}`, "done-abcdefgh");
    await manager.writeChunks([{ logKey, stream: "stdout", offset: 0, text: "one\ntwo\n" }]);
    await manager.markComplete([logKey]);
    const results = [];
    for await (const result of subscribeOverSse<{ capturedLogs: CapturedLogs }>((url, init) => SELF.fetch(url, init), "http://dagflare/graphql", SUBSCRIPTION, { logKey, cursor: "4:0" })) {
      results.push(result.data?.capturedLogs);
    }
    expect(results).toEqual([{ stdout: "two\n", stderr: null, cursor: "8:0" }]);

    const bad = [];
    for await (const result of subscribeOverSse<{ capturedLogs: CapturedLogs }>((url, init) => SELF.fetch(url, init), "http://dagflare/graphql", SUBSCRIPTION, { logKey: ["run", "", "x"] })) {
      bad.push(result);
    }
    expect(JSON.stringify(bad)).toContain("logKey is not a valid log key: logKey.1: expected a non-empty string");
  });
});
