/**
 * What an op is once defined, with its types erased (as the graph, snapshot and executor see it), and
 * the context its `fn` receives. Apart from defineOp so the graph recorder can name it without importing
 * the op factory that calls the recorder.
 * @module
 */
import type { z } from "zod";
import type { ResourceDefinition } from "./define-resource";
import type { Logger } from "./log-collector";
import type { OutSpec } from "./outputs";
import type { RetryPolicy } from "./retry-policy";
import type { Tags } from "./sdk-types";

export type SchemaMap = Readonly<Record<string, z.ZodType>>;
/** Declared outputs: a zod schema (a required output) or an `Out` / `DynamicOut`. */
export type OutMap = Readonly<Record<string, z.ZodType | OutSpec>>;
/** How each output is declared besides its schema. */
export type OutputMode = { readonly isRequired: boolean; readonly isDynamic: boolean };
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
  /** The node name (alias or op name), or `node[mapping_key]` for a step mapped over a dynamic output. */
  readonly stepKey: string;
  readonly opName: string;
  /** The mapping key of a mapped step (Dagster's `context.get_mapping_key()`). */
  readonly mappingKey?: string;
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
  /** Per output: whether the op must produce it, and whether it is dynamic (values under mapping keys). */
  readonly outputModes: Readonly<Record<string, OutputMode>>;
  readonly requiredResources: readonly string[];
  readonly retryPolicy: RetryPolicy | undefined;
  readonly tags: Tags;
  /** The op concurrency pool its steps take a slot of (Dagster 1.10's `pool`). */
  readonly pool?: string;
  compute(context: OpContext, inputs: Record<string, unknown>): unknown;
}
