/**
 * The instance API as JSON over HTTP, for run workers outside Cloudflare (a Node run-worker service, a
 * container): `POST <webserver>/api/instance/storeEvents` with `{ events }`, `POST .../getRun` with
 * `{ runId }` and `POST .../storeComputeLogs` with `{ batch }`, each with
 * `Authorization: Bearer <DAGFLARE_INSTANCE_TOKEN>`. The zod schemas here are the single source of both
 * ends: the webserver parses requests with them, the client parses answers.
 * @module
 */
import { z } from "zod";
import { ComputeLogBatchSchema } from "../storage/compute-logs/compute-log-manager";
import { SerializableErrorSchema } from "../errors/serializable-error";
import { DAGSTER_EVENT_TYPES, LOG_LEVELS } from "../events/event-types";
import { RUN_STATUSES } from "../storage/run-status";
import { IDEMPOTENCY_KEY_MAX_LENGTH, type NewEvent } from "../storage/event-log-storage";
import type { RunRecord } from "../storage/run-storage";

/** Where the webserver mounts the API. */
export const INSTANCE_API_HTTP_PATH = "/api/instance";

/** The webserver's Worker secret holding the token; without it the HTTP API is disabled. */
export const INSTANCE_TOKEN_SECRET = "DAGFLARE_INSTANCE_TOKEN";

const EventDataSchema = z.looseObject({
  error: SerializableErrorSchema.optional(),
  errorSource: z.enum(["FRAMEWORK_ERROR", "USER_CODE_ERROR", "UNEXPECTED_ERROR", "INTERRUPT"]).optional(),
});

export const NewEventSchema: z.ZodType<NewEvent> = z.object({
  runId: z.string().min(1),
  timestamp: z.number(),
  level: z.enum(LOG_LEVELS),
  message: z.string(),
  eventType: z.enum(DAGSTER_EVENT_TYPES).nullable(),
  stepKey: z.string().nullable().optional(),
  data: EventDataSchema.nullable().optional(),
  idempotencyKey: z.string().min(1).max(IDEMPOTENCY_KEY_MAX_LENGTH).optional(),
});

export const StoreEventsBodySchema = z.strictObject({ events: z.array(NewEventSchema) });
export const GetRunBodySchema = z.strictObject({ runId: z.string().min(1) });
export const StoreComputeLogsBodySchema = z.strictObject({ batch: ComputeLogBatchSchema });
export const ClaimPoolSlotBodySchema = z.strictObject({
  claim: z.strictObject({ pool: z.string().min(1), runId: z.string().min(1), stepKey: z.string().min(1) }),
});
export const FreePoolSlotBodySchema = z.strictObject({
  runId: z.string().min(1),
  stepKey: z.string().min(1),
});

const RunRecordSchema: z.ZodType<RunRecord> = z.object({
  runId: z.string(),
  jobName: z.string(),
  locationName: z.string(),
  repositoryName: z.string(),
  status: z.enum(RUN_STATUSES),
  runConfig: z.record(z.string(), z.unknown()),
  tags: z.record(z.string(), z.string()),
  opSelection: z.array(z.string()).nullable(),
  stepKeysToExecute: z.array(z.string()).nullable(),
  rootRunId: z.string().nullable(),
  parentRunId: z.string().nullable(),
  snapshotId: z.string().nullable(),
  createTime: z.number(),
  updateTime: z.number(),
  startTime: z.number().nullable(),
  endTime: z.number().nullable(),
});

export const StoreEventsAnswerSchema = z.object({ stored: z.number().int().min(0) });
export const GetRunAnswerSchema = z.object({ run: RunRecordSchema.nullable() });
export const StoreComputeLogsAnswerSchema = z.object({ chunks: z.number().int().min(0) });
export const ClaimPoolSlotAnswerSchema = z.object({
  result: z.discriminatedUnion("status", [
    z.object({ status: z.literal("CLAIMED") }),
    z.object({ status: z.literal("BLOCKED"), limit: z.number(), held: z.number(), ahead: z.number() }),
  ]),
});
export const FreePoolSlotAnswerSchema = z.object({ freed: z.literal(true) });
