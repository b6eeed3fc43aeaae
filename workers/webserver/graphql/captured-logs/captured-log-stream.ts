/**
 * A capture's stdout/stderr as an async stream, as Dagster's CapturedLogSubscription: what is stored
 * from the cursor on (at least one payload, possibly empty), then each read that found more, ending once
 * everything was read of a capture that is complete, or of a run that has finished (a capture its run
 * never completed, e.g. cut off by a crash, would otherwise be polled for as long as the client stays).
 * Empty reads are spaced by a backoff.
 * @module
 */
import {
  DEFAULT_LIMIT_BYTES,
  getCapturedLogData,
  type CapturedLogData,
} from "../../../../shared/storage/compute-logs/captured-log-data";
import type { ComputeLogManager, LogKey } from "../../../../shared/storage/compute-logs/compute-log-manager";
import { createBackoff, type BackoffOptions } from "../backoff";

export type CapturedLogStreamOptions = {
  /** Bytes per stream and payload at most. */
  chunkBytes: number;
  backoff: BackoffOptions;
  /** The run's status is read on the first read and every this many reads after (a few seconds apart while idle). */
  runCheckEvery: number;
};

export const DEFAULT_CAPTURED_LOG_STREAM_OPTIONS: CapturedLogStreamOptions = {
  chunkBytes: DEFAULT_LIMIT_BYTES,
  backoff: { initialMs: 100, maxMs: 1000 },
  runCheckEvery: 5,
};

/**
 * `isRunFinished` says whether the run writing the capture has finished (so writes nothing more).
 * @throws DagflareError BAD_REQUEST (from the first read) for a cursor this server did not hand out.
 */
export async function* streamCapturedLogs(
  manager: ComputeLogManager,
  logKey: LogKey,
  cursor: string | null,
  isRunFinished: () => Promise<boolean>,
  options: CapturedLogStreamOptions = DEFAULT_CAPTURED_LOG_STREAM_OPTIONS,
): AsyncGenerator<CapturedLogData, void, undefined> {
  const backoff = createBackoff(options.backoff);
  let current = cursor;
  // A finished run stays finished: once seen, what is left is reading up to the end.
  let runFinished = false;
  for (let read = 0; ; read++) {
    // Both read before the data: a capture complete, or a run finished, by then has all of its data readable.
    const complete = await manager.isCaptureComplete(logKey);
    if (!complete && !runFinished && read % options.runCheckEvery === 0) runFinished = await isRunFinished();
    const data = await getCapturedLogData(manager, logKey, current, options.chunkBytes);
    const moved = data.cursor !== (current || "0:0");
    current = data.cursor;
    if (read === 0 || moved) yield data;
    if (moved) {
      backoff.reset();
    } else if (complete || runFinished) {
      return;
    } else {
      await backoff.wait();
    }
  }
}
