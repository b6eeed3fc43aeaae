/**
 * A run's event log: `logsForRun` pages, and the `pipelineRunLogs` subscription maps the run log stream to
 * Dagster's payloads. Problems with the subscription's arguments (unknown run, bad cursor) come back
 * in-band as one PipelineRunLogsSubscriptionFailure.
 * @module
 */
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import type {
  PipelineRunLogsSubscriptionFailure,
  Resolvers,
  ResolversParentTypes,
  SubscriptionPipelineRunLogsArgs,
} from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { runNotFound } from "../errors/not-found";
import { orPythonError } from "../errors/python-error";
import type { Typed } from "../typed";
import { eventConnection, parseEventCursor } from "./event-connection";
import { presentEvent } from "./event-view";
import { streamRunLogs, type RunLogStart } from "./run-log-stream";

type Payload = ResolversParentTypes["PipelineRunLogsSubscriptionPayload"];

/** Dagster's special cursor: start at the end of the log, sending only what is stored from now on. */
const HEAD_CURSOR = "HEAD";

const failure = (
  message: string,
  missingRunId: string | null = null,
): Typed<PipelineRunLogsSubscriptionFailure, "PipelineRunLogsSubscriptionFailure"> => ({
  __typename: "PipelineRunLogsSubscriptionFailure",
  message,
  missingRunId,
});

/** The stream's starting point, or the failure message naming the bad `cursor` argument. */
function parseStart(cursor: string | null | undefined): RunLogStart | string {
  if (cursor === HEAD_CURSOR) return { afterCursor: null, skipHistory: true };
  try {
    return { afterCursor: parseEventCursor(cursor), skipHistory: false };
  } catch (thrown) {
    if (thrown instanceof DagflareError)
      return `cursor: "${cursor ?? ""}" is neither "${HEAD_CURSOR}" nor an event cursor returned by this server`;
    throw thrown;
  }
}

async function* pipelineRunLogs(
  args: SubscriptionPipelineRunLogsArgs,
  context: GraphQLContext,
): AsyncGenerator<Payload, void, undefined> {
  const start = parseStart(args.cursor);
  if (typeof start === "string") {
    yield failure(start);
    return;
  }
  const { storage } = context.instance;
  const run = await storage.runs.getRun(args.runId);
  if (!run) {
    yield failure(`Could not load run with id ${args.runId}`, args.runId);
    return;
  }
  for await (const batch of streamRunLogs(storage, run, start)) {
    yield {
      __typename: "PipelineRunLogsSubscriptionSuccess",
      run: batch.run,
      messages: batch.events.map((event) => presentEvent(event, batch.run)),
      hasMorePastEvents: batch.hasMorePastEvents,
      cursor: String(batch.cursor),
    };
  }
}

export const resolvers: Resolvers = {
  Query: {
    logsForRun: (_, args, context) =>
      orPythonError(async () => {
        const run = await context.instance.storage.runs.getRun(args.runId);
        return run ? eventConnection(run, args, context) : runNotFound(args.runId);
      }),
  },
  Subscription: {
    pipelineRunLogs: {
      subscribe: (_, args, context) => pipelineRunLogs(args, context),
      // Each yielded value already is the field's payload.
      resolve: (payload: Payload) => payload,
    },
  },
};
