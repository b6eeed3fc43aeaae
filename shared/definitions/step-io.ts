/**
 * Checks what flows into and out of one step against the op's zod schemas: its config slice of the run
 * config, its resources' config, its inputs and its outputs. Every error names the value's path.
 * @module
 */
import { z } from "zod";
import { DagflareError } from "../errors/dagflare-error";
import type { ResourceDefinition } from "./define-resource";
import { formatZodIssues } from "../errors/format-zod-issues";
import type { JobNode } from "./graph-recorder";
import { TypeCheckError } from "./type-check-error";

const ConfigSlotsSchema = z.record(z.string(), z.object({ config: z.unknown() }).partial());
const RunConfigSlicesSchema = z.object({ ops: ConfigSlotsSchema.optional(), resources: ConfigSlotsSchema.optional() });

/** Parses `value`, or throws `fail(issues)` with each issue's path under `path` (e.g. `ops.extract.config.limit`). */
async function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, path: string, fail: (issues: string) => Error): Promise<z.output<S>> {
  const parsed = await schema.safeParseAsync(value);
  if (!parsed.success) throw fail(formatZodIssues(parsed.error, path));
  return parsed.data;
}

const runConfigError = (issues: string): DagflareError => new DagflareError("INVALID_RUN_CONFIG", `invalid run config: ${issues}`);

function typeCheckError(node: JobNode): (issues: string) => TypeCheckError {
  return (issues) => new TypeCheckError(`op "${node.name}": ${issues}`);
}

/** A resource to create for the step, with its config already checked. */
export type PreparedResource = { readonly key: string; readonly definition: ResourceDefinition; readonly config: unknown };

/**
 * The node's config (defaults applied; `{}` when the op takes none) and its required resources' configs.
 * @throws DagflareError INVALID_RUN_CONFIG naming the key path that is wrong.
 */
export async function parseStepConfig(
  node: JobNode,
  resources: Readonly<Record<string, ResourceDefinition>>,
  runConfig: Readonly<Record<string, unknown>>,
): Promise<{ config: unknown; resources: PreparedResource[] }> {
  const { ops, resources: resourceSlots } = await parseOrThrow(RunConfigSlicesSchema, runConfig, "", runConfigError);
  const config = node.op.config ? await parseOrThrow(node.op.config, ops?.[node.name]?.config ?? {}, `ops.${node.name}.config`, runConfigError) : {};
  const prepared = await Promise.all(
    node.op.requiredResources.map(async (key) => {
      const definition = resources[key];
      if (definition === undefined) throw new DagflareError("INVALID_DEFINITION", `op "${node.op.name}" requires resource "${key}", which the job does not provide`);
      const raw = resourceSlots?.[key]?.config ?? {};
      const value = definition.config ? await parseOrThrow(definition.config, raw, `resources.${key}.config`, runConfigError) : {};
      return { key, definition, config: value };
    }),
  );
  return { config, resources: prepared };
}

/**
 * The node's input values, parsed by their schemas.
 * @throws TypeCheckError naming the node and the input (`inputs.<name>...`).
 */
export async function parseStepInputs(node: JobNode, inputs: Readonly<Record<string, unknown>>): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(node.op.ins).map(async ([name, schema]) => {
      return [name, await parseOrThrow(schema, inputs[name], `inputs.${name}`, typeCheckError(node))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * The outputs `fn` returned, parsed by their schemas; an optional output left out is absent, and
 * undefined becomes null so JSON and RPC carry the same value.
 * @throws TypeCheckError naming the node and the output (`outputs.<name>...`).
 */
export async function parseStepOutputs(node: JobNode, returned: unknown): Promise<Record<string, unknown>> {
  const { op } = node;
  const declared = Object.keys(op.outs);
  const values = op.singleOutput ? new Map([["result", returned]]) : outputMap(node.name, returned, declared);
  const outputs: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(op.outs)) {
    const value = values.get(name);
    if (value === undefined && schema instanceof z.ZodOptional) continue;
    outputs[name] = (await parseOrThrow(schema, value, `outputs.${name}`, typeCheckError(node))) ?? null;
  }
  return outputs;
}

function outputMap(nodeName: string, returned: unknown, declared: readonly string[]): Map<string, unknown> {
  if (typeof returned !== "object" || returned === null || Array.isArray(returned)) {
    throw new TypeCheckError(`op "${nodeName}" must return an object with its outputs (${declared.join(", ")}), got ${Array.isArray(returned) ? "an array" : String(returned)}`);
  }
  const values = new Map(Object.entries(returned));
  const unknown = [...values.keys()].filter((name) => !declared.includes(name));
  if (unknown.length > 0) throw new TypeCheckError(`op "${nodeName}" returned unknown output(s) ${unknown.join(", ")} (declared outputs: ${declared.join(", ")})`);
  return values;
}
