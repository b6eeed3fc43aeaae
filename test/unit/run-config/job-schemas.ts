// zod schemas of a realistic job's run config, turned into JSON Schema exactly as a code location does.
import { z } from "zod";
import { JsonSchemaSchema, type JsonSchema } from "../../../shared/protocol/code-location-protocol";

export const ExtractConfig = z.object({
  source_url: z.string().describe("Where to fetch the data from"),
  limit: z.number().int().min(1).default(10),
  ratio: z.number().optional(),
  verbose: z.boolean().default(false),
  mode: z.enum(["fast", "slow"]).default("fast"),
  tags: z.array(z.string()).default([]),
  headers: z.record(z.string(), z.string()).optional(),
  proxy: z.string().nullable().default(null),
  options: z.object({ depth: z.number().int().default(2), follow: z.boolean().optional() }),
});

export const LoadConfig = z.object({
  table: z.string(),
  columns: z.array(z.object({ name: z.string(), type: z.enum(["int", "text"]) })),
  auth: z
    .union([
      z.object({ token: z.string(), header: z.string().default("Authorization") }),
      z.object({ user: z.string(), password: z.string() }),
    ])
    .optional(),
  sink: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("table") }),
      z.object({ kind: z.literal("file"), path: z.string() }),
    ])
    .optional(),
  source: z.union([z.string(), z.object({ path: z.string() })]).optional(),
});

export const ExecutionConfig = z.union([
  z.strictObject({ in_process: z.strictObject({}) }),
  z.strictObject({ multi: z.strictObject({ max_concurrent: z.number().int().min(1).optional() }) }),
]);

export const JobRunConfig = z.strictObject({
  ops: z.strictObject({
    extract: z.strictObject({ config: ExtractConfig }),
    load: z.strictObject({ config: LoadConfig }),
  }),
  resources: z
    .strictObject({
      warehouse: z.strictObject({
        config: z.object({ dsn: z.string().optional(), pool: z.number().int().default(5) }),
      }),
    })
    .optional(),
  execution: z.strictObject({ config: ExecutionConfig }).default({ config: { in_process: {} } }),
});

/** What a code location sends for a zod run config schema. */
export function toSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  return JsonSchemaSchema.parse(z.toJSONSchema(schema, { io }));
}

export const jobSchema = toSchema(JobRunConfig);

/** A run config of JobRunConfig with every required entry given. */
export function validJobConfig(): Record<string, unknown> {
  return {
    ops: {
      extract: { config: { source_url: "https://example.com/data.csv" } },
      load: { config: { table: "events", columns: [{ name: "id", type: "int" }] } },
    },
  };
}
