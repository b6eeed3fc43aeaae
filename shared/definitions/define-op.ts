/**
 * Ops (Dagster's @op): a named, typed computation with zod-checked config, inputs and outputs.
 * `defineOp` returns the op as a function: invoked inside a job's graph function it records a node and
 * returns handles to its outputs; `op.alias(name)` names the node differently.
 * @module
 */
import { z } from "zod";
import type { ResourceDefinition } from "./define-resource";
import { recordInvocation } from "./graph-recorder";
import type { Logger } from "./log-collector";
import type { OutputHandle } from "./output-handle";
import type { RetryPolicy } from "./retry-policy";
import type { Awaitable, ConfigValue, PartialWhereUndefined, Tags } from "./sdk-types";

/** The type of an output declared without a schema (Dagster's Any). */
const ANY = z.unknown();

export type SchemaMap = Readonly<Record<string, z.ZodType>>;
/** Resource keys an op needs: names (values typed unknown) or a map of name to definition (values typed). */
export type ResourceRequirements = readonly string[] | Readonly<Record<string, ResourceDefinition>>;

export type ResourcesOf<R> = R extends readonly (infer N extends string)[]
  ? { readonly [K in N]: unknown }
  : { readonly [K in keyof R]: R[K] extends ResourceDefinition<infer T> ? T : never };

/** An asset an op reports having written (Dagster's AssetMaterialization). */
export interface AssetMaterialization {
  /** Path segments, or one string for a single-segment key. */
  assetKey: string | readonly string[];
  description?: string;
  metadata?: Record<string, unknown>;
}

/** What an op's `fn` receives besides its inputs. */
export interface OpContext<C = unknown, R = unknown> {
  readonly runId: string;
  /** The node name (alias or op name). */
  readonly stepKey: string;
  readonly opName: string;
  /** 0 for the first attempt, then 1, 2... across retries (deterministic, unlike wall time). */
  readonly attempt: number;
  readonly config: C;
  readonly resources: R;
  readonly log: Logger;
  /**
   * Fires when the run is terminated while the op runs. The engine stops waiting for the step at once
   * (it fails as interrupted); an op doing long work should check it, or pass it on (to `fetch`, ...).
   */
  readonly signal: AbortSignal;
  /** Waits `ms` milliseconds, or rejects with the interruption as soon as `signal` fires. */
  sleep(ms: number): Promise<void>;
  reportAssetMaterialization(materialization: AssetMaterialization): void;
}

/** An op with its types erased, as the graph, snapshot and executor see it. */
export interface OpDefinition {
  readonly name: string;
  readonly description: string | undefined;
  readonly config: z.ZodType | undefined;
  readonly ins: SchemaMap;
  /** Declared outputs; a single `out` (or none) is the output "result". */
  readonly outs: SchemaMap;
  /** True when `fn` returns the value of "result" itself rather than an object of named outputs. */
  readonly singleOutput: boolean;
  readonly requiredResources: readonly string[];
  readonly retryPolicy: RetryPolicy | undefined;
  readonly tags: Tags;
  compute(context: OpContext, inputs: Record<string, unknown>): unknown;
}

type InputArg<T> = OutputHandle<T> | (T extends readonly (infer E)[] ? readonly OutputHandle<E>[] : never);
type OptionalInputs<I extends SchemaMap> = { [K in keyof I]-?: undefined extends z.input<I[K]> ? K : never }[keyof I];
/** Invocation argument: a handle per input (optional when its schema is), or an array of handles for a fan-in input. */
export type InputArgs<I extends SchemaMap> = { [K in Exclude<keyof I, OptionalInputs<I>>]: InputArg<z.input<I[K]>> } & {
  [K in OptionalInputs<I>]?: InputArg<z.input<I[K]>>;
};
type InputValues<I extends SchemaMap> = { [K in keyof I]: z.output<I[K]> };
type NamedHandles<O extends SchemaMap> = { readonly [K in keyof O]: OutputHandle<z.output<O[K]>> };

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
};
/** Any op node, whatever its types. */
export type AnyOpNode = { readonly nodeName: string; readonly op: OpDefinition };

interface OpSpecBase<C, I, R> {
  /** `^[A-Za-z0-9_]+$`, checked when the code location loads. */
  name: string;
  description?: string;
  config?: C;
  ins?: I;
  requiredResources?: R;
  retryPolicy?: RetryPolicy;
  tags?: Tags;
}
type OpFn<C, I extends SchemaMap, R, Out> = (context: OpContext<ConfigValue<C>, ResourcesOf<R>>, inputs: InputValues<I>) => Awaitable<Out>;

/** An op with named outputs: `fn` returns an object with one key per output. */
export function defineOp<
  O extends SchemaMap,
  I extends SchemaMap = Record<never, never>,
  C extends z.ZodType | undefined = undefined,
  const R extends ResourceRequirements = readonly [],
>(spec: OpSpecBase<C, I, R> & { outs: O; out?: undefined; fn: OpFn<C, I, R, PartialWhereUndefined<{ [K in keyof O]: z.input<O[K]> }>> }): OpNode<I, NamedHandles<O>>;
/** An op with one typed output named "result": `fn` returns its value. */
export function defineOp<
  T extends z.ZodType,
  I extends SchemaMap = Record<never, never>,
  C extends z.ZodType | undefined = undefined,
  const R extends ResourceRequirements = readonly [],
>(spec: OpSpecBase<C, I, R> & { out: T; outs?: undefined; fn: OpFn<C, I, R, z.input<T>> }): OpNode<I, OutputHandle<z.output<T>>>;
/** An op whose single output "result" is untyped (Dagster's Any). */
export function defineOp<I extends SchemaMap = Record<never, never>, C extends z.ZodType | undefined = undefined, const R extends ResourceRequirements = readonly []>(
  spec: OpSpecBase<C, I, R> & { out?: undefined; outs?: undefined; fn: OpFn<C, I, R, unknown> },
): OpNode<I, OutputHandle<unknown>>;
export function defineOp(
  spec: OpSpecBase<z.ZodType | undefined, SchemaMap, ResourceRequirements> & { out?: z.ZodType; outs?: SchemaMap; fn: OpDefinition["compute"] },
): AnyOpNode {
  const requirements = spec.requiredResources ?? [];
  const op: OpDefinition = {
    name: spec.name,
    description: spec.description,
    config: spec.config,
    ins: spec.ins ?? {},
    outs: spec.outs ?? { result: spec.out ?? ANY },
    singleOutput: spec.outs === undefined,
    requiredResources: isNameList(requirements) ? [...requirements] : Object.keys(requirements),
    retryPolicy: spec.retryPolicy,
    tags: spec.tags ?? {},
    compute: spec.fn,
  };
  return createOpNode(op, op.name);
}

function isNameList(requirements: ResourceRequirements): requirements is readonly string[] {
  return Array.isArray(requirements);
}

function createOpNode(op: OpDefinition, nodeName: string): AnyOpNode & { alias(name: string): AnyOpNode } {
  const invoke = (inputs?: Readonly<Record<string, unknown>>): unknown => recordInvocation(op, nodeName, inputs ?? {});
  Object.defineProperty(invoke, "name", { value: nodeName });
  return Object.assign(invoke, { nodeName, op, alias: (alias: string) => createOpNode(op, alias) });
}
