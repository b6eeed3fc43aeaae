/**
 * dagflare.yaml, Dagster's dagster.yaml: which implementation backs each component and how the daemons
 * behave. YAML keys are snake_case; the parsed value has the same structure with camelCase keys
 * (`run_coordinator.max_concurrent_runs` → `runCoordinator.maxConcurrentRuns`), except inside free-form
 * maps (headers, env_vars), whose keys are kept. Each component is a union on `type`: adding a backend is
 * one more schema in its union. Any scalar may be `{ env: NAME }`, read from the Worker's env per call.
 * @module
 */
import { z } from "zod";
import { AuthConfigSchema } from "./auth-config";
import { ConcurrencyConfigSchema } from "./concurrency-config";
import { bindingNameField, booleanField, integerField, secondsField, stringField } from "./config-fields";
import { displayYamlConfig, readYamlConfig, type ConfigFileDefinition } from "./load-yaml-config";
import type { Resolved } from "./pending-env-value";
import { asResolved } from "./resolve-env-values";
import { RetentionConfigSchema } from "./retention-config";
import { RunCoordinatorConfigSchema } from "./run-coordinator-config";
import { RunLauncherConfigSchema } from "./run-launcher-config";
import { NOT_A_MAPPING, yamlMapping } from "./yaml-mapping";

/**
 * Where runs, events, schedules and daemon state live: `d1` (the default, Dagster's SQLite) or `postgres`
 * (Dagster's PostgreSQL), reached through the Hyperdrive binding `binding`.
 */
export const StorageConfigSchema = z.discriminatedUnion(
  "type",
  [
    yamlMapping({ type: z.literal("d1"), binding: bindingNameField().default("DB") }),
    yamlMapping({ type: z.literal("postgres"), binding: bindingNameField().default("HYPERDRIVE") }),
  ],
  NOT_A_MAPPING,
);

/**
 * Where step stdout/stderr go: `r2` (the default, Dagster's blob-store compute log managers; `wrangler dev`
 * simulates the bucket locally), `d1` (no bucket: small logs in the database), `postgres` (the same in
 * the PostgreSQL storage database) or `noop`.
 */
export const ComputeLogsConfigSchema = z.discriminatedUnion(
  "type",
  [
    yamlMapping({
      type: z.literal("r2"),
      binding: bindingNameField().default("COMPUTE_LOGS"),
      prefix: stringField().default("compute_logs"),
    }),
    yamlMapping({ type: z.literal("d1") }),
    yamlMapping({ type: z.literal("postgres") }),
    yamlMapping({ type: z.literal("noop") }),
  ],
  NOT_A_MAPPING,
);

export const RunMonitoringConfigSchema = yamlMapping({
  enabled: booleanField().default(true),
  start_timeout_seconds: secondsField("positive").default(180),
  cancel_timeout_seconds: secondsField("positive").default(180),
  /** 0 = no limit. */
  max_runtime_seconds: secondsField("non-negative").default(0),
  max_resume_run_attempts: integerField(0).default(0),
  poll_interval_seconds: secondsField("positive").default(120),
});

export const RunRetriesConfigSchema = yamlMapping({
  enabled: booleanField().default(false),
  max_retries: integerField(0).default(0),
  retry_on_asset_or_op_failure: booleanField().default(true),
});

export const SchedulesConfigSchema = yamlMapping({
  max_catchup_runs: integerField(0).default(5),
  max_tick_retries: integerField(0).default(0),
});

export const SensorsConfigSchema = yamlMapping({
  default_minimum_interval_seconds: secondsField("positive").default(30),
});

export const InstanceConfigSchema = yamlMapping({
  storage: StorageConfigSchema.prefault({ type: "d1" }),
  run_coordinator: RunCoordinatorConfigSchema.prefault({ type: "queued" }),
  run_launcher: RunLauncherConfigSchema.prefault({ type: "durable_object" }),
  compute_logs: ComputeLogsConfigSchema.prefault({ type: "r2" }),
  run_monitoring: RunMonitoringConfigSchema.prefault({}),
  run_retries: RunRetriesConfigSchema.prefault({}),
  schedules: SchedulesConfigSchema.prefault({}),
  sensors: SensorsConfigSchema.prefault({}),
  retention: RetentionConfigSchema.prefault({}),
  concurrency: ConcurrencyConfigSchema.prefault({}),
  /** Absent: only localhost is served (see auth-config.ts). */
  auth: AuthConfigSchema.optional(),
});

export const INSTANCE_CONFIG_FILE: ConfigFileDefinition<typeof InstanceConfigSchema> = {
  schema: InstanceConfigSchema,
};

export type InstanceConfig = Resolved<z.output<typeof InstanceConfigSchema>>;
export type StorageConfig = InstanceConfig["storage"];
export type ComputeLogsConfig = InstanceConfig["computeLogs"];
export type RunMonitoringConfig = InstanceConfig["runMonitoring"];
export type RunRetriesConfig = InstanceConfig["runRetries"];
export type SchedulesConfig = InstanceConfig["schedules"];
export type SensorsConfig = InstanceConfig["sensors"];
export type {
  RunCoordinatorConfig,
  QueuedRunCoordinatorConfig,
  TagConcurrencyLimit,
} from "./run-coordinator-config";
export type {
  RunLauncherConfig,
  RemoteRunLauncherConfig,
  ContainerRunLauncherConfig,
} from "./run-launcher-config";
export type { RetentionConfig, TickRetention } from "./retention-config";
export type { PoolsConfig, PoolGranularity } from "./concurrency-config";

/**
 * Parses dagflare.yaml text (or the DAGFLARE_INSTANCE_YAML var) into a frozen config with every default
 * filled and every `{ env: NAME }` read from `env`. Absent or empty text means all defaults. Pure: call it
 * with each request's env; nothing is read at import time.
 * @throws ConfigError listing every problem, including unset variables, with key path and line:column.
 */
export function loadInstanceConfig(
  text: string | null | undefined,
  options: { source: string; env: Record<string, unknown> },
): InstanceConfig {
  const { value } = readYamlConfig(text, INSTANCE_CONFIG_FILE, {
    source: options.source,
    lookup: { env: options.env, unset: "error" },
  });
  return asResolved(value);
}

/**
 * The effective instance config for the UI: snake_case keys as in the file, every default filled, every
 * `{ env: NAME }` kept as the reference (no env is read, so no secret can leak).
 * @throws ConfigError if the text is invalid in any way that does not depend on the env.
 */
export function instanceConfigForDisplay(
  text: string | null | undefined,
  source: string,
): Record<string, unknown> {
  return displayYamlConfig(text, INSTANCE_CONFIG_FILE, source);
}
