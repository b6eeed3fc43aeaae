/**
 * Dagster's event types, under the names GraphQL exposes (RUN_* rather than the stored PIPELINE_*).
 * @module
 */

export const DAGSTER_EVENT_TYPES = [
  "RUN_ENQUEUED",
  "RUN_DEQUEUED",
  "RUN_STARTING",
  "RUN_START",
  "RUN_SUCCESS",
  "RUN_FAILURE",
  "RUN_CANCELING",
  "RUN_CANCELED",
  "STEP_START",
  "STEP_SUCCESS",
  "STEP_FAILURE",
  "STEP_SKIPPED",
  "STEP_INPUT",
  "STEP_OUTPUT",
  "STEP_UP_FOR_RETRY",
  "STEP_RESTARTED",
  "HANDLED_OUTPUT",
  "LOADED_INPUT",
  "ASSET_MATERIALIZATION",
  "ASSET_OBSERVATION",
  "ENGINE_EVENT",
  "LOGS_CAPTURED",
  "HOOK_COMPLETED",
  "HOOK_ERRORED",
  "HOOK_SKIPPED",
] as const;

export type DagsterEventType = (typeof DAGSTER_EVENT_TYPES)[number];

export const LOG_LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Event types that fail a run or a step are logged at ERROR, as in Dagster. */
export const FAILURE_EVENT_TYPES: ReadonlySet<DagsterEventType> = new Set([
  "RUN_FAILURE",
  "STEP_FAILURE",
  "RUN_CANCELED",
]);
