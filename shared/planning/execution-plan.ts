/**
 * The execution plan of a run (Dagster's ExecutionPlan): one step per node of the job, in topological
 * order, with where each input comes from. A re-execution plan holds only the steps it executes; their
 * inputs from steps it does not execute are loaded from the parent run's outputs.
 * @module
 */
import type { JobSnapshot, OpNodeSnapshot, RetryPolicy } from "../protocol/code-location-protocol";
import { topologicalOrder } from "../definitions/topological-order";
import { DagflareError } from "../errors/dagflare-error";

/** One upstream output feeding an input. */
export type StepInputSource = {
  readonly stepKey: string;
  readonly outputName: string;
  /** True when the source step is not executed by this plan: its output comes from the parent run. */
  readonly fromParentRun: boolean;
};

export type StepInput = {
  readonly name: string;
  readonly typeName: string;
  /** Empty for an input not wired to any output (the op's schema then receives undefined). */
  readonly sources: readonly StepInputSource[];
  /** The input receives a list with one value per source. */
  readonly isFanIn: boolean;
};

export type StepOutput = { readonly name: string; readonly typeName: string; readonly isRequired: boolean };

export type ExecutionStep = {
  /** The node name. */
  readonly key: string;
  readonly opName: string;
  readonly inputs: readonly StepInput[];
  readonly outputs: readonly StepOutput[];
  readonly tags: Readonly<Record<string, string>>;
  readonly retryPolicy?: RetryPolicy;
};

export type ExecutionPlan = {
  readonly jobName: string;
  /** The steps to execute, each after every step it depends on. */
  readonly steps: readonly ExecutionStep[];
};

/**
 * Builds the plan of `job`, restricted to `stepKeysToExecute` when given (re-execution).
 * Pure; the snapshot is re-checked because it comes from a code location over the wire.
 * @throws DagflareError BAD_REQUEST naming each step key the job does not have.
 * @throws DagflareError INVALID_DEFINITION when a node depends on an unknown node or the graph has a cycle.
 */
export function buildExecutionPlan(job: JobSnapshot, options: { stepKeysToExecute?: readonly string[] | null } = {}): ExecutionPlan {
  const nodes = new Map(job.ops.map((node) => [node.name, node]));
  const selected = selectedKeys(job, nodes, options.stepKeysToExecute);
  const upstream = (node: OpNodeSnapshot): string[] => node.inputs.flatMap((input) => input.dependsOn.map((dep) => dep.node));
  for (const node of job.ops) {
    const unknown = upstream(node).filter((name) => !nodes.has(name));
    if (unknown.length > 0) throw new DagflareError("INVALID_DEFINITION", `job "${job.name}": node "${node.name}" depends on unknown node(s) ${unknown.join(", ")}`);
  }
  const { order, cycle } = topologicalOrder([...nodes.keys()], (name) => {
    const node = nodes.get(name);
    return node ? upstream(node) : [];
  });
  if (cycle) throw new DagflareError("INVALID_DEFINITION", `job "${job.name}": cycle between ops: ${cycle.join(" → ")}`);
  const steps = order.flatMap((name) => {
    const node = nodes.get(name);
    return node && selected.has(name) ? [toStep(node, selected)] : [];
  });
  return { jobName: job.name, steps };
}

function selectedKeys(job: JobSnapshot, nodes: ReadonlyMap<string, OpNodeSnapshot>, stepKeys: readonly string[] | null | undefined): ReadonlySet<string> {
  if (stepKeys === undefined || stepKeys === null) return new Set(nodes.keys());
  const unknown = stepKeys.filter((key) => !nodes.has(key));
  if (unknown.length > 0) {
    throw new DagflareError("BAD_REQUEST", `stepKeysToExecute: job "${job.name}" has no step(s) ${unknown.map((key) => `"${key}"`).join(", ")} (steps: ${[...nodes.keys()].join(", ")})`);
  }
  return new Set(stepKeys);
}

function toStep(node: OpNodeSnapshot, selected: ReadonlySet<string>): ExecutionStep {
  return {
    key: node.name,
    opName: node.opName,
    inputs: node.inputs.map((input) => ({
      name: input.name,
      typeName: input.typeName,
      sources: input.dependsOn.map((dep) => ({ stepKey: dep.node, outputName: dep.output, fromParentRun: !selected.has(dep.node) })),
      isFanIn: input.isFanIn,
    })),
    outputs: node.outputs.map(({ name, typeName, isRequired }) => ({ name, typeName, isRequired })),
    tags: { ...node.tags },
    ...(node.retryPolicy ? { retryPolicy: { ...node.retryPolicy } } : {}),
  };
}
