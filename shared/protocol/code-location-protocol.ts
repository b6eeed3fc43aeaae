/**
 * The code location protocol: what a code location Worker answers (Dagster's gRPC code server, as
 * WorkerEntrypoint RPC over a service binding, and the same messages as JSON over HTTP for remote
 * locations). zod schemas are the single source of these types; the webserver parses every answer at
 * the edge, so a misbehaving location yields a clear load error rather than a crash later.
 * @module
 */
import { z } from "zod";
import { SerializableErrorSchema } from "../errors/serializable-error";
import { LOG_LEVELS } from "../events/event-types";

export const PROTOCOL_VERSION = 1;
/** Dagster names the single repository of a Definitions-based location this way. */
export const DEFAULT_REPOSITORY_NAME = "__repository__";

/** A JSON Schema document (draft 2020-12, as produced by zod's toJSONSchema). */
export const JsonSchemaSchema = z.record(z.string(), z.unknown());
export type JsonSchema = z.infer<typeof JsonSchemaSchema>;

export const RetryPolicySchema = z.object({
  maxRetries: z.number().int().min(0),
  /** Seconds. */
  delay: z.number().min(0).optional(),
  backoff: z.enum(["LINEAR", "EXPONENTIAL"]).optional(),
  jitter: z.enum(["FULL", "PLUS_MINUS"]).optional(),
});
export type RetryPolicy = z.infer<typeof RetryPolicySchema>;

export const OpInputSnapshotSchema = z.object({
  name: z.string(),
  /** Human-readable type name (e.g. "String", "Array<Number>", "Any"). */
  typeName: z.string(),
  description: z.string().optional(),
  /** Upstream outputs feeding this input; more than one means fan-in (the input receives a list). */
  dependsOn: z.array(z.object({ node: z.string(), output: z.string() })),
  /** True when the input receives a list built from every dependsOn entry (fan-in). */
  isFanIn: z.boolean(),
  /**
   * MAPPED: the input receives one value per mapping key of the dynamic output its node is mapped over
   * (dependsOn is that output, or an output of a node mapped over it); COLLECT: all of them, as a list.
   */
  dynamic: z.enum(["MAPPED", "COLLECT"]).optional(),
});
export const OpOutputSnapshotSchema = z.object({
  name: z.string(),
  typeName: z.string(),
  description: z.string().optional(),
  isRequired: z.boolean(),
  /** A dynamic output (DynamicOut): any number of values, each under a mapping key. */
  isDynamic: z.boolean().optional(),
});

/** One node of a job's graph: an op invocation, possibly aliased. */
export const OpNodeSnapshotSchema = z.object({
  /** Node name: the alias if the op was aliased, else the op's name. Also the step key. */
  name: z.string(),
  /** The op definition's name. */
  opName: z.string(),
  description: z.string().optional(),
  inputs: z.array(OpInputSnapshotSchema),
  outputs: z.array(OpOutputSnapshotSchema),
  /** JSON Schema of `ops.<name>.config`, absent when the op takes no config. */
  configSchema: JsonSchemaSchema.optional(),
  tags: z.record(z.string(), z.string()),
  requiredResources: z.array(z.string()),
  retryPolicy: RetryPolicySchema.optional(),
  /** The op concurrency pool each of its steps takes a slot of. */
  pool: z.string().optional(),
  /** The dynamic output this node is mapped over: its steps are `name[mapping_key]`. */
  mappedOver: z.object({ node: z.string(), output: z.string() }).optional(),
});
export type OpNodeSnapshot = z.infer<typeof OpNodeSnapshotSchema>;

export const JobSnapshotSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  tags: z.record(z.string(), z.string()),
  /** Nodes in a topological order. */
  ops: z.array(OpNodeSnapshotSchema),
  /** JSON Schema of the whole run config (ops, resources, execution). */
  runConfigSchema: JsonSchemaSchema,
  /** The run config a launch starts from: every default filled in. */
  defaultRunConfig: z.record(z.string(), z.unknown()),
  /** Stable hash of this snapshot; runs record it. */
  snapshotId: z.string(),
});
export type JobSnapshot = z.infer<typeof JobSnapshotSchema>;

export const InstigatorDefaultStatusSchema = z.enum(["RUNNING", "STOPPED"]);

export const ScheduleSnapshotSchema = z.object({
  name: z.string(),
  jobName: z.string(),
  cronSchedule: z.string(),
  executionTimezone: z.string(),
  description: z.string().optional(),
  defaultStatus: InstigatorDefaultStatusSchema,
  tags: z.record(z.string(), z.string()),
});
export type ScheduleSnapshot = z.infer<typeof ScheduleSnapshotSchema>;

export const SensorSnapshotSchema = z.object({
  name: z.string(),
  jobNames: z.array(z.string()),
  minimumIntervalSeconds: z.number().int().positive(),
  description: z.string().optional(),
  defaultStatus: InstigatorDefaultStatusSchema,
  sensorType: z.enum(["STANDARD", "RUN_STATUS"]),
  /** Run status sensors: the status they react to. */
  monitoredRunStatus: z.enum(["SUCCESS", "FAILURE", "CANCELED"]).optional(),
});
export type SensorSnapshot = z.infer<typeof SensorSnapshotSchema>;

export const ResourceSnapshotSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  configSchema: JsonSchemaSchema.optional(),
  /** The resource's type name (Dagster's resource class); the key when the definition names none. */
  resourceType: z.string().optional(),
  /** Config given in the definitions: a VALUE as JSON text, an ENV_VAR by the variable's name only. */
  configuredValues: z
    .array(z.object({ key: z.string(), type: z.enum(["VALUE", "ENV_VAR"]), value: z.string() }))
    .optional(),
  /** Resources it depends on, by their key in it: TOP_LEVEL ones are also defined under `resourceKey`. */
  nestedResources: z
    .array(
      z.object({
        name: z.string(),
        type: z.enum(["TOP_LEVEL", "ANONYMOUS"]),
        resourceKey: z.string().optional(),
      }),
    )
    .optional(),
});
export type ResourceSnapshot = z.infer<typeof ResourceSnapshotSchema>;

export const RepositorySnapshotSchema = z.object({
  protocolVersion: z.literal(PROTOCOL_VERSION),
  sdkVersion: z.string(),
  repositoryName: z.string(),
  jobs: z.array(JobSnapshotSchema),
  schedules: z.array(ScheduleSnapshotSchema),
  sensors: z.array(SensorSnapshotSchema),
  resources: z.array(ResourceSnapshotSchema),
});
export type RepositorySnapshot = z.infer<typeof RepositorySnapshotSchema>;

/** Either the definitions or why they failed to load (a load error is data, not an exception). */
export const LoadResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), snapshot: RepositorySnapshotSchema }),
  z.object({ ok: z.literal(false), error: SerializableErrorSchema }),
]);
export type LoadResult = z.infer<typeof LoadResultSchema>;

export const PingResultSchema = z.object({
  protocolVersion: z.number(),
  sdkVersion: z.string(),
  /** Changes whenever the location's code is (re)deployed. */
  serverId: z.string(),
  echo: z.string(),
});
export type PingResult = z.infer<typeof PingResultSchema>;

export const RunRequestSchema = z.object({
  runKey: z.string().optional(),
  jobName: z.string().optional(),
  runConfig: z.record(z.string(), z.unknown()),
  tags: z.record(z.string(), z.string()),
});
export type RunRequest = z.infer<typeof RunRequestSchema>;

export const EvaluateScheduleRequestSchema = z.object({
  scheduleName: z.string(),
  /** Epoch seconds of the tick being evaluated. */
  scheduledExecutionTime: z.number(),
});
export type EvaluateScheduleRequest = z.infer<typeof EvaluateScheduleRequestSchema>;

/** A user log line emitted while evaluating a tick or executing a step. */
export const LogLineSchema = z.object({
  level: z.enum(LOG_LEVELS),
  message: z.string(),
  /** Epoch milliseconds. */
  timestamp: z.number(),
});
export type LogLine = z.infer<typeof LogLineSchema>;

export const TickEvaluationSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    runRequests: z.array(RunRequestSchema),
    skipReason: z.string().optional(),
    /** Sensors: the cursor to store (absent = unchanged). */
    cursor: z.string().optional(),
    logs: z.array(LogLineSchema),
  }),
  z.object({ ok: z.literal(false), error: SerializableErrorSchema, logs: z.array(LogLineSchema) }),
]);
export type TickEvaluation = z.infer<typeof TickEvaluationSchema>;

export const EvaluateSensorRequestSchema = z.object({
  sensorName: z.string(),
  cursor: z.string().nullable(),
  /** Epoch seconds of the previous tick, if any. */
  lastTickTime: z.number().nullable(),
  lastRunKey: z.string().nullable(),
  /** Run status sensors: runs that reached the monitored status since the last tick. */
  runUpdates: z
    .array(
      z.object({
        runId: z.string(),
        jobName: z.string(),
        status: z.string(),
        tags: z.record(z.string(), z.string()),
      }),
    )
    .optional(),
});
export type EvaluateSensorRequest = z.infer<typeof EvaluateSensorRequestSchema>;

export const ExecuteStepRequestSchema = z.object({
  runId: z.string(),
  jobName: z.string(),
  /** The step key: the node name, or `node[mapping_key]` for a mapped step. */
  stepKey: z.string(),
  runConfig: z.record(z.string(), z.unknown()),
  /** Input values by input name; a fan-in input receives an array. */
  inputs: z.record(z.string(), z.unknown()),
  /** 0 for the first attempt. */
  attempt: z.number().int().min(0),
});
export type ExecuteStepRequest = z.infer<typeof ExecuteStepRequestSchema>;

/** Something an op reported besides logs (asset materializations, for now). */
export const StepReportSchema = z.object({
  kind: z.literal("ASSET_MATERIALIZATION"),
  assetKey: z.array(z.string()),
  description: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()),
  timestamp: z.number(),
});
export type StepReport = z.infer<typeof StepReportSchema>;

/** How one hook attached to the step went (HOOK_COMPLETED, HOOK_ERRORED or HOOK_SKIPPED). */
export const HookResultSchema = z.object({
  name: z.string(),
  status: z.enum(["COMPLETED", "ERRORED", "SKIPPED"]),
  error: SerializableErrorSchema.optional(),
  /** What the hook logged, written after the step's outcome (hooks run after the step). */
  logs: z.array(LogLineSchema).optional(),
});
export type HookResult = z.infer<typeof HookResultSchema>;

/** The values of one dynamic output, in the order the op yielded them. */
export const DynamicOutputValuesSchema = z.array(z.object({ mappingKey: z.string(), value: z.unknown() }));

export const ExecuteStepResultSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("SUCCESS"),
    outputs: z.record(z.string(), z.unknown()),
    /** Dynamic outputs by name (absent from `outputs`). */
    dynamicOutputs: z.record(z.string(), DynamicOutputValuesSchema).optional(),
    logs: z.array(LogLineSchema),
    reports: z.array(StepReportSchema),
    hooks: z.array(HookResultSchema).optional(),
  }),
  z.object({
    status: z.literal("FAILURE"),
    error: SerializableErrorSchema,
    /** USER_CODE_ERROR when the op threw; FRAMEWORK_ERROR when inputs/config/outputs were wrong. */
    errorSource: z.enum(["USER_CODE_ERROR", "FRAMEWORK_ERROR"]),
    /** The op asked to retry (RetryRequested) or its RetryPolicy allows another attempt: seconds to wait. */
    retry: z.object({ secondsToWait: z.number().min(0) }).optional(),
    logs: z.array(LogLineSchema),
    reports: z.array(StepReportSchema),
    hooks: z.array(HookResultSchema).optional(),
  }),
]);
export type ExecuteStepResult = z.infer<typeof ExecuteStepResultSchema>;

/**
 * The RPC surface of a code location Worker. The HTTP form POSTs `{ ...request }` to
 * `/__dagflare/<method>` and receives the same result JSON.
 */
export interface CodeLocationApi {
  ping(echo: string): Promise<PingResult>;
  loadDefinitions(): Promise<LoadResult>;
  evaluateSchedule(request: EvaluateScheduleRequest): Promise<TickEvaluation>;
  evaluateSensor(request: EvaluateSensorRequest): Promise<TickEvaluation>;
  executeStep(request: ExecuteStepRequest): Promise<ExecuteStepResult>;
}

export const CODE_LOCATION_HTTP_PREFIX = "/__dagflare/";

/* ---------------------------------------------------------------------------------------------------
 * Run workers. A code location hosts the run worker for its own jobs (one Durable Object per run), so
 * ops run in the location's isolate; the run launcher reaches it through the same client as above.
 * ------------------------------------------------------------------------------------------------- */

export const StartRunRequestSchema = z.object({
  runId: z.string(),
  jobName: z.string(),
  runConfig: z.record(z.string(), z.unknown()),
  /** null: every step of the job (or of the op selection). */
  stepKeysToExecute: z.array(z.string()).nullable(),
  /** Re-execution: outputs of steps not executed are loaded from this run. */
  parentRunId: z.string().nullable(),
  /** The op selection the run was created with (node names), null for the whole job. */
  opSelection: z.array(z.string()).nullable(),
  /**
   * The run's code location. A host serving one location (a run-worker service started with
   * `--location-name`) refuses runs of another. Absent in requests stored by earlier versions.
   */
  locationName: z.string().min(1).optional(),
});
export type StartRunRequest = z.infer<typeof StartRunRequestSchema>;

/** Starting is idempotent: a second start of the same run id is accepted and changes nothing. */
export const StartRunResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: SerializableErrorSchema }),
]);
export type StartRunResult = z.infer<typeof StartRunResultSchema>;

export const RunIdRequestSchema = z.object({ runId: z.string() });
export type RunIdRequest = z.infer<typeof RunIdRequestSchema>;

export const TerminateRunResultSchema = z.object({ accepted: z.boolean(), message: z.string().optional() });
export type TerminateRunResult = z.infer<typeof TerminateRunResultSchema>;

/** Dagster's WorkerStatus, as run monitoring reads it. */
export const RunWorkerHealthSchema = z.object({
  status: z.enum(["RUNNING", "NOT_FOUND", "SUCCESS", "FAILED", "CANCELED", "UNKNOWN"]),
  message: z.string().optional(),
  /** Epoch seconds of the worker's last sign of life. */
  lastHeartbeat: z.number().optional(),
});
export type RunWorkerHealth = z.infer<typeof RunWorkerHealthSchema>;

/** What a code location that hosts run workers answers besides CodeLocationApi. */
export interface RunWorkerHostApi {
  startRun(request: StartRunRequest): Promise<StartRunResult>;
  terminateRun(request: RunIdRequest): Promise<TerminateRunResult>;
  runWorkerHealth(request: RunIdRequest): Promise<RunWorkerHealth>;
}
