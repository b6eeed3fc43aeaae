/**
 * ComputeLogManager (Dagster's ComputeLogManager): what steps printed to stdout and stderr, kept per log
 * key. A run's step captures use `[runId, "compute_logs", fileKey]`, the file key being the one the run's
 * LOGS_CAPTURED event announced. Run workers produce the text (see shared/run-worker/compute-log-writer.ts)
 * and send it through the instance, which writes it here; the webserver reads it back for GraphQL's
 * `capturedLogs` and the `/logs/...` downloads. Implementations side by side: `d1-` (local development),
 * `r2-` (production) and `noop-compute-log-manager.ts`; `createComputeLogManager` picks one from
 * `compute_logs` in dagflare.yaml.
 *
 * Streams are byte streams addressed by UTF-8 byte offsets, as Dagster's files are. Writers assign the
 * offsets, which makes every write idempotent: a chunk sent twice lands at the same offset and is ignored.
 * @module
 */
import { z } from "zod";

export const COMPUTE_IO_TYPES = ["stdout", "stderr"] as const;
/** Dagster's ComputeIOType. */
export type ComputeIOType = (typeof COMPUTE_IO_TYPES)[number];

/** Path segments naming one capture: non-empty, without "/", not "." or "..". */
export type LogKey = readonly string[];

/** One piece of a stream: `text` starts at byte `offset` of the stream of `logKey`. */
export type ComputeLogChunk = {
  readonly logKey: LogKey;
  readonly stream: ComputeIOType;
  readonly offset: number;
  readonly text: string;
};

/** Up to a limit of one stream from an offset; `nextOffset` is where the next read starts. */
export type StreamSlice = { readonly text: string; readonly nextOffset: number };

/** Dagster's CapturedLogMetadata: where each stream can be downloaded, and where it is kept. */
export type CapturedLogMetadata = {
  readonly stdoutDownloadUrl: string | null;
  readonly stdoutLocation: string | null;
  readonly stderrDownloadUrl: string | null;
  readonly stderrLocation: string | null;
};

export interface ComputeLogManager {
  /**
   * Stores chunks (any number, any streams, any order). A chunk at an offset already stored for its
   * stream is ignored, so a batch delivered twice changes nothing.
   */
  writeChunks(chunks: readonly ComputeLogChunk[]): Promise<void>;
  /** Marks captures complete: their writer sent every chunk it will send. Idempotent. */
  markComplete(logKeys: readonly LogKey[]): Promise<void>;
  /** True once `markComplete` was called for the key (always true for a manager that keeps nothing). */
  isCaptureComplete(logKey: LogKey): Promise<boolean>;
  /**
   * One stream from byte `offset`: at most `maxBytes`, ending early where a chunk is still missing, cut at
   * a character boundary (a first character longer than `maxBytes` is returned whole, so a reader always
   * progresses). Null when nothing was ever captured under `logKey`. Always bounded, because a stream can
   * be far larger than a Worker's memory: whole streams are read slice by slice (see captured-log-data.ts).
   */
  readStream(
    logKey: LogKey,
    stream: ComputeIOType,
    offset: number,
    maxBytes: number,
  ): Promise<StreamSlice | null>;
  getLogMetadata(logKey: LogKey): Promise<CapturedLogMetadata>;
  /** Deletes every capture of the run (log keys starting with its id), as deleting the run asks. Idempotent. */
  deleteLogsForRun(runId: string): Promise<void>;
}

const LogKeyPartSchema = z
  .string()
  .min(1, { error: "expected a non-empty string" })
  .regex(/^[^/]+$/, { error: 'must not contain "/"' })
  .refine((part) => part !== "." && part !== "..", { error: 'must not be "." or ".."' });

export const LogKeySchema = z.array(LogKeyPartSchema).min(1, { error: "expected at least one part" });

/** What a run worker sends the instance in one call: chunks first, then the captures they complete. */
export const ComputeLogBatchSchema = z.strictObject({
  chunks: z.array(
    z.strictObject({
      logKey: LogKeySchema,
      stream: z.enum(COMPUTE_IO_TYPES),
      offset: z.int().min(0),
      text: z.string(),
    }),
  ),
  completed: z.array(LogKeySchema),
});
export type ComputeLogBatch = z.infer<typeof ComputeLogBatchSchema>;

/** Applies a batch in its order: chunks, then completions (a capture is complete only once its chunks are stored). */
export async function storeComputeLogBatch(
  manager: ComputeLogManager,
  batch: ComputeLogBatch,
): Promise<void> {
  await manager.writeChunks(batch.chunks);
  await manager.markComplete(batch.completed);
}
