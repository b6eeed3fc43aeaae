/**
 * The run config of a job as one zod schema, converted once to JSON Schema so the webserver can check
 * and complete run configs without running user code: `ops.<node>.config`, `resources.<key>.config`
 * and `execution.config` (in_process | multi | remote | container), strict like Dagster's config system.
 * @module
 */
import { z } from "zod";
import type { JsonSchema } from "../protocol/code-location-protocol";
import { IO_MANAGER_KEY } from "../io-manager/io-manager";
import { IOManagerConfigSchema } from "../io-manager/io-manager-config";
import { CREDENTIAL_IN_RUN_CONFIG, isPlainCredentialHeader } from "../run-config/credential-headers";
import type { ResourceDefinition } from "./define-resource";
import type { JobNode } from "./graph-recorder";

/** Dagster's `retries: { enabled: {} } | { disabled: {} }`: disabled ignores every op's retry policy. */
const RetriesConfigSchema = z
  .xor([z.strictObject({ enabled: z.strictObject({}) }), z.strictObject({ disabled: z.strictObject({}) })])
  .optional();

/** How the multi executor and the step-server executors schedule steps within one run. */
const ConcurrencyConfigShape = {
  max_concurrent: z.number().int().min(1).optional(),
  tag_concurrency_limits: z
    .array(z.strictObject({ key: z.string(), value: z.string().optional(), limit: z.number().int().min(0) }))
    .optional(),
  retries: RetriesConfigSchema,
};

/**
 * A header value: text, or `{ env: NAME }`, read from the run worker's environment when the run starts.
 * Only names under STEP_SERVER_ are read: whoever launches a run chooses the URL the headers go to, so
 * a run config must not be able to send the worker's other secrets (its instance token...) there.
 */
export const HeaderValueSchema = z.union([
  z.string(),
  z.strictObject({
    env: z
      .string()
      .regex(
        /^STEP_SERVER_[A-Z0-9_]+$/,
        "expected a variable named STEP_SERVER_<NAME>: only those are read from the run worker's environment",
      ),
  }),
]);

/** Step request headers; a credential is a `{ env: NAME }` reference, never its value (see credential-headers.ts). */
const StepServerHeadersSchema = z.record(z.string(), HeaderValueSchema).superRefine((headers, ctx) => {
  for (const [name, value] of Object.entries(headers)) {
    if (isPlainCredentialHeader(name, value)) {
      ctx.addIssue({ code: "custom", path: [name], message: CREDENTIAL_IN_RUN_CONFIG });
    }
  }
});

/** Where the step-server executors send each step (the code location protocol's executeStep over HTTP). */
const StepServerConfigShape = {
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
  /** Sent with every step request, e.g. `Authorization: { env: STEP_SERVER_AUTH }` (`Bearer <the service's token>`). */
  headers: StepServerHeadersSchema.optional(),
  ...ConcurrencyConfigShape,
};

/**
 * `execution.config`: exactly one of in_process, multi (Dagster's multiprocess executor), remote (each
 * step on a step server at `url`) or container (each step in its own container, through the container
 * Worker at `url`).
 */
export const ExecutionConfigSchema = z.strictObject({
  config: z.xor([
    z.strictObject({ in_process: z.strictObject({ retries: RetriesConfigSchema }) }),
    z.strictObject({ multi: z.strictObject(ConcurrencyConfigShape) }),
    z.strictObject({ remote: z.strictObject(StepServerConfigShape) }),
    z.strictObject({ container: z.strictObject(StepServerConfigShape) }),
  ]),
});

/** False only when the executor config says `retries: { disabled: {} }`. */
export function retriesEnabled(config: { retries?: z.infer<typeof RetriesConfigSchema> }): boolean {
  return !(config.retries && "disabled" in config.retries);
}

/** True when the schema rejects an empty config, i.e. the user must write something. */
export function configRequired(schema: z.ZodType): boolean {
  return !schema.safeParse({}).success;
}

/** A strict `{ <name>: { config } }` section, required only when some entry's config is. */
function configSection(
  entries: ReadonlyArray<readonly [string, z.ZodType]>,
  optionalEntries: z.ZodRawShape = {},
): z.ZodType {
  const shape = Object.fromEntries(
    entries.map(([name, schema]) => {
      const required = configRequired(schema);
      const entry = z.strictObject({ config: required ? schema : schema.optional() });
      return [name, required ? entry : entry.optional()];
    }),
  );
  const section = z.strictObject({ ...shape, ...optionalEntries });
  return entries.some(([, schema]) => configRequired(schema)) ? section : section.optional();
}

/** The zod schema of a job's whole run config. Only resources its ops require appear, and the run's IO manager. */
export function buildRunConfigSchema(
  nodes: readonly JobNode[],
  resources: Readonly<Record<string, ResourceDefinition>>,
): z.ZodType {
  const opEntries = nodes.flatMap((node) => (node.op.config ? [[node.name, node.op.config] as const] : []));
  const required = new Set(nodes.flatMap((node) => node.op.requiredResources));
  const resourceEntries = [...required].sort().flatMap((key) => {
    const config = resources[key]?.runConfigSchema;
    return config ? [[key, config] as const] : [];
  });
  // Never required: without it a run keeps its outputs in the run worker's storage.
  const ioManager = {
    [IO_MANAGER_KEY]: z.strictObject({ config: IOManagerConfigSchema.optional() }).optional(),
  };
  return z.strictObject({
    ops: configSection(opEntries),
    resources: configSection(resourceEntries, ioManager),
    execution: ExecutionConfigSchema.optional(),
  });
}

/**
 * JSON Schema (draft 2020-12) of what a user writes for `schema`: defaults kept and not required.
 * Objects that do not say otherwise get `additionalProperties: false`, so a typo in a config key is an
 * error as in Dagster; `z.looseObject` keeps an object open.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const json: JsonSchema = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  closeObjects(json);
  return json;
}

/** Keywords whose value is a schema, a list of schemas, or a map of schemas. */
const SUBSCHEMA_KEYWORDS = ["items", "prefixItems", "anyOf", "oneOf", "allOf", "not", "additionalProperties"];
const SCHEMA_MAP_KEYWORDS = ["properties", "$defs", "patternProperties"];

function closeObjects(schema: unknown): void {
  if (Array.isArray(schema)) schema.forEach(closeObjects);
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return;
  if ("properties" in schema && !("additionalProperties" in schema))
    Object.assign(schema, { additionalProperties: false });
  const record: Record<string, unknown> = { ...schema };
  for (const keyword of SUBSCHEMA_KEYWORDS) closeObjects(record[keyword]);
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = record[keyword];
    if (typeof map === "object" && map !== null) Object.values(map).forEach(closeObjects);
  }
}

/** The value made only of the `default`s in a JSON Schema (undefined when there are none). */
export function defaultsOf(schema: unknown): unknown {
  if (typeof schema !== "object" || schema === null) return undefined;
  if ("default" in schema) return schema.default;
  if (!("properties" in schema) || typeof schema.properties !== "object" || schema.properties === null)
    return undefined;
  const entries = Object.entries(schema.properties).flatMap(([key, child]) => {
    const value = defaultsOf(child);
    return value === undefined ? [] : [[key, value] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
