/**
 * The run event log as Dagster's GraphQL serves it: one type per event kind in the `DagsterRunEvent`
 * union. `timestamp` is epoch milliseconds as a string; plain user log lines are LogMessageEvent with a
 * null eventType.
 * @module
 */

/** Fields every event carries (MessageEvent); the per-type blocks below add their own. */
const messageFields = /* GraphQL */ `
    runId: String!
    message: String!
    timestamp: String!
    level: LogLevel!
    stepKey: String
    solidHandleID: String
    eventType: DagsterEventType
`;

const eventTypes: Record<string, { implements: string[]; fields?: string }> = {
  RunEnqueuedEvent: { implements: ["RunEvent"], fields: "pipelineName: String!" },
  RunDequeuedEvent: { implements: ["RunEvent"], fields: "pipelineName: String!" },
  RunStartingEvent: { implements: ["RunEvent"], fields: "pipelineName: String!" },
  RunStartEvent: { implements: ["RunEvent"], fields: "pipelineName: String!" },
  RunSuccessEvent: { implements: ["RunEvent"], fields: "pipelineName: String!" },
  RunFailureEvent: {
    implements: ["RunEvent", "ErrorEvent"],
    fields: "pipelineName: String!\n    error: PythonError",
  },
  RunCancelingEvent: { implements: ["RunEvent"], fields: "pipelineName: String!" },
  RunCanceledEvent: {
    implements: ["RunEvent", "ErrorEvent"],
    fields: "pipelineName: String!\n    error: PythonError",
  },
  ExecutionStepStartEvent: { implements: ["StepEvent"] },
  ExecutionStepSuccessEvent: { implements: ["StepEvent"] },
  ExecutionStepSkippedEvent: { implements: ["StepEvent"] },
  ExecutionStepRestartEvent: { implements: ["StepEvent"] },
  ExecutionStepFailureEvent: {
    implements: ["StepEvent", "ErrorEvent"],
    fields: "error: PythonError\n    errorSource: ErrorSource\n    failureMetadata: FailureMetadata",
  },
  ExecutionStepUpForRetryEvent: {
    implements: ["StepEvent", "ErrorEvent"],
    fields: "error: PythonError\n    secondsToWait: Int",
  },
  ExecutionStepInputEvent: {
    implements: ["StepEvent"],
    fields: "inputName: String!\n    typeCheck: TypeCheck!",
  },
  ExecutionStepOutputEvent: {
    implements: ["StepEvent", "DisplayableEvent"],
    fields:
      "outputName: String!\n    typeCheck: TypeCheck!\n    label: String\n    description: String\n    metadataEntries: [MetadataEntry!]!",
  },
  HandledOutputEvent: {
    implements: ["StepEvent", "DisplayableEvent"],
    fields:
      "outputName: String!\n    managerKey: String!\n    label: String\n    description: String\n    metadataEntries: [MetadataEntry!]!",
  },
  LoadedInputEvent: {
    implements: ["StepEvent", "DisplayableEvent"],
    fields:
      "inputName: String!\n    managerKey: String!\n    upstreamOutputName: String\n    upstreamStepKey: String\n    label: String\n    description: String\n    metadataEntries: [MetadataEntry!]!",
  },
  MaterializationEvent: {
    implements: ["StepEvent", "DisplayableEvent"],
    fields:
      "assetKey: AssetKey\n    partition: String\n    label: String\n    description: String\n    metadataEntries: [MetadataEntry!]!",
  },
  ObservationEvent: {
    implements: ["StepEvent", "DisplayableEvent"],
    fields:
      "assetKey: AssetKey\n    partition: String\n    label: String\n    description: String\n    metadataEntries: [MetadataEntry!]!",
  },
  EngineEvent: {
    implements: ["StepEvent", "ErrorEvent", "MarkerEvent", "DisplayableEvent"],
    fields:
      "error: PythonError\n    markerStart: String\n    markerEnd: String\n    label: String\n    description: String\n    metadataEntries: [MetadataEntry!]!",
  },
  LogsCapturedEvent: {
    implements: [],
    fields:
      "fileKey: String!\n    logKey: String!\n    stepKeys: [String!]\n    pid: Int\n    externalUrl: String\n    externalStdoutUrl: String\n    externalStderrUrl: String",
  },
  HookCompletedEvent: { implements: ["StepEvent"] },
  HookSkippedEvent: { implements: ["StepEvent"] },
  HookErroredEvent: { implements: ["StepEvent", "ErrorEvent"], fields: "error: PythonError" },
  LogMessageEvent: { implements: [] },
};

function eventTypeDef(
  name: string,
  { implements: interfaces, fields }: { implements: string[]; fields?: string },
): string {
  const implemented = ["MessageEvent", ...interfaces].join(" & ");
  return `  type ${name} implements ${implemented} {${messageFields}${fields ? `    ${fields}\n` : ""}  }\n`;
}

export const typeDefs = /* GraphQL */ `
  enum LogLevel {
    CRITICAL
    ERROR
    INFO
    WARNING
    DEBUG
  }

  enum DagsterEventType {
    RUN_ENQUEUED
    RUN_DEQUEUED
    RUN_STARTING
    RUN_START
    RUN_SUCCESS
    RUN_FAILURE
    RUN_CANCELING
    RUN_CANCELED
    PIPELINE_ENQUEUED
    PIPELINE_DEQUEUED
    PIPELINE_STARTING
    PIPELINE_START
    PIPELINE_SUCCESS
    PIPELINE_FAILURE
    PIPELINE_CANCELING
    PIPELINE_CANCELED
    STEP_START
    STEP_SUCCESS
    STEP_FAILURE
    STEP_SKIPPED
    STEP_INPUT
    STEP_OUTPUT
    STEP_UP_FOR_RETRY
    STEP_RESTARTED
    HANDLED_OUTPUT
    LOADED_INPUT
    ASSET_MATERIALIZATION
    ASSET_OBSERVATION
    ENGINE_EVENT
    LOGS_CAPTURED
    HOOK_COMPLETED
    HOOK_ERRORED
    HOOK_SKIPPED
  }

  enum ErrorSource {
    FRAMEWORK_ERROR
    USER_CODE_ERROR
    UNEXPECTED_ERROR
    INTERRUPT
  }

  interface MessageEvent {${messageFields}  }

  interface StepEvent {
    stepKey: String
    solidHandleID: String
  }

  interface RunEvent {
    pipelineName: String!
  }

  interface ErrorEvent {
    error: PythonError
  }

  interface MarkerEvent {
    markerStart: String
    markerEnd: String
  }

  interface DisplayableEvent {
    label: String
    description: String
    metadataEntries: [MetadataEntry!]!
  }

  type FailureMetadata implements DisplayableEvent {
    label: String
    description: String
    metadataEntries: [MetadataEntry!]!
  }

  type TypeCheck implements DisplayableEvent {
    label: String
    description: String
    metadataEntries: [MetadataEntry!]!
    success: Boolean!
  }

  interface MetadataEntry {
    label: String!
    description: String
  }

  type TextMetadataEntry implements MetadataEntry {
    label: String!
    description: String
    text: String!
  }

  type IntMetadataEntry implements MetadataEntry {
    label: String!
    description: String
    intValue: Int
    intRepr: String!
  }

  type FloatMetadataEntry implements MetadataEntry {
    label: String!
    description: String
    floatValue: Float
  }

  type BoolMetadataEntry implements MetadataEntry {
    label: String!
    description: String
    boolValue: Boolean
  }

  type JsonMetadataEntry implements MetadataEntry {
    label: String!
    description: String
    jsonString: String!
  }

  type UrlMetadataEntry implements MetadataEntry {
    label: String!
    description: String
    url: String!
  }

  type NullMetadataEntry implements MetadataEntry {
    label: String!
    description: String
  }

${Object.entries(eventTypes)
  .map(([name, definition]) => eventTypeDef(name, definition))
  .join("\n")}
  union DagsterRunEvent = ${Object.keys(eventTypes).join(" | ")}

  type EventConnection {
    events: [DagsterRunEvent!]!
    cursor: String!
    hasMore: Boolean!
  }

  union EventConnectionOrError = EventConnection | RunNotFoundError | PythonError

  type Query {
    logsForRun(runId: ID!, afterCursor: String, limit: Int): EventConnectionOrError!
  }

  # A run's event log streamed live (Dagster's pipelineRunLogs), served over SSE.
  type Subscription {
    pipelineRunLogs(runId: ID!, cursor: String): PipelineRunLogsSubscriptionPayload!
  }

  type PipelineRunLogsSubscriptionSuccess {
    run: Run!
    messages: [DagsterRunEvent!]!
    hasMorePastEvents: Boolean!
    cursor: String!
  }

  type PipelineRunLogsSubscriptionFailure {
    message: String!
    missingRunId: String
  }

  union PipelineRunLogsSubscriptionPayload = PipelineRunLogsSubscriptionSuccess | PipelineRunLogsSubscriptionFailure

`;
