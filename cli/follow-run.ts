/**
 * Following a run live in the terminal: its events as they arrive (polling `logsForRun` by cursor, which
 * works through any proxy, unlike a long-lived SSE stream), until the run ends. Resolves with its final status.
 * @module
 */
import type { GraphQLClient } from "./graphql/client";
import { FINISHED_STATUSES, getRun, logsForRun, type RunEvent } from "./graphql/runs";

const POLL_MS = 300;

export type FollowOptions = { onEvent: (event: RunEvent) => void; signal?: AbortSignal };

/** Prints every event of the run from the start; returns its status once it finished (or when aborted). */
export async function followRun(
  client: GraphQLClient,
  runId: string,
  options: FollowOptions,
): Promise<string> {
  let cursor: string | null = null;
  for (;;) {
    // Read the status before the page: a run that finished has written all its events by then.
    const { status } = await getRun(client, runId);
    let page;
    do {
      page = await logsForRun(client, runId, cursor);
      cursor = page.cursor;
      page.events.forEach(options.onEvent);
    } while (page.hasMore);
    if (FINISHED_STATUSES.has(status) || options.signal?.aborted) return status;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
