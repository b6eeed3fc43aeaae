/**
 * The D1 schema (drizzle sqlite-core), modelled on Dagster's SQL storage: runs + run_tags, event_logs,
 * instigators + ticks, daemon_heartbeats, kvs, plus cached code locations, captured compute logs and access
 * control (api_tokens, audit_log, auth_failures).
 * `npm run db:generate` turns changes here into the next file under migrations/.
 *
 * No foreign keys on purpose: D1 always enforces them, and drizzle-kit alters a SQLite table by copying it
 * and dropping the old one, which would cascade-delete (or block on) every child row. Deletes that must
 * cover several tables go in one batch instead.
 * @module
 */
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Role } from "../../auth/roles";
import type { SerializableError } from "../../errors/serializable-error";
import type { DagsterEventType, LogLevel } from "../../events/event-types";
import type { RepositorySnapshot } from "../../protocol/code-location-protocol";
import type { ComputeIOType } from "../compute-logs/compute-log-manager";
import type { RunStatus } from "../run-status";
import type { DaemonType } from "../daemon-storage";
import type { EventData } from "../event-log-storage";
import type { InstigatorStatus, InstigatorType, TickStatus } from "../schedule-storage";

/**
 * One row per run. `id` is the monotonic paging key (newest first = highest id); `run_id` is the public id.
 * Tags are kept here as JSON for cheap reads and in run_tags for filtering.
 */
export const runs = sqliteTable(
  "runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    runId: text("run_id").notNull(),
    jobName: text("job_name").notNull(),
    locationName: text("location_name").notNull(),
    repositoryName: text("repository_name").notNull(),
    status: text("status").$type<RunStatus>().notNull(),
    runConfig: text("run_config", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    tags: text("tags", { mode: "json" }).$type<Record<string, string>>().notNull(),
    opSelection: text("op_selection", { mode: "json" }).$type<string[]>(),
    stepKeysToExecute: text("step_keys_to_execute", { mode: "json" }).$type<string[]>(),
    rootRunId: text("root_run_id"),
    parentRunId: text("parent_run_id"),
    snapshotId: text("snapshot_id"),
    /** Epoch seconds (float), as Dagster serves them. */
    createTime: real("create_time").notNull(),
    updateTime: real("update_time").notNull(),
    startTime: real("start_time"),
    endTime: real("end_time"),
  },
  (t) => [
    uniqueIndex("runs_run_id_idx").on(t.runId),
    index("runs_status_idx").on(t.status, t.id),
    index("runs_job_name_idx").on(t.jobName, t.id),
    index("runs_location_name_idx").on(t.locationName, t.id),
    index("runs_snapshot_id_idx").on(t.snapshotId),
    index("runs_root_run_id_idx").on(t.rootRunId),
    index("runs_create_time_idx").on(t.createTime),
    index("runs_update_time_idx").on(t.updateTime),
  ],
);

/**
 * A run's tags, one row per key. The (key, value, run_id) index covers a tag filter entirely, so filtering
 * runs by tag never joins back through the runs table (Dagster's most common UI timeout).
 */
export const runTags = sqliteTable(
  "run_tags",
  {
    runId: text("run_id").notNull(),
    key: text("key").notNull(),
    value: text("value").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.key] }),
    index("run_tags_key_value_idx").on(t.key, t.value, t.runId),
  ],
);

/** The event log. `id` (AUTOINCREMENT: never reused, even after deletes) is the storageId cursor everywhere. */
export const eventLogs = sqliteTable(
  "event_logs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    runId: text("run_id").notNull(),
    eventType: text("event_type").$type<DagsterEventType>(),
    /** Epoch milliseconds. */
    timestamp: integer("timestamp").notNull(),
    level: text("level").$type<LogLevel>().notNull(),
    message: text("message").notNull(),
    stepKey: text("step_key"),
    data: text("data", { mode: "json" }).$type<EventData>(),
    /** The writer's key for the event (NewEvent.idempotencyKey): a re-sent event is not stored twice. Null for events without one. */
    idempotencyKey: text("idempotency_key"),
  },
  (t) => [
    index("event_logs_run_id_idx").on(t.runId, t.id),
    index("event_logs_event_type_idx").on(t.eventType, t.id),
    // SQLite lets any number of rows hold null in a unique column.
    uniqueIndex("event_logs_idempotency_key_idx").on(t.idempotencyKey),
  ],
);

/** Schedule and sensor state, keyed by selector id (Dagster's `instigators`). */
export const instigators = sqliteTable(
  "instigators",
  {
    selectorId: text("selector_id").primaryKey(),
    name: text("name").notNull(),
    type: text("type").$type<InstigatorType>().notNull(),
    status: text("status").$type<InstigatorStatus>().notNull(),
    locationName: text("location_name").notNull(),
    repositoryName: text("repository_name").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    updateTime: real("update_time").notNull(),
  },
  (t) => [index("instigators_location_idx").on(t.locationName, t.repositoryName, t.type)],
);

/** Schedule and sensor ticks (Dagster's `job_ticks`). */
export const ticks = sqliteTable(
  "ticks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    selectorId: text("selector_id").notNull(),
    instigatorName: text("instigator_name").notNull(),
    type: text("type").$type<InstigatorType>().notNull(),
    status: text("status").$type<TickStatus>().notNull(),
    /** Epoch seconds. */
    timestamp: real("timestamp").notNull(),
    endTimestamp: real("end_timestamp"),
    runIds: text("run_ids", { mode: "json" }).$type<string[]>().notNull(),
    runKeys: text("run_keys", { mode: "json" }).$type<string[]>().notNull(),
    error: text("error", { mode: "json" }).$type<SerializableError>(),
    skipReason: text("skip_reason"),
    cursor: text("cursor"),
    failureCount: integer("failure_count").notNull(),
  },
  (t) => [index("ticks_selector_timestamp_idx").on(t.selectorId, t.timestamp)],
);

/** The latest heartbeat of each daemon type, overwritten on every beat. */
export const daemonHeartbeats = sqliteTable("daemon_heartbeats", {
  daemonType: text("daemon_type").$type<DaemonType>().primaryKey(),
  daemonId: text("daemon_id").notNull(),
  timestamp: real("timestamp").notNull(),
  errors: text("errors", { mode: "json" }).$type<SerializableError[]>().notNull(),
});

/** Small key-value store for daemon cursors. */
export const kvs = sqliteTable("kvs", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** Cached code location snapshots (or load errors), one row per location. */
export const codeLocations = sqliteTable("code_locations", {
  name: text("name").primaryKey(),
  snapshot: text("snapshot", { mode: "json" }).$type<RepositorySnapshot>(),
  loadError: text("load_error", { mode: "json" }).$type<SerializableError>(),
  updateTime: real("update_time").notNull(),
  versionKey: text("version_key").notNull(),
});

/**
 * Captured stdout/stderr when `compute_logs.type` is d1: each stream as chunks at their byte offsets
 * (assigned by the writer, so a chunk delivered twice is ignored). `log_key` is the key's parts joined by "/".
 */
export const computeLogChunks = sqliteTable(
  "compute_log_chunks",
  {
    logKey: text("log_key").notNull(),
    stream: text("stream").$type<ComputeIOType>().notNull(),
    byteOffset: integer("byte_offset").notNull(),
    byteLength: integer("byte_length").notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.logKey, t.stream, t.byteOffset] })],
);

/** Captures whose writer sent everything (Dagster's `.complete` marker file). */
export const computeLogCompletions = sqliteTable("compute_log_completions", {
  logKey: text("log_key").primaryKey(),
  /** Epoch seconds. */
  completeTime: real("complete_time").notNull(),
});

/** API tokens: only the SHA-256 of each secret (unique, the lookup key), never the secret. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    hash: text("hash").notNull(),
    role: text("role").$type<Role>(),
    locationRoles: text("location_roles", { mode: "json" }).$type<Record<string, Role>>().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: real("created_at").notNull(),
    expiresAt: real("expires_at"),
    lastUsedAt: real("last_used_at"),
    revokedAt: real("revoked_at"),
  },
  (t) => [uniqueIndex("api_tokens_hash_idx").on(t.hash)],
);

/** Every state change asked for, allowed or refused. `id` is the paging key (newest first). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    timestamp: real("timestamp").notNull(),
    principal: text("principal").notNull(),
    action: text("action").notNull(),
    target: text("target").notNull(),
    locationName: text("location_name"),
    allowed: integer("allowed", { mode: "boolean" }).notNull(),
    reason: text("reason"),
  },
  (t) => [
    index("audit_log_principal_idx").on(t.principal, t.id),
    index("audit_log_action_idx").on(t.action, t.id),
  ],
);

/** Failed sign-ins per client address in fixed windows (window_start, epoch seconds). */
export const authFailures = sqliteTable(
  "auth_failures",
  {
    clientKey: text("client_key").notNull(),
    windowStart: real("window_start").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientKey, t.windowStart] })],
);
