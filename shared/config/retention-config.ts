/**
 * `retention` in dagflare.yaml: how long schedule and sensor ticks are kept, per tick status, in days
 * (-1 keeps them forever). Dagster's defaults: schedule ticks forever; skipped sensor ticks 7 days, the
 * rest forever.
 * @module
 */
import { z } from "zod";
import { integerField } from "./config-fields";
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
    { skipped: days.optional(), success: days.optional(), failure: days.optional(), started: days.optional() },
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

export const RetentionConfigSchema = yamlMapping({
  schedule: yamlMapping({ purge_after_days: purgeAfterDays({ skipped: -1, success: -1, failure: -1, started: -1 }).prefault({}) }).prefault({}),
  sensor: yamlMapping({ purge_after_days: purgeAfterDays({ skipped: 7, success: -1, failure: -1, started: -1 }).prefault({}) }).prefault({}),
});

export type RetentionConfig = Resolved<z.output<typeof RetentionConfigSchema>>;
export type TickRetention = RetentionConfig["schedule"]["purgeAfterDays"];
