/**
 * Checks what flows into and out of one step against the op's zod schemas: its config slice of the run
 * config, its resources' config, its inputs and its outputs. Every error names the value's path.
 * @module
 */
import { z } from "zod";
import { DagflareError } from "../errors/dagflare-error";
import type { ResourceDefinition } from "./define-resource";
import { isEnvVarRef, readEnvVar } from "./env-var";
import { formatZodIssues } from "../errors/format-zod-issues";
import type { JobNode } from "./graph-recorder";
import {
  DagsterInvariantViolationError,
  DagsterStepOutputNotFoundError,
  DynamicOutput,
  Output,
  YieldedOutputs,
} from "./outputs";
import { TypeCheckError } from "./type-check-error";

const ConfigSlotsSchema = z.record(z.string(), z.object({ config: z.unknown() }).partial());
const RunConfigSlicesSchema = z.object({
  ops: ConfigSlotsSchema.optional(),
  resources: ConfigSlotsSchema.optional(),
});

/** Parses `value`, or throws `fail(issues)` with each issue's path under `path` (e.g. `ops.extract.config.limit`). */
async function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  path: string,
  fail: (issues: string) => Error,
): Promise<z.output<S>> {
  const parsed = await schema.safeParseAsync(value);
  if (!parsed.success) throw fail(formatZodIssues(parsed.error, path));
  return parsed.data;
}

const runConfigError = (issues: string): DagflareError =>
  new DagflareError("INVALID_RUN_CONFIG", `invalid run config: ${issues}`);

function typeCheckError(node: JobNode): (issues: string) => TypeCheckError {
  return (issues) => new TypeCheckError(`op "${node.name}": ${issues}`);
}

/** A resource to create for the step, with its config already checked and its dependencies prepared. */
export type PreparedResource = {
  readonly key: string;
  readonly definition: ResourceDefinition;
  readonly config: unknown;
  readonly resources: readonly PreparedResource[];
};

/** Configured values with their env var references read, under the run config's own values. */
function resourceConfigInput(definition: ResourceDefinition, runConfigValue: unknown, path: string): unknown {
  const configured = Object.fromEntries(
    Object.entries(definition.values).map(([name, value]) => [
      name,
      isEnvVarRef(value) ? readEnvVar(value, `${path}.${name}`) : value,
    ]),
  );
  const given = typeof runConfigValue === "object" && runConfigValue !== null ? runConfigValue : {};
  return { ...configured, ...given };
}

/** `definition` at `path` (`resources.<key>`, nested: `resources.<key>.resources.<dep>`) with what it depends on. */
async function prepareResource(
  key: string,
  definition: ResourceDefinition,
  runConfigValue: unknown,
  path: string,
): Promise<PreparedResource> {
  const input = resourceConfigInput(definition, runConfigValue, `${path}.config`);
  const config = definition.config
    ? await parseOrThrow(definition.config, input, `${path}.config`, runConfigError)
    : {};
  const resources = await Promise.all(
    Object.entries(definition.resources).map(([depKey, dep]) =>
      prepareResource(depKey, dep, undefined, `${path}.resources.${depKey}`),
    ),
  );
  return { key, definition, config, resources };
}

/** Creates a prepared resource after the resources it depends on. */
export async function createResource(prepared: PreparedResource): Promise<unknown> {
  const dependencies = await Promise.all(
    prepared.resources.map(async (dep) => [dep.key, await createResource(dep)] as const),
  );
  return prepared.definition.create({ config: prepared.config, resources: Object.fromEntries(dependencies) });
}

/**
 * The node's config (defaults applied; `{}` when the op takes none) and its required resources' configs.
 * @throws DagflareError INVALID_RUN_CONFIG naming the key path that is wrong.
 */
export async function parseStepConfig(
  node: JobNode,
  resources: Readonly<Record<string, ResourceDefinition>>,
  runConfig: Readonly<Record<string, unknown>>,
): Promise<{ config: unknown; resources: PreparedResource[] }> {
  const { ops, resources: resourceSlots } = await parseOrThrow(
    RunConfigSlicesSchema,
    runConfig,
    "",
    runConfigError,
  );
  const config = node.op.config
    ? await parseOrThrow(
        node.op.config,
        ops?.[node.name]?.config ?? {},
        `ops.${node.name}.config`,
        runConfigError,
      )
    : {};
  const prepared = await Promise.all(
    node.op.requiredResources.map(async (key) => {
      const definition = resources[key];
      if (definition === undefined)
        throw new DagflareError(
          "INVALID_DEFINITION",
          `op "${node.op.name}" requires resource "${key}", which the job does not provide`,
        );
      return prepareResource(key, definition, resourceSlots?.[key]?.config, `resources.${key}`);
    }),
  );
  return { config, resources: prepared };
}

/**
 * The node's input values, parsed by their schemas.
 * @throws TypeCheckError naming the node and the input (`inputs.<name>...`).
 */
export async function parseStepInputs(
  node: JobNode,
  inputs: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(node.op.ins).map(async ([name, schema]) => {
      return [
        name,
        await parseOrThrow(schema, inputs[name], `inputs.${name}`, typeCheckError(node)),
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** A step's checked outputs: plain ones by name, dynamic ones as their values under mapping keys. */
export type StepOutputs = {
  outputs: Record<string, unknown>;
  dynamicOutputs: Record<string, { mappingKey: string; value: unknown }[]>;
};

/**
 * The outputs `fn` returned or yielded, parsed by their schemas; an output that is not required and was
 * left out is absent, and undefined becomes null so JSON and RPC carry the same value.
 * @throws TypeCheckError naming the node and the output (`outputs.<name>...`).
 * @throws DagsterStepOutputNotFoundError when a required output is missing (Dagster's message).
 * @throws DagsterInvariantViolationError when a dynamic output repeats a mapping key.
 */
export async function parseStepOutputs(node: JobNode, returned: unknown): Promise<StepOutputs> {
  const { op } = node;
  const declared = Object.keys(op.outs);
  const generated = returned instanceof YieldedOutputs;
  if (generated) checkYieldedNames(node, returned);
  const values = generated
    ? returned.values
    : op.singleOutput
      ? new Map([["result", unwrapOutput(returned)]])
      : outputMap(node.name, returned, declared);
  const result: StepOutputs = { outputs: {}, dynamicOutputs: {} };
  for (const [name, schema] of Object.entries(op.outs)) {
    const mode = op.outputModes[name] ?? { isRequired: true, isDynamic: false };
    const given = mode.isDynamic && generated ? returned.dynamic.get(name) : values.get(name);
    // A single output's value is whatever fn returned, even undefined; a named or yielded one can be left out.
    const absent =
      given === undefined && (generated || !op.singleOutput || mode.isDynamic || !mode.isRequired);
    if (absent) {
      if (mode.isRequired)
        throw new DagsterStepOutputNotFoundError(
          `Core compute for op "${op.name}" did not return an output for non-optional output "${name}"`,
        );
      continue;
    }
    if (mode.isDynamic) result.dynamicOutputs[name] = await parseDynamicValues(node, name, schema, given);
    else
      result.outputs[name] =
        (await parseOrThrow(schema, given, `outputs.${name}`, typeCheckError(node))) ?? null;
  }
  return result;
}

/** A generator yields Output for declared plain outputs and DynamicOutput for dynamic ones only. */
function checkYieldedNames(node: JobNode, yielded: YieldedOutputs): void {
  const declared = Object.keys(node.op.outs).join(", ");
  const check = (name: string, dynamic: boolean): void => {
    const mode = node.op.outputModes[name];
    if (mode === undefined)
      throw new TypeCheckError(
        `op "${node.name}" yielded unknown output "${name}" (declared outputs: ${declared})`,
      );
    if (mode.isDynamic !== dynamic) {
      throw new TypeCheckError(
        `op "${node.name}" yielded ${dynamic ? "a DynamicOutput" : "an Output"} for output "${name}", which is ${mode.isDynamic ? "dynamic: yield DynamicOutput values" : "not dynamic: yield an Output"}`,
      );
    }
  };
  for (const name of yielded.values.keys()) check(name, false);
  for (const name of yielded.dynamic.keys()) check(name, true);
}

function unwrapOutput(returned: unknown): unknown {
  return returned instanceof Output ? returned.value : returned;
}

async function parseDynamicValues(
  node: JobNode,
  name: string,
  schema: z.ZodType,
  given: unknown,
): Promise<{ mappingKey: string; value: unknown }[]> {
  if (!Array.isArray(given) || !given.every((item) => item instanceof DynamicOutput)) {
    throw new TypeCheckError(
      `op "${node.name}": output "${name}" is dynamic: return a list of DynamicOutput values (or yield them)`,
    );
  }
  const seen = new Set<string>();
  const parsed: { mappingKey: string; value: unknown }[] = [];
  for (const item of given as DynamicOutput[]) {
    if (seen.has(item.mappingKey)) {
      throw new DagsterInvariantViolationError(
        `Compute for op "${node.op.name}" yielded a DynamicOutput with mapping_key "${item.mappingKey}" multiple times for output "${name}"`,
      );
    }
    seen.add(item.mappingKey);
    const value =
      (await parseOrThrow(schema, item.value, `outputs.${name}[${item.mappingKey}]`, typeCheckError(node))) ??
      null;
    parsed.push({ mappingKey: item.mappingKey, value });
  }
  return parsed;
}

function outputMap(nodeName: string, returned: unknown, declared: readonly string[]): Map<string, unknown> {
  if (typeof returned !== "object" || returned === null || Array.isArray(returned)) {
    throw new TypeCheckError(
      `op "${nodeName}" must return an object with its outputs (${declared.join(", ")}), got ${Array.isArray(returned) ? "an array" : String(returned)}`,
    );
  }
  const values = new Map(Object.entries(returned).filter(([, value]) => value !== undefined));
  const unknown = [...values.keys()].filter((name) => !declared.includes(name));
  if (unknown.length > 0)
    throw new TypeCheckError(
      `op "${nodeName}" returned unknown output(s) ${unknown.join(", ")} (declared outputs: ${declared.join(", ")})`,
    );
  return values;
}
