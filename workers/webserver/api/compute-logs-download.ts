/**
 * Captured stdout/stderr as files, at dagster-webserver's download path: `GET /logs/<log key parts>/out`
 * (stdout) or `/err` (stderr), e.g. `/logs/<runId>/compute_logs/<fileKey>/out`, the URLs
 * `capturedLogsMetadata` hands out. The whole stream, however large: it is streamed a slice at a time
 * (unlike GraphQL's `capturedLogs`, which pages by cursor). 404 when nothing was captured under the key or
 * the last segment is neither `out` nor `err`; 400 for a segment that is not valid percent-encoding.
 * @module
 */
import { Hono } from "hono";
import { openCapturedStream } from "../../../shared/storage/compute-logs/captured-log-data";
import {
  COMPUTE_IO_TYPES,
  type ComputeIOType,
} from "../../../shared/storage/compute-logs/compute-log-manager";
import { parseLogKey, STREAM_EXTENSION } from "../../../shared/storage/compute-logs/log-keys";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import type { WebserverEnv } from "../webserver-env";

/** A Map, not an object: a segment such as "toString" must not find a prototype's property. */
const STREAM_OF_EXTENSION: ReadonlyMap<string, ComputeIOType> = new Map(
  COMPUTE_IO_TYPES.map((stream) => [STREAM_EXTENSION[stream], stream]),
);

export const computeLogsDownload = new Hono<WebserverEnv>();

computeLogsDownload.get("/*", async (c) => {
  const segments = new URL(c.req.url).pathname.split("/").slice(2).map(decodeSegment);
  const extension = segments.pop() ?? "";
  const stream = STREAM_OF_EXTENSION.get(extension);
  if (stream === undefined)
    throw new DagflareError(
      "NOT_FOUND",
      `no captured log at ${c.req.path}: the path must end in /out (stdout) or /err (stderr), not /${extension}`,
    );
  const logKey = parseLogKey(segments, "the log key in the path");
  const body = await openCapturedStream(c.var.instance().computeLogs, logKey, stream);
  if (body === null)
    throw new DagflareError(
      "NOT_FOUND",
      `No log files available for download: nothing was captured under ${logKey.join("/")}`,
    );
  return new Response(body, {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="${logKey.join("__").replace(/["\\]/g, "_")}.${extension}"`,
    },
  });
});

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new DagflareError(
      "BAD_REQUEST",
      `the log key in the path has a malformed percent-encoded part: "${segment}"`,
    );
  }
}
