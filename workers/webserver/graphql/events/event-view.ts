/**
 * Stored events as members of Dagster's `DagsterRunEvent` union, and cursor paging over them.
 * Cursors are opaque strings: we hand out the storage id; Dagster's base64 JSON form is accepted too.
 * @module
 */
import type { DagsterEventType } from "../../../../shared/events/event-types";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import type { EventRecord } from "../../../../shared/storage/event-log-storage";
import type { RunRecord } from "../../../../shared/storage/run-storage";
import type { GraphQLContext } from "../context";
import { presentPythonError } from "./errors";
import { presentMetadataEntries } from "./metadata";

const TYPENAME_BY_EVENT: Record<DagsterEventType, string> = {
  RUN_ENQUEUED: "RunEnqueuedEvent",
  RUN_DEQUEUED: "RunDequeuedEvent",
  RUN_STARTING: "RunStartingEvent",
  RUN_START: "RunStartEvent",
  RUN_SUCCESS: "RunSuccessEvent",
  RUN_FAILURE: "RunFailureEvent",
  RUN_CANCELING: "RunCancelingEvent",
  RUN_CANCELED: "RunCanceledEvent",
  STEP_START: "ExecutionStepStartEvent",
  STEP_SUCCESS: "ExecutionStepSuccessEvent",
  STEP_FAILURE: "ExecutionStepFailureEvent",
  STEP_SKIPPED: "ExecutionStepSkippedEvent",
  STEP_INPUT: "ExecutionStepInputEvent",
  STEP_OUTPUT: "ExecutionStepOutputEvent",
  STEP_UP_FOR_RETRY: "ExecutionStepUpForRetryEvent",
  STEP_RESTARTED: "ExecutionStepRestartEvent",
  HANDLED_OUTPUT: "HandledOutputEvent",
  LOADED_INPUT: "LoadedInputEvent",
  ASSET_MATERIALIZATION: "MaterializationEvent",
  ASSET_OBSERVATION: "ObservationEvent",
  ENGINE_EVENT: "EngineEvent",
  LOGS_CAPTURED: "LogsCapturedEvent",
  HOOK_COMPLETED: "HookCompletedEvent",
  HOOK_ERRORED: "HookErroredEvent",
  HOOK_SKIPPED: "HookSkippedEvent",
};

/** Default and largest page of events, as Dagster's UI chunk size. */
const MAX_EVENTS_PER_PAGE = 1000;

export function presentEvent(event: EventRecord, run: Pick<RunRecord, "jobName">) {
  const data = event.data ?? {};
  const metadata = (data.metadata as Record<string, unknown> | undefined) ?? {};
  return {
    ...data,
    __typename: event.eventType ? TYPENAME_BY_EVENT[event.eventType] : "LogMessageEvent",
    runId: event.runId,
    message: event.message,
    timestamp: String(event.timestamp),
    level: event.level,
    stepKey: event.stepKey,
    solidHandleID: event.stepKey,
    eventType: event.eventType,
    pipelineName: run.jobName,
    error: data.error ? presentPythonError(data.error) : null,
    errorSource: data.errorSource ?? null,
    metadataEntries: presentMetadataEntries(metadata),
    label: (data.label as string | undefined) ?? null,
    description: (data.description as string | undefined) ?? null,
    assetKey: Array.isArray(data.assetKey) ? { path: data.assetKey } : null,
    typeCheck: { label: (data.inputName ?? data.outputName ?? null) as string | null, description: null, metadataEntries: [], success: data.typeCheckSuccess !== false },
    failureMetadata: null,
  };
}

export async function presentEventConnection(
  run: RunRecord,
  page: { afterCursor?: string | null; limit?: number | null },
  context: GraphQLContext,
) {
  const limit = Math.min(page.limit ?? MAX_EVENTS_PER_PAGE, MAX_EVENTS_PER_PAGE);
  const result = await context.instance.storage.events.getLogsForRun(run.runId, { afterCursor: parseEventCursor(page.afterCursor), limit });
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
  throw new DagflareError("BAD_REQUEST", `afterCursor: "${cursor}" is not an event cursor returned by this server`);
}
