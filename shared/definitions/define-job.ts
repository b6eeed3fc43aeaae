/**
 * Jobs (Dagster's @job / @graph): a named graph of op nodes plus the resources they need. The graph is
 * either composed by a graph function that invokes ops, or declared as nodes plus a dependency map
 * (Dagster's GraphDefinition dependencies). Either way it is only built and checked when the
 * Definitions are, so a mistake becomes a load error rather than a crash at import.
 * @module
 */
import type { ResourceDefinition } from "./define-resource";
import type { AnyOpNode } from "./define-op";
import type { HookDefinition } from "./hooks";
import type { Tags } from "./sdk-types";

/** Where an input comes from in the dependency-map form; `output` defaults to "result". */
export type DependencySource = { readonly node: string; readonly output?: string };
/** Node name → input name → source (or sources, for fan-in). */
export type DependencyMap = Readonly<
  Record<string, Readonly<Record<string, DependencySource | readonly DependencySource[]>>>
>;

/** How a job's graph is given: a graph function, or nodes plus a dependency map. */
export type JobGraphSpec =
  | { readonly graph: () => void }
  | { readonly nodes: readonly AnyOpNode[]; readonly dependencies?: DependencyMap };

export type JobSpec = {
  /** `^[A-Za-z0-9_]+$`. */
  name: string;
  description?: string;
  tags?: Tags;
  /** Resources by key; merged over the Definitions-level resources. */
  resources?: Readonly<Record<string, ResourceDefinition>>;
  /** Hooks run after every step of the job (Dagster's `@job(hooks={...})`). */
  hooks?: readonly HookDefinition[];
} & JobGraphSpec;

export interface JobDefinition {
  readonly kind: "job";
  readonly name: string;
  readonly description: string | undefined;
  readonly tags: Tags;
  readonly resources: Readonly<Record<string, ResourceDefinition>>;
  readonly graph: JobGraphSpec;
  readonly hooks: readonly HookDefinition[];
}

/** Defines a job. Pure: the graph is built and checked by defineDefinitions. */
export function defineJob(spec: JobSpec): JobDefinition {
  const graph: JobGraphSpec =
    "graph" in spec ? { graph: spec.graph } : { nodes: spec.nodes, dependencies: spec.dependencies ?? {} };
  return {
    kind: "job",
    name: spec.name,
    description: spec.description,
    tags: spec.tags ?? {},
    resources: spec.resources ?? {},
    graph,
    hooks: spec.hooks ?? [],
  };
}
