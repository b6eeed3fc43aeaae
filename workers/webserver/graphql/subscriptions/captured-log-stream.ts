/**
 * A capture's stdout/stderr as an async stream, as Dagster's CapturedLogSubscription: what is stored
 * from the cursor on (at least one payload, possibly empty), then each read that found more, ending once
 * the capture is complete and everything was read. Empty reads are spaced by a backoff.
 * @module
 */
import { getCapturedLogData, type CapturedLogData } from "../../../../shared/compute-log-manager/captured-log-data";
import type { ComputeLogManager, LogKey } from "../../../../shared/compute-log-manager/compute-log-manager";
import { createBackoff, type BackoffOptions } from "./backoff";

export type CapturedLogStreamOptions = {
  /** Bytes per stream and payload at most. */
  chunkBytes: number;
  backoff: BackoffOptions;
};

export const DEFAULT_CAPTURED_LOG_STREAM_OPTIONS: CapturedLogStreamOptions = { chunkBytes: 1024 * 1024, backoff: { initialMs: 100, maxMs: 1000 } };

/** @throws DagflareError BAD_REQUEST (from the first read) for a cursor this server did not hand out. */
export async function* streamCapturedLogs(
  manager: ComputeLogManager,
  logKey: LogKey,
  cursor: string | null,
  options: CapturedLogStreamOptions = DEFAULT_CAPTURED_LOG_STREAM_OPTIONS,
): AsyncGenerator<CapturedLogData, void, undefined> {
  const backoff = createBackoff(options.backoff);
  let current = cursor;
  for (let first = true; ; first = false) {
    // Read before the data: a capture complete by then has all of its data readable.
    const complete = await manager.isCaptureComplete(logKey);
    const data = await getCapturedLogData(manager, logKey, current, options.chunkBytes);
    const moved = data.cursor !== (current || "0:0");
    current = data.cursor;
    if (first || moved) yield data;
    if (moved) {
      backoff.reset();
    } else if (complete) {
      return;
    } else {
      await backoff.wait();
    }
  }
}
