/**
 * Log keys and the names derived from them: the key of a run's step capture, Dagster's `out`/`err` file
 * extensions, and the `/logs/...` download path dagster-webserver serves them at.
 * @module
 */
import { formatZodIssues } from "../../errors/format-zod-issues";
import { DagflareError } from "../../errors/dagflare-error";
import { LogKeySchema, type ComputeIOType, type LogKey } from "./compute-log-manager";

/** The middle segment of a run's log keys (Dagster's compute log namespace). */
export const COMPUTE_LOGS_NAMESPACE = "compute_logs";

/** Dagster's IO_TYPE_EXTENSION: the file name extension, and the last segment of the download path. */
export const STREAM_EXTENSION: Readonly<Record<ComputeIOType, "out" | "err">> = {
  stdout: "out",
  stderr: "err",
};

/** The log key of a capture a run's LOGS_CAPTURED event announced with `fileKey`. */
export function runLogKey(runId: string, fileKey: string): LogKey {
  return [runId, COMPUTE_LOGS_NAMESPACE, fileKey];
}

/** The run whose step capture `logKey` is (the inverse of `runLogKey`), or null for a key of no run. */
export function runIdOfLogKey(logKey: LogKey): string | null {
  return logKey.length === 3 && logKey[1] === COMPUTE_LOGS_NAMESPACE ? (logKey[0] ?? null) : null;
}

/**
 * A log key given by a client, checked.
 * @throws DagflareError BAD_REQUEST naming `argument` and the part that is wrong.
 */
export function parseLogKey(value: unknown, argument: string): LogKey {
  const parsed = LogKeySchema.safeParse(value);
  if (!parsed.success)
    throw new DagflareError(
      "BAD_REQUEST",
      `${argument} is not a valid log key: ${formatZodIssues(parsed.error, argument)}`,
    );
  return parsed.data;
}

/** Where dagster-webserver serves a stream: `/logs/<key parts>/out|err` (parts URL-encoded). */
export function downloadPath(logKey: LogKey, stream: ComputeIOType): string {
  return `/logs/${logKey.map(encodeURIComponent).join("/")}/${STREAM_EXTENSION[stream]}`;
}

/** `<namespace...>/<base>.out`: how file-like stores name a stream (Dagster's captured local path). */
export function streamFileName(logKey: LogKey, stream: ComputeIOType): string {
  return `${logKey.join("/")}.${STREAM_EXTENSION[stream]}`;
}
