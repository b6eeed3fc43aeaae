/**
 * Output declarations and the values an op hands back for them, as in Dagster: `Out` (an output that may
 * be optional, `isRequired: false`), `DynamicOut` (an output yielding any number of values, each under a
 * mapping key, that downstream ops are mapped over), and `Output` / `DynamicOutput` (what an op returns
 * or yields for them).
 * @module
 */
import { z } from "zod";

const MAPPING_KEY = /^[A-Za-z0-9_]+$/;

/** Dagster's DagsterInvariantViolationError: user code broke a rule of the framework at run time. */
export class DagsterInvariantViolationError extends Error {
  override readonly name = "DagsterInvariantViolationError";
}

/** Dagster's DagsterInvalidDefinitionError: a definition (or a value built like one) is malformed. */
export class DagsterInvalidDefinitionError extends Error {
  override readonly name = "DagsterInvalidDefinitionError";
}

/** How one output is declared; `outs` and `out` take a zod schema (a required output) or one of these. */
export interface OutSpec<S extends z.ZodType = z.ZodType> {
  readonly kind: "Out";
  readonly schema: S;
  /** False: the op may leave the output out, and the steps reading it are then skipped. */
  readonly isRequired: boolean;
  readonly isDynamic: boolean;
  readonly description: string | undefined;
}

export type OutOptions = { isRequired?: boolean; description?: string };

/** An output, optional with `isRequired: false` (Dagster's `Out(is_required=False)`); untyped without a schema. */
export function Out<S extends z.ZodType = z.ZodUnknown>(schema?: S, options: OutOptions = {}): OutSpec<S> {
  return outSpec(schema, options, false);
}

/** A dynamic output (Dagster's DynamicOut): the op yields DynamicOutputs, downstream ops `.map` over them. */
export function DynamicOut<S extends z.ZodType = z.ZodUnknown>(
  schema?: S,
  options: OutOptions = {},
): OutSpec<S> & { readonly isDynamic: true } {
  return { ...outSpec(schema, options, true), isDynamic: true };
}

function outSpec<S extends z.ZodType>(
  schema: S | undefined,
  options: OutOptions,
  isDynamic: boolean,
): OutSpec<S> {
  return Object.freeze({
    kind: "Out",
    schema: schema ?? (z.unknown() as z.ZodType as S),
    isRequired: options.isRequired ?? true,
    isDynamic,
    description: options.description,
  });
}

export function isOutSpec(value: unknown): value is OutSpec {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "Out" &&
    (value as { schema?: unknown }).schema instanceof z.ZodType
  );
}

/** A value for output `outputName` (default "result"), returned or yielded by an op (Dagster's Output). */
export class Output<T = unknown> {
  constructor(
    readonly value: T,
    readonly outputName = "result",
  ) {}
}

/**
 * One value of a dynamic output under its mapping key (Dagster's DynamicOutput); the mapped step that
 * reads it gets the key `op[mappingKey]`.
 * @throws DagsterInvalidDefinitionError when the mapping key is not letters, digits and underscores.
 */
export class DynamicOutput<T = unknown> {
  constructor(
    readonly value: T,
    readonly mappingKey: string,
    readonly outputName = "result",
  ) {
    if (typeof mappingKey !== "string" || !MAPPING_KEY.test(mappingKey)) {
      throw new DagsterInvalidDefinitionError(
        `DynamicOutput mapping_key "${String(mappingKey)}" is invalid: names must be in regex ${MAPPING_KEY.source} (letters, digits and underscores)`,
      );
    }
  }
}

/** What an op that is a generator may yield. */
export type OpYield = Output | DynamicOutput;

/** Dagster's DagsterStepOutputNotFoundError: the op did not produce a required output. */
export class DagsterStepOutputNotFoundError extends Error {
  override readonly name = "DagsterStepOutputNotFoundError";
}

/** What a generator op yielded, gathered by output name: plain values, and each dynamic output's values. */
export class YieldedOutputs {
  readonly values = new Map<string, unknown>();
  readonly dynamic = new Map<string, DynamicOutput[]>();
}

/**
 * Runs a generator op to its end (its code runs while it is iterated) and gathers what it yielded;
 * anything else an op returned is passed through.
 * @throws DagsterInvariantViolationError when it yields something else, or the same Output twice.
 */
export async function drainYields(opName: string, returned: unknown): Promise<unknown> {
  if (!isGenerator(returned)) return returned;
  const yielded = new YieldedOutputs();
  for await (const item of returned as AsyncIterable<unknown>) {
    if (item instanceof DynamicOutput) {
      yielded.dynamic.set(item.outputName, [...(yielded.dynamic.get(item.outputName) ?? []), item]);
    } else if (item instanceof Output) {
      if (yielded.values.has(item.outputName))
        throw new DagsterInvariantViolationError(
          `Compute for op "${opName}" returned an output "${item.outputName}" multiple times`,
        );
      yielded.values.set(item.outputName, item.value);
    } else {
      throw new DagsterInvariantViolationError(
        `Compute for op "${opName}" yielded a value of type ${describeValue(item)}; an op yields Output or DynamicOutput values`,
      );
    }
  }
  return yielded;
}

/** Generator objects (sync or async), not arrays, strings or other iterables an op may return as a value. */
function isGenerator(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const tag = Object.prototype.toString.call(value);
  return tag === "[object Generator]" || tag === "[object AsyncGenerator]";
}

function describeValue(value: unknown): string {
  return value === null
    ? "null"
    : Array.isArray(value)
      ? "array"
      : typeof value === "object"
        ? (value.constructor?.name ?? "object")
        : typeof value;
}
