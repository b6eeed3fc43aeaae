/**
 * Ops (Dagster's @op): a named, typed computation with zod-checked config, inputs and outputs.
 * `defineOp` returns the op as a function: invoked inside a job's graph function it records a node and
 * returns handles to its outputs; `op.alias(name)` names the node differently.
 * @module
 */
import { z } from "zod";
import { recordInvocation } from "./graph-recorder";
import type { HookDefinition } from "./hooks";
import type {
  OpContext,
  OpDefinition,
  OutMap,
  OutputMode,
  ResourceRequirements,
  ResourcesOf,
  SchemaMap,
} from "./op-definition";
import type { DynamicOutputHandle, OutputHandle } from "./output-handle";
import { isOutSpec, type DynamicOutput, type OpYield, type OutSpec } from "./outputs";
import type { RetryPolicy } from "./retry-policy";
import type { Awaitable, ConfigValue, PartialWhereUndefined, Tags } from "./sdk-types";

/** The type of an output declared without a schema (Dagster's Any). */
const ANY = z.unknown();

export type {
  AssetMaterialization,
  OpContext,
  OpDefinition,
  OutMap,
  OutputMode,
  ResourceRequirements,
  ResourcesOf,
  SchemaMap,
} from "./op-definition";

type InputArg<T> = OutputHandle<T> | (T extends readonly (infer E)[] ? readonly OutputHandle<E>[] : never);
type OptionalInputs<I extends SchemaMap> = {
  [K in keyof I]-?: undefined extends z.input<I[K]> ? K : never;
}[keyof I];
/** Invocation argument: a handle per input (optional when its schema is), or an array of handles for a fan-in input. */
export type InputArgs<I extends SchemaMap> = {
  [K in Exclude<keyof I, OptionalInputs<I>>]: InputArg<z.input<I[K]>>;
} & {
  [K in OptionalInputs<I>]?: InputArg<z.input<I[K]>>;
};
type InputValues<I extends SchemaMap> = { [K in keyof I]: z.output<I[K]> };
type SchemaOf<O> = O extends OutSpec<infer S> ? S : O extends z.ZodType ? O : never;
/** The handle an invocation gives for an output: dynamic outputs are mapped over or collected. */
type HandleFor<O> = O extends { readonly isDynamic: true }
  ? DynamicOutputHandle<z.output<SchemaOf<O>>>
  : OutputHandle<z.output<SchemaOf<O>>>;
type NamedHandles<O extends OutMap> = { readonly [K in keyof O]: HandleFor<O[K]> };
/** What `fn` returns for an output: its value, a list of DynamicOutputs, or (not required) nothing. */
type ReturnFor<O> = O extends { readonly isDynamic: true }
  ? readonly DynamicOutput<z.input<SchemaOf<O>>>[]
  : O extends OutSpec<infer S>
    ? z.input<S> | (O extends { readonly isRequired: true } ? never : undefined)
    : O extends z.ZodType
      ? z.input<O>
      : never;
/** An op may also be a generator yielding Output / DynamicOutput values (Dagster's yielding ops). */
type Yielding = AsyncIterable<OpYield> | Iterable<OpYield>;

/** An op usable as a graph node: call it inside a graph function, or alias it to use it twice. */
export type OpNode<I extends SchemaMap = SchemaMap, H = unknown> = ([keyof I] extends [never]
  ? () => H
  : Record<never, never> extends InputArgs<I>
    ? (inputs?: InputArgs<I>) => H
    : (inputs: InputArgs<I>) => H) & {
  readonly nodeName: string;
  readonly op: OpDefinition;
  /** The same op under another node name (the step key); required to use an op twice in a job. */
  alias(name: string): OpNode<I, H>;
  /** This node with hooks run after its step (Dagster's `op.with_hooks`), besides the job's. */
  withHooks(hooks: readonly HookDefinition[]): OpNode<I, H>;
};
/** Any op node, whatever its types. */
export type AnyOpNode = {
  readonly nodeName: string;
  readonly op: OpDefinition;
  readonly hooks?: readonly HookDefinition[];
};

interface OpSpecBase<C, I, R> {
  /** `^[A-Za-z0-9_]+$`, checked when the code location loads. */
  name: string;
  description?: string;
  config?: C;
  ins?: I;
  requiredResources?: R;
  retryPolicy?: RetryPolicy;
  tags?: Tags;
  /** An op concurrency pool (letters, digits, `-`, `_`): each step takes one of its slots while it executes. */
  pool?: string;
}
type OpFn<C, I extends SchemaMap, R, Out> = (
  context: OpContext<ConfigValue<C>, ResourcesOf<R>>,
  inputs: InputValues<I>,
) => Awaitable<Out> | Yielding;

/** An op with named outputs: `fn` returns an object with one key per output. */
export function defineOp<
  O extends OutMap,
  I extends SchemaMap = Record<never, never>,
  C extends z.ZodType | undefined = undefined,
  const R extends ResourceRequirements = readonly [],
>(
  spec: OpSpecBase<C, I, R> & {
    outs: O;
    out?: undefined;
    fn: OpFn<C, I, R, PartialWhereUndefined<{ [K in keyof O]: ReturnFor<O[K]> }>>;
  },
): OpNode<I, NamedHandles<O>>;
/** An op with one typed output named "result": `fn` returns its value (a list of DynamicOutputs for a DynamicOut). */
export function defineOp<
  T extends z.ZodType | OutSpec,
  I extends SchemaMap = Record<never, never>,
  C extends z.ZodType | undefined = undefined,
  const R extends ResourceRequirements = readonly [],
>(
  spec: OpSpecBase<C, I, R> & { out: T; outs?: undefined; fn: OpFn<C, I, R, ReturnFor<T>> },
): OpNode<I, HandleFor<T>>;
/** An op whose single output "result" is untyped (Dagster's Any). */
export function defineOp<
  I extends SchemaMap = Record<never, never>,
  C extends z.ZodType | undefined = undefined,
  const R extends ResourceRequirements = readonly [],
>(
  spec: OpSpecBase<C, I, R> & { out?: undefined; outs?: undefined; fn: OpFn<C, I, R, unknown> },
): OpNode<I, OutputHandle<unknown>>;
export function defineOp(
  spec: OpSpecBase<z.ZodType | undefined, SchemaMap, ResourceRequirements> & {
    out?: z.ZodType | OutSpec;
    outs?: OutMap;
    fn: OpDefinition["compute"];
  },
): AnyOpNode {
  const requirements = spec.requiredResources ?? [];
  const declared: OutMap = spec.outs ?? { result: spec.out ?? ANY };
  const op: OpDefinition = {
    name: spec.name,
    description: spec.description,
    config: spec.config,
    ins: spec.ins ?? {},
    outs: Object.fromEntries(
      Object.entries(declared).map(([name, out]) => [name, isOutSpec(out) ? describedSchema(out) : out]),
    ),
    singleOutput: spec.outs === undefined,
    outputModes: Object.fromEntries(Object.entries(declared).map(([name, out]) => [name, outputMode(out)])),
    requiredResources: isNameList(requirements) ? [...requirements] : Object.keys(requirements),
    retryPolicy: spec.retryPolicy,
    tags: spec.tags ?? {},
    ...(spec.pool === undefined ? {} : { pool: spec.pool }),
    compute: spec.fn,
  };
  return createOpNode(op, op.name);
}

function isNameList(requirements: ResourceRequirements): requirements is readonly string[] {
  return Array.isArray(requirements);
}

/** An optional zod schema means a non-required output too (the older way to declare one). */
function outputMode(out: z.ZodType | OutSpec): OutputMode {
  if (!isOutSpec(out)) return { isRequired: !(out instanceof z.ZodOptional), isDynamic: false };
  return { isRequired: out.isRequired && !(out.schema instanceof z.ZodOptional), isDynamic: out.isDynamic };
}

function describedSchema(out: OutSpec): z.ZodType {
  return out.description === undefined ? out.schema : out.schema.describe(out.description);
}

type CreatedNode = AnyOpNode & {
  alias(name: string): CreatedNode;
  withHooks(hooks: readonly HookDefinition[]): CreatedNode;
};

function createOpNode(
  op: OpDefinition,
  nodeName: string,
  hooks: readonly HookDefinition[] = [],
): CreatedNode {
  const invoke = (inputs?: Readonly<Record<string, unknown>>): unknown =>
    recordInvocation(op, nodeName, inputs ?? {}, hooks);
  Object.defineProperty(invoke, "name", { value: nodeName });
  return Object.assign(invoke, {
    nodeName,
    op,
    hooks,
    alias: (alias: string) => createOpNode(op, alias, hooks),
    withHooks: (more: readonly HookDefinition[]) => createOpNode(op, nodeName, [...hooks, ...more]),
  });
}
