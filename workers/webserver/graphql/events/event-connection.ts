/**
 * Cursor paging over a run's stored events. Cursors are opaque strings: we hand out the storage id;
 * Dagster's base64 JSON form is accepted too.
 * @module
 */
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import type { RunRecord } from "../../../../shared/storage/run-storage";
import type { EventConnection, ResolversParentTypes } from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import type { Typed } from "../typed";
import { presentEvent } from "./event-view";

/** Default and largest page of events, as Dagster's UI chunk size. */
const MAX_EVENTS_PER_PAGE = 1000;

type EventConnectionModel = Typed<
  Omit<EventConnection, "events"> & { events: ResolversParentTypes["DagsterRunEvent"][] },
  "EventConnection"
>;

export async function eventConnection(
  run: RunRecord,
  page: { afterCursor?: string | null; limit?: number | null },
  context: GraphQLContext,
): Promise<EventConnectionModel> {
  const limit = Math.min(page.limit ?? MAX_EVENTS_PER_PAGE, MAX_EVENTS_PER_PAGE);
  const result = await context.instance.storage.events.getLogsForRun(run.runId, {
    afterCursor: parseEventCursor(page.afterCursor),
    limit,
  });
  return {
    __typename: "EventConnection",
    events: result.events.map((event) => presentEvent(event, run)),
    cursor: String(result.cursor),
    hasMore: result.hasMore,
  };
}

/** Accepts our plain storage ids and Dagster's base64 `{"type":"STORAGE_ID","value":N}` cursors. */
export function parseEventCursor(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined || cursor === "") return null;
  if (/^-?\d+$/.test(cursor)) return Number(cursor);
  try {
    const decoded = JSON.parse(atob(cursor)) as { value?: unknown };
    if (typeof decoded.value === "number") return decoded.value;
  } catch {
    // fall through to the error below
  }
  throw new DagflareError(
    "BAD_REQUEST",
    `afterCursor: "${cursor}" is not an event cursor returned by this server`,
  );
}
