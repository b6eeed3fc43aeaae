/**
 * Reading captured logs the way Dagster's clients do: both streams from a cursor (Dagster's
 * `"<stdout offset>:<stderr offset>"`, byte offsets) with a byte limit per stream, as GraphQL's
 * `capturedLogs` serves them; and one whole stream as a body, for the `/logs/...` downloads.
 *
 * Every read is bounded, since a capture can be far larger than a Worker's 128 MB: a GraphQL read returns
 * at most `limit` bytes per stream (DEFAULT_LIMIT_BYTES without one, never more than MAX_LIMIT_BYTES) and
 * the cursor to read on from; a download streams the whole stream, DEFAULT_LIMIT_BYTES at a time.
 * @module
 */
import { DagflareError } from "../../errors/dagflare-error";
import type { ComputeIOType, ComputeLogManager, LogKey } from "./compute-log-manager";

/** Dagster's CapturedLogData; a stream is null when nothing was captured under the key. */
export type CapturedLogData = {
  readonly logKey: LogKey;
  readonly stdout: string | null;
  readonly stderr: string | null;
  readonly cursor: string;
};

/** Bytes per stream a read returns when the client sets no `limit`, and per read of a download (Dagster reads 4 MB chunks). */
export const DEFAULT_LIMIT_BYTES = 1024 * 1024;
/** The largest `limit` accepted: both streams at once stay a small share of a Worker's memory. */
export const MAX_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * Up to `limit` bytes of each stream after `cursor` (null or "" for the beginning); without a `limit`,
 * DEFAULT_LIMIT_BYTES. The returned cursor is where the next read starts.
 * @throws DagflareError BAD_REQUEST when `cursor` is not one this server returned, or `limit` is not an
 *   integer from 0 to MAX_LIMIT_BYTES.
 */
export async function getCapturedLogData(
  manager: ComputeLogManager,
  logKey: LogKey,
  cursor: string | null | undefined,
  limit: number | null | undefined,
): Promise<CapturedLogData> {
  const maxBytes = limit ?? DEFAULT_LIMIT_BYTES;
  if (!(Number.isInteger(maxBytes) && maxBytes >= 0 && maxBytes <= MAX_LIMIT_BYTES)) {
    throw new DagflareError(
      "BAD_REQUEST",
      `limit must be an integer from 0 to ${MAX_LIMIT_BYTES} (bytes per stream), got ${maxBytes}; read more by passing the returned cursor`,
    );
  }
  const [stdoutOffset, stderrOffset] = parseCursor(cursor);
  const [stdout, stderr] = await Promise.all([
    manager.readStream(logKey, "stdout", stdoutOffset, maxBytes),
    manager.readStream(logKey, "stderr", stderrOffset, maxBytes),
  ]);
  return {
    logKey,
    stdout: stdout?.text ?? null,
    stderr: stderr?.text ?? null,
    cursor: `${stdout?.nextOffset ?? stdoutOffset}:${stderr?.nextOffset ?? stderrOffset}`,
  };
}

function parseCursor(cursor: string | null | undefined): [number, number] {
  if (cursor === null || cursor === undefined || cursor === "") return [0, 0];
  const match = /^(\d+):(\d+)$/.exec(cursor);
  if (match === null)
    throw new DagflareError(
      "BAD_REQUEST",
      `cursor: "${cursor}" is not a captured-logs cursor returned by this server (expected "<stdout offset>:<stderr offset>")`,
    );
  return [Number(match[1]), Number(match[2])];
}

/**
 * One whole stream as a byte stream read a slice at a time (memory stays bounded whatever its size), or
 * null when nothing was captured under `logKey`. Reading stops where the stored stream ends (or at a chunk
 * still in flight).
 */
export async function openCapturedStream(
  manager: ComputeLogManager,
  logKey: LogKey,
  stream: ComputeIOType,
): Promise<ReadableStream<Uint8Array> | null> {
  const first = await manager.readStream(logKey, stream, 0, DEFAULT_LIMIT_BYTES);
  if (first === null) return null;
  const encoder = new TextEncoder();
  let next: typeof first | null = first;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const slice = next;
      if (slice === null || slice.text === "") return controller.close();
      controller.enqueue(encoder.encode(slice.text));
      next = await manager.readStream(logKey, stream, slice.nextOffset, DEFAULT_LIMIT_BYTES);
    },
  });
}
