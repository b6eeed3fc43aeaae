/**
 * Subscription resolvers: `pipelineRunLogs` maps the run log stream to Dagster's payloads. Problems with
 * the arguments (unknown run, bad cursor) come back in-band as one PipelineRunLogsSubscriptionFailure.
 * @module
 */
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import type { GraphQLContext } from "../context";
import { parseEventCursor, presentEvent } from "../presenters/event";
import { presentRun } from "../presenters/run";
import { streamRunLogs, type RunLogStart } from "../subscriptions/run-log-stream";

type PipelineRunLogsArgs = { runId: string; cursor?: string | null };

/** Dagster's special cursor: start at the end of the log, sending only what is stored from now on. */
const HEAD_CURSOR = "HEAD";

const failure = (message: string, missingRunId: string | null = null) => ({
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
    if (thrown instanceof DagflareError) return `cursor: "${cursor ?? ""}" is neither "${HEAD_CURSOR}" nor an event cursor returned by this server`;
    throw thrown;
  }
}

async function* pipelineRunLogs(args: PipelineRunLogsArgs, context: GraphQLContext) {
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
      run: presentRun(batch.run, context),
      messages: batch.events.map((event) => presentEvent(event, batch.run)),
      hasMorePastEvents: batch.hasMorePastEvents,
      cursor: String(batch.cursor),
    };
  }
}

export const subscriptionResolvers = {
  pipelineRunLogs: {
    subscribe: (_: unknown, args: PipelineRunLogsArgs, context: GraphQLContext) => pipelineRunLogs(args, context),
    // Each yielded value already is the field's payload.
    resolve: (payload: unknown) => payload,
  },
};
