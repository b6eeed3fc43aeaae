/**
 * Captured logs read over GraphQL and downloaded from /logs inside workerd, through the instance's compute
 * log manager (r2 by default): GraphQL reads are bounded (a megabyte per stream without `limit`, a cursor to read on, an
 * error naming `limit` above the maximum), a download streams the whole capture, and paths naming no
 * stream or carrying malformed percent-encoding are the client's error, naming the segment.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMIT_BYTES, MAX_LIMIT_BYTES } from "../../shared/storage/compute-logs/captured-log-data";
import { runLogKey } from "../../shared/storage/compute-logs/log-keys";
import { newRun } from "../contracts/storage-fixtures";
import { manager, storage } from "./captured-logs-fixtures";
import { graphql } from "./graphql-client";

/** 64 KB of lines, stored as one chunk each. */
const PIECE = `${"x".repeat(1023)}\n`.repeat(64);
/** Two pieces more than a read without `limit` returns. */
const PIECES = DEFAULT_LIMIT_BYTES / PIECE.length + 2;

/** A run with a capture of PIECES pieces of stdout and a line of stderr. */
async function largeCapture(): Promise<{ runId: string; fileKey: string }> {
  const run = await storage.runs.addRun(newRun({ status: "SUCCESS" }));
  const fileKey = "chatty-abcdefgh";
  const logKey = runLogKey(run.runId, fileKey);
  await manager.writeChunks([
    ...Array.from({ length: PIECES }, (_, index) => ({
      logKey,
      stream: "stdout" as const,
      offset: index * PIECE.length,
      text: PIECE,
    })),
    { logKey, stream: "stderr", offset: 0, text: "warned\n" },
  ]);
  await manager.markComplete([logKey]);
  return { runId: run.runId, fileKey };
}

type CapturedLogs = { stdout: string | null; stderr: string | null; cursor: string };
const CAPTURED_LOGS = `query ($logKey: [String!]!, $cursor: String, $limit: Int) { capturedLogs(logKey: $logKey, cursor: $cursor, limit: $limit) { stdout stderr cursor } }`;

async function postGraphQL(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await SELF.fetch("http://dagflare/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

describe("captured logs over GraphQL", () => {
  it("returns at most a megabyte per stream without a limit, with the cursor to read the rest from", async () => {
    const { runId, fileKey } = await largeCapture();
    const logKey = runLogKey(runId, fileKey);
    const first = (await graphql<{ capturedLogs: CapturedLogs }>(CAPTURED_LOGS, { logKey })).capturedLogs;
    expect({ ...first, stdout: first.stdout?.length }).toEqual({
      stdout: DEFAULT_LIMIT_BYTES,
      stderr: "warned\n",
      cursor: `${DEFAULT_LIMIT_BYTES}:7`,
    });
    const rest = (
      await graphql<{ capturedLogs: CapturedLogs }>(CAPTURED_LOGS, { logKey, cursor: first.cursor })
    ).capturedLogs;
    expect(rest).toEqual({ stdout: PIECE.repeat(2), stderr: null, cursor: `${PIECES * PIECE.length}:7` });

    const byRun = await graphql<{ runOrError: { capturedLogs: CapturedLogs } }>(
      `query ($runId: ID!, $fileKey: String!) { runOrError(runId: $runId) { ... on Run { capturedLogs(fileKey: $fileKey) { stdout stderr cursor } } } }`,
      {
        runId,
        fileKey,
      },
    );
    expect(byRun.runOrError.capturedLogs.cursor).toBe(`${DEFAULT_LIMIT_BYTES}:7`);
  });

  it("refuses a limit above the maximum with an error naming the argument", async () => {
    const { runId, fileKey } = await largeCapture();
    const result = await postGraphQL(CAPTURED_LOGS, {
      logKey: runLogKey(runId, fileKey),
      limit: MAX_LIMIT_BYTES + 1,
    });
    expect(result.errors?.[0]?.message).toBe(
      `limit must be an integer from 0 to ${MAX_LIMIT_BYTES} (bytes per stream), got ${MAX_LIMIT_BYTES + 1}; read more by passing the returned cursor`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });
});

describe("/logs downloads", () => {
  it("streams the whole of a capture larger than a read", async () => {
    const { runId, fileKey } = await largeCapture();
    const response = await SELF.fetch(`http://dagflare/logs/${runId}/compute_logs/${fileKey}/out`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(PIECE.repeat(PIECES));
  });

  it.each(["toString", "constructor", "__proto__", "hasOwnProperty", "txt"])(
    "answers 404 naming the last segment /%s, which names no stream",
    async (extension) => {
      const response = await SELF.fetch(`http://dagflare/logs/some-run/compute_logs/step/${extension}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toContain(
        `the path must end in /out (stdout) or /err (stderr), not /${extension}`,
      );
    },
  );

  it("answers 400 naming a segment that is not valid percent-encoding", async () => {
    const response = await SELF.fetch("http://dagflare/logs/some-run/compute_logs/bad%zz/out");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe(
      'the log key in the path has a malformed percent-encoded part: "bad%zz"',
    );
  });
});
