/**
 * `retention` in dagflare.yaml: how long schedule and sensor ticks are kept, per tick status, in days
 * (-1 keeps them forever). Dagster's defaults: schedule ticks forever; skipped sensor ticks 7 days, the
 * rest forever. Also how long finished runs are kept (with their events, tags and captured logs) and how
 * long the debug and info log lines of finished runs are, both forever by default; the retention
 * sub-daemon purges them in bounded batches.
 * @module
 */
import { z } from "zod";
import { integerField, secondsField } from "./config-fields";
import { PendingEnvValue, type Resolved } from "./pending-env-value";
import { NOT_A_MAPPING, yamlMapping } from "./yaml-mapping";

const days = integerField(-1);
type Days = z.output<typeof days>;
type ByTickStatus = { skipped: Days; success: Days; failure: Days; started: Days };

/**
 * `purge_after_days`: one number for every status, or `{ skipped?, success?, failure?, started? }` with
 * the others at their defaults; parsed to all four.
 */
function purgeAfterDays(defaults: ByTickStatus) {
  const byStatus = z.strictObject(
    {
      skipped: days.optional(),
      success: days.optional(),
      failure: days.optional(),
      started: days.optional(),
    },
    NOT_A_MAPPING,
  );
  return z.codec(z.union([days, byStatus]), z.custom<ByTickStatus>(), {
    decode: (value) =>
      typeof value === "number" || value instanceof PendingEnvValue
        ? { skipped: value, success: value, failure: value, started: value }
        : {
            skipped: value.skipped ?? defaults.skipped,
            success: value.success ?? defaults.success,
            failure: value.failure ?? defaults.failure,
            started: value.started ?? defaults.started,
          },
    encode: (value) => value,
  });
}

type ByRunEnd = { success: Days; failure: Days; canceled: Days };

/** Runs' `purge_after_days`: one number for every finished status, or `{ success?, failure?, canceled? }` (others forever). */
function runsPurgeAfterDays() {
  const byStatus = z.strictObject(
    { success: days.optional(), failure: days.optional(), canceled: days.optional() },
    NOT_A_MAPPING,
  );
  return z.codec(z.union([days, byStatus]), z.custom<ByRunEnd>(), {
    decode: (value) =>
      typeof value === "number" || value instanceof PendingEnvValue
        ? { success: value, failure: value, canceled: value }
        : { success: value.success ?? -1, failure: value.failure ?? -1, canceled: value.canceled ?? -1 },
    encode: (value) => value,
  });
}

export const RetentionConfigSchema = yamlMapping({
  schedule: yamlMapping({
    purge_after_days: purgeAfterDays({ skipped: -1, success: -1, failure: -1, started: -1 }).prefault({}),
  }).prefault({}),
  sensor: yamlMapping({
    purge_after_days: purgeAfterDays({ skipped: 7, success: -1, failure: -1, started: -1 }).prefault({}),
  }).prefault({}),
  /** Finished runs, by how long ago they ended: deleted with their events, tags and captured logs. */
  runs: yamlMapping({ purge_after_days: runsPurgeAfterDays().prefault(-1) }).prefault({}),
  /** DEBUG and INFO log lines and engine events of finished runs, by age; what run and step stats read stays. */
  event_log: yamlMapping({ purge_after_days: days.default(-1) }).prefault({}),
  /** How often the retention sub-daemon runs a pass, and how much one pass may delete (so it never holds the daemon long). */
  purge_interval_seconds: secondsField("positive").default(300),
  max_runs_per_pass: integerField(1).default(50),
  max_events_per_pass: integerField(1).default(10_000),
});

export type RetentionConfig = Resolved<z.output<typeof RetentionConfigSchema>>;
export type TickRetention = RetentionConfig["schedule"]["purgeAfterDays"];
export type RunRetention = RetentionConfig["runs"]["purgeAfterDays"];
