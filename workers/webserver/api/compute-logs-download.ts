/**
 * Captured stdout/stderr as files, at dagster-webserver's download path: `GET /logs/<log key parts>/out`
 * (stdout) or `/err` (stderr), e.g. `/logs/<runId>/compute_logs/<fileKey>/out`, the URLs
 * `capturedLogsMetadata` hands out. 404 when nothing was captured under the key.
 * @module
 */
import { Hono } from "hono";
import { openCapturedStream } from "../../../shared/compute-log-manager/captured-log-data";
import type { ComputeIOType } from "../../../shared/compute-log-manager/compute-log-manager";
import { parseLogKey, STREAM_EXTENSION } from "../../../shared/compute-log-manager/log-keys";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import type { WebserverEnv } from "../env";
import { getInstance } from "../instance";

const STREAM_OF_EXTENSION: Readonly<Record<string, ComputeIOType>> = Object.fromEntries(Object.entries(STREAM_EXTENSION).map(([stream, extension]) => [extension, stream as ComputeIOType]));

export const computeLogsDownload = new Hono<{ Bindings: WebserverEnv }>();

computeLogsDownload.get("/*", async (c) => {
  const segments = new URL(c.req.url).pathname.split("/").slice(2).map(decodeSegment);
  const extension = segments.pop() ?? "";
  const stream = STREAM_OF_EXTENSION[extension];
  if (stream === undefined) throw new DagflareError("NOT_FOUND", `no captured log at ${c.req.path}: the path must end in /out (stdout) or /err (stderr)`);
  const logKey = parseLogKey(segments, "the log key in the path");
  const body = await openCapturedStream(getInstance(c.env).computeLogs, logKey, stream);
  if (body === null) throw new DagflareError("NOT_FOUND", `No log files available for download: nothing was captured under ${logKey.join("/")}`);
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
    throw new DagflareError("BAD_REQUEST", `the log key in the path has a malformed percent-encoded part: "${segment}"`);
  }
}
