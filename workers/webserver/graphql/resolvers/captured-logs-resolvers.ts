/**
 * Resolvers of captured stdout/stderr (type-defs/captured-logs.ts), over the instance's compute log
 * manager. A malformed log key, cursor or limit is a GraphQL error naming the argument.
 * @module
 */
import { GraphQLError } from "graphql";
import type { CapturedLogData } from "../../../../shared/compute-log-manager/captured-log-data";
import { getCapturedLogData } from "../../../../shared/compute-log-manager/captured-log-data";
import { parseLogKey, runLogKey } from "../../../../shared/compute-log-manager/log-keys";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import type { GraphQLContext } from "../context";
import { streamCapturedLogs } from "../subscriptions/captured-log-stream";

type LogKeyArgs = { logKey: string[] };
type CapturedLogsArgs = LogKeyArgs & { cursor?: string | null; limit?: number | null };

/** Dagster's GrapheneCapturedLogs: a stream with nothing (new) to show is null. */
function presentCapturedLogs(data: CapturedLogData) {
  return { __typename: "CapturedLogs", logKey: data.logKey, stdout: data.stdout || null, stderr: data.stderr || null, cursor: data.cursor };
}

/** Bad arguments surface with their message (unmasked); anything else stays masked. */
async function withArgumentErrors<T>(resolve: () => Promise<T>): Promise<T> {
  try {
    return await resolve();
  } catch (thrown) {
    if (thrown instanceof DagflareError && thrown.isUserError) throw new GraphQLError(thrown.message, { extensions: { code: thrown.code } });
    throw thrown;
  }
}

export const capturedLogsQueries = {
  capturedLogsMetadata: (_: unknown, args: LogKeyArgs, context: GraphQLContext) =>
    withArgumentErrors(async () => ({ __typename: "CapturedLogsMetadata", ...(await context.instance.computeLogs.getLogMetadata(parseLogKey(args.logKey, "logKey"))) })),
  capturedLogs: (_: unknown, args: CapturedLogsArgs, context: GraphQLContext) =>
    withArgumentErrors(async () => presentCapturedLogs(await getCapturedLogData(context.instance.computeLogs, parseLogKey(args.logKey, "logKey"), args.cursor, args.limit))),
};

/** `Run.capturedLogs(fileKey)`: the whole of a capture of the run. */
export const capturedLogsRunFields = {
  capturedLogs: (run: { runId: string }, args: { fileKey: string }, context: GraphQLContext) =>
    withArgumentErrors(async () => presentCapturedLogs(await getCapturedLogData(context.instance.computeLogs, parseLogKey(runLogKey(run.runId, args.fileKey), "fileKey"), null, null))),
};

async function* capturedLogs(args: LogKeyArgs & { cursor?: string | null }, context: GraphQLContext) {
  const logKey = await withArgumentErrors(async () => parseLogKey(args.logKey, "logKey"));
  const stream = streamCapturedLogs(context.instance.computeLogs, logKey, args.cursor ?? null);
  for (;;) {
    const next = await withArgumentErrors(() => stream.next());
    if (next.done === true) return;
    yield presentCapturedLogs(next.value);
  }
}

export const capturedLogsSubscriptions = {
  capturedLogs: {
    subscribe: (_: unknown, args: LogKeyArgs & { cursor?: string | null }, context: GraphQLContext) => capturedLogs(args, context),
    // Each yielded value already is the field's payload.
    resolve: (payload: unknown) => payload,
  },
};
