/**
 * Resolvers of captured stdout/stderr (type-defs.ts), over the instance's compute log
 * manager. A malformed log key, cursor or limit is a GraphQL error naming the argument. Reads are bounded
 * (see shared/storage/compute-logs/captured-log-data.ts): a query without `limit`, and `Run.capturedLogs`,
 * return the first megabyte of each stream and the cursor to read on from; the `/logs/...` downloads
 * stream all of it.
 * @module
 */
import { GraphQLError } from "graphql";
import type { CapturedLogData } from "../../../../shared/storage/compute-logs/captured-log-data";
import { getCapturedLogData } from "../../../../shared/storage/compute-logs/captured-log-data";
import type { LogKey } from "../../../../shared/storage/compute-logs/compute-log-manager";
import { parseLogKey, runIdOfLogKey, runLogKey } from "../../../../shared/storage/compute-logs/log-keys";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { isFinished } from "../../../../shared/storage/run-status";
import type { CapturedLogs, Resolvers } from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { streamCapturedLogs } from "./captured-log-stream";

type LogKeyArgs = { logKey: string[] };

/** Dagster's GrapheneCapturedLogs: a stream with nothing (new) to show is null. */
function presentCapturedLogs(data: CapturedLogData): CapturedLogs {
  return {
    logKey: [...data.logKey],
    stdout: data.stdout || null,
    stderr: data.stderr || null,
    cursor: data.cursor,
  };
}

/** Bad arguments surface with their message (unmasked); anything else stays masked. */
async function withArgumentErrors<T>(resolve: () => Promise<T>): Promise<T> {
  try {
    return await resolve();
  } catch (thrown) {
    if (thrown instanceof DagflareError && thrown.isUserError)
      throw new GraphQLError(thrown.message, { extensions: { code: thrown.code } });
    throw thrown;
  }
}

export const resolvers: Resolvers = {
  Query: {
    capturedLogsMetadata: (_, args, context) =>
      withArgumentErrors(() =>
        context.instance.computeLogs.getLogMetadata(parseLogKey(args.logKey, "logKey")),
      ),
    capturedLogs: (_, args, context) =>
      withArgumentErrors(async () =>
        presentCapturedLogs(
          await getCapturedLogData(
            context.instance.computeLogs,
            parseLogKey(args.logKey, "logKey"),
            args.cursor,
            args.limit,
          ),
        ),
      ),
  },
  /** `Run.capturedLogs(fileKey)`: a capture of the run, from its beginning. */
  Run: {
    capturedLogs: (run, args, context) =>
      withArgumentErrors(async () =>
        presentCapturedLogs(
          await getCapturedLogData(
            context.instance.computeLogs,
            parseLogKey(runLogKey(run.runId, args.fileKey), "fileKey"),
            null,
            null,
          ),
        ),
      ),
  },
  Subscription: {
    capturedLogs: {
      subscribe: (_, args, context) => capturedLogs(args, context),
      // Each yielded value already is the field's payload.
      resolve: (payload: CapturedLogs) => payload,
    },
  },
};

async function* capturedLogs(
  args: LogKeyArgs & { cursor?: string | null },
  context: GraphQLContext,
): AsyncGenerator<CapturedLogs, void, undefined> {
  const logKey = await withArgumentErrors(async () => parseLogKey(args.logKey, "logKey"));
  const stream = streamCapturedLogs(context.instance.computeLogs, logKey, args.cursor ?? null, () =>
    isRunFinished(logKey, context),
  );
  for (;;) {
    const next = await withArgumentErrors(() => stream.next());
    if (next.done === true) return;
    yield presentCapturedLogs(next.value);
  }
}

/** A run capture's run has finished, or no longer exists: either way nothing more is written. A key of no run never finishes. */
async function isRunFinished(logKey: LogKey, context: GraphQLContext): Promise<boolean> {
  const runId = runIdOfLogKey(logKey);
  if (runId === null) return false;
  const run = await context.instance.storage.runs.getRun(runId);
  return run === null || isFinished(run.status);
}
