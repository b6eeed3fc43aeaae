/**
 * `run_coordinator` in dagflare.yaml: how submitted runs reach the launcher. `queued` (the default, as in
 * Dagster >= 1.10) parks runs as QUEUED and the daemon dequeues them within the limits below; `immediate`
 * has the webserver launch at once, for a deployment without the daemon.
 * @module
 */
import { z } from "zod";
import { booleanField, integerField, listOf, secondsField, stringField } from "./config-fields";
import { PendingEnvValue, type Resolved } from "./pending-env-value";
import { NOT_A_MAPPING, yamlMapping } from "./yaml-mapping";

type EnvText = z.output<ReturnType<typeof stringField>>;
type EnvBoolean = z.output<ReturnType<typeof booleanField>>;
type EnvInteger = z.output<ReturnType<typeof integerField>>;

const TagConcurrencyLimitInputSchema = z.strictObject(
  {
    key: stringField({ regex: /\S/, expected: "expected a non-empty tag key" }),
    /** A value to limit, or Dagster's nested `{ applyLimitPerUniqueValue }`. */
    value: z
      .union([stringField(), z.strictObject({ applyLimitPerUniqueValue: booleanField() }, NOT_A_MAPPING)])
      .optional(),
    /** The flat spelling of Dagster's nested form. */
    applyLimitPerUniqueValue: booleanField().optional(),
    limit: integerField(0),
  },
  NOT_A_MAPPING,
);

/**
 * One tag limit, accepted in Dagster's nested form (`value: { applyLimitPerUniqueValue: true }`) or flat
 * (`applyLimitPerUniqueValue: true` beside `key`), parsed to one shape: without `value` and with
 * `perUniqueValue` false, at most `limit` runs carrying the key at all; with `value`, runs with key=value;
 * with `perUniqueValue`, `limit` runs for each distinct value of the key.
 */
export const TagConcurrencyLimitSchema = z.codec(
  TagConcurrencyLimitInputSchema,
  z.custom<{ key: EnvText; value?: EnvText; perUniqueValue: EnvBoolean; limit: EnvInteger }>(),
  {
    decode: ({ key, value, applyLimitPerUniqueValue, limit }, ctx) => {
      const isText = typeof value === "string" || value instanceof PendingEnvValue;
      if (value !== undefined && applyLimitPerUniqueValue !== undefined) {
        const message = isText
          ? "applyLimitPerUniqueValue cannot be combined with a specific value: it sets a separate limit for each value of the key"
          : "give applyLimitPerUniqueValue either inside value (Dagster's form) or beside key, not both";
        ctx.issues.push({
          code: "custom",
          message,
          input: applyLimitPerUniqueValue,
          path: ["applyLimitPerUniqueValue"],
        });
        return z.NEVER;
      }
      if (isText) return { key, value, perUniqueValue: false, limit };
      return {
        key,
        perUniqueValue: value?.applyLimitPerUniqueValue ?? applyLimitPerUniqueValue ?? false,
        limit,
      };
    },
    encode: ({ key, value, perUniqueValue, limit }) => ({
      key,
      ...(value !== undefined && { value }),
      ...(perUniqueValue !== false && { applyLimitPerUniqueValue: perUniqueValue }),
      limit,
    }),
  },
);

export const QueuedRunCoordinatorConfigSchema = yamlMapping({
  type: z.literal("queued"),
  /** Runs in progress at once (STARTING, STARTED, CANCELING); -1 is unlimited, 0 launches nothing. */
  max_concurrent_runs: integerField(-1).default(10),
  tag_concurrency_limits: listOf(TagConcurrencyLimitSchema).default([]),
  /** How often the daemon looks at the queue. */
  dequeue_interval_seconds: secondsField("positive").default(5),
  /**
   * Dagster's op-concurrency-aware dequeueing (on by default since 1.10): a run whose first steps are all
   * in pools with no free slot stays queued; `op_concurrency_slot_buffer` lets that many more runs through.
   */
  block_op_concurrency_limited_runs: yamlMapping({
    enabled: booleanField().default(true),
    op_concurrency_slot_buffer: integerField(0).default(0),
  }).prefault({}),
});

export const ImmediateRunCoordinatorConfigSchema = yamlMapping({ type: z.literal("immediate") });

export const RunCoordinatorConfigSchema = z.discriminatedUnion(
  "type",
  [QueuedRunCoordinatorConfigSchema, ImmediateRunCoordinatorConfigSchema],
  NOT_A_MAPPING,
);

export type TagConcurrencyLimit = Resolved<z.output<typeof TagConcurrencyLimitSchema>>;
export type QueuedRunCoordinatorConfig = Resolved<z.output<typeof QueuedRunCoordinatorConfigSchema>>;
export type RunCoordinatorConfig = Resolved<z.output<typeof RunCoordinatorConfigSchema>>;
