/**
 * Reading captured logs the way Dagster's clients do: both streams from a cursor (Dagster's
 * `"<stdout offset>:<stderr offset>"`, byte offsets) with a byte limit per stream, as GraphQL's
 * `capturedLogs` serves them; and one whole stream as a body, for the `/logs/...` downloads.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { ComputeIOType, ComputeLogManager, LogKey } from "./compute-log-manager";

/** Dagster's CapturedLogData; a stream is null when nothing was captured under the key. */
export type CapturedLogData = {
  readonly logKey: LogKey;
  readonly stdout: string | null;
  readonly stderr: string | null;
  readonly cursor: string;
};

/** Bytes per read when a whole stream is served (Dagster reads 4 MB chunks). */
const DOWNLOAD_CHUNK_BYTES = 1024 * 1024;

/**
 * Up to `maxBytes` of each stream after `cursor` (null or "" for the beginning).
 * @throws DagflareError BAD_REQUEST when `cursor` is not one this server returned, or `maxBytes` is negative.
 */
export async function getCapturedLogData(manager: ComputeLogManager, logKey: LogKey, cursor: string | null | undefined, maxBytes: number | null | undefined): Promise<CapturedLogData> {
  if (maxBytes !== null && maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes >= 0)) {
    throw new DagflareError("BAD_REQUEST", `limit must be a non-negative integer (bytes per stream), got ${maxBytes}`);
  }
  const [stdoutOffset, stderrOffset] = parseCursor(cursor);
  const [stdout, stderr] = await Promise.all([
    manager.readStream(logKey, "stdout", stdoutOffset, maxBytes ?? null),
    manager.readStream(logKey, "stderr", stderrOffset, maxBytes ?? null),
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
  if (match === null) throw new DagflareError("BAD_REQUEST", `cursor: "${cursor}" is not a captured-logs cursor returned by this server (expected "<stdout offset>:<stderr offset>")`);
  return [Number(match[1]), Number(match[2])];
}

/**
 * One whole stream as a byte stream read in chunks, or null when nothing was captured under `logKey`.
 * Reading stops where the stored stream ends (or at a chunk still in flight).
 */
export async function openCapturedStream(manager: ComputeLogManager, logKey: LogKey, stream: ComputeIOType): Promise<ReadableStream<Uint8Array> | null> {
  const first = await manager.readStream(logKey, stream, 0, DOWNLOAD_CHUNK_BYTES);
  if (first === null) return null;
  const encoder = new TextEncoder();
  let next: typeof first | null = first;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const slice = next;
      if (slice === null || slice.text === "") return controller.close();
      controller.enqueue(encoder.encode(slice.text));
      next = await manager.readStream(logKey, stream, slice.nextOffset, DOWNLOAD_CHUNK_BYTES);
    },
  });
}
