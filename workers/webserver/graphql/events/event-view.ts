/**
 * A stored event as a member of Dagster's `DagsterRunEvent` union: the fields every member reads, from
 * the record and its free-form data (each event type stores its own keys, e.g. `inputName`, `managerKey`).
 * @module
 */
import type { DagsterEventType } from "../../../../shared/events/event-types";
import type { EventRecord } from "../../../../shared/storage/event-log-storage";
import type { RunRecord } from "../../../../shared/storage/run-storage";
import type {
  DagsterRunEvent,
  ResolversParentTypes,
  ResolversUnionTypes,
} from "../__generated__/resolvers-types";
import { presentPythonError } from "../errors/python-error";
import { presentMetadataEntries } from "./metadata-entries";

type EventTypename = NonNullable<DagsterRunEvent["__typename"]>;
export type DagsterRunEventModel = ResolversUnionTypes<ResolversParentTypes>["DagsterRunEvent"];

const TYPENAME_BY_EVENT: Record<DagsterEventType, EventTypename> = {
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

export function presentEvent(event: EventRecord, run: Pick<RunRecord, "jobName">): DagsterRunEventModel {
  const data = event.data ?? {};
  const metadata = (data.metadata as Record<string, unknown> | undefined) ?? {};
  const view = {
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
    typeCheck: {
      label: (data.inputName ?? data.outputName ?? null) as string | null,
      description: null,
      metadataEntries: [],
      success: data.typeCheckSuccess !== false,
    },
    failureMetadata: null,
  };
  // The view holds every field any member has; which member it is comes from its __typename, a union of
  // 26 literals that TypeScript does not split into the union's members (it stops at 25).
  return view as DagsterRunEventModel;
}
