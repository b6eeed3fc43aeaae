/**
 * Builds a job's graph from its definition and checks it the way Dagster does when a repository loads:
 * names, duplicate nodes, unknown or unwired inputs, unknown upstream outputs, retry policies, cycles.
 * @module
 */
import type { DependencyMap, DependencySource, JobDefinition } from "./define-job";
import type { AnyOpNode } from "./define-op";
import { recordGraph, type JobNode, type NodeInput, type RecordedGraph } from "./graph-recorder";
import { hookProblems } from "./hooks";
import { duplicateProblems, nameProblems } from "./names";
import { retryPolicyProblem } from "./retry-policy";
import { poolNameProblem } from "../concurrency/pool-name";
import { topologicalOrder } from "./topological-order";

/** The job's nodes in topological order, and every problem found (each line names the job). */
export function buildJobGraph(job: JobDefinition): RecordedGraph {
  const recorded =
    "graph" in job.graph
      ? recordGraph(job.graph.graph)
      : fromDependencies(job.graph.nodes, job.graph.dependencies ?? {});
  const problems = [
    ...recorded.problems,
    ...nodeProblems(recorded.nodes),
    ...wiringProblems(recorded.nodes),
    ...hookProblems("job", job.hooks),
  ];
  const byName = new Map(recorded.nodes.map((node) => [node.name, node]));
  const { order, cycle } = topologicalOrder([...byName.keys()], (name) => upstreamOf(byName.get(name)));
  if (cycle) problems.push(`cycle between ops: ${cycle.join(" → ")}`);
  const nodes = order.flatMap((name) => byName.get(name) ?? []);
  return { nodes, problems: problems.map((problem) => `job "${job.name}": ${problem}`) };
}

function upstreamOf(node: JobNode | undefined): string[] {
  return Object.values(node?.inputs ?? {}).flatMap((input) => input.sources.map((source) => source.node));
}

function fromDependencies(opNodes: readonly AnyOpNode[], dependencies: DependencyMap): RecordedGraph {
  const problems: string[] = [];
  const known = new Set(opNodes.map((node) => node.nodeName));
  for (const name of Object.keys(dependencies)) {
    if (!known.has(name))
      problems.push(`dependencies name node "${name}", which is not among the job's nodes`);
  }
  const nodes = opNodes.map((node) => {
    const inputs: Record<string, NodeInput> = {};
    for (const [inputName, source] of Object.entries(dependencies[node.nodeName] ?? {})) {
      if (!Object.hasOwn(node.op.ins, inputName))
        problems.push(`node "${node.nodeName}" input "${inputName}": op "${node.op.name}" has no such input`);
      else
        inputs[inputName] = isSourceList(source)
          ? { sources: source.map(toRef), isFanIn: true }
          : { sources: [toRef(source)], isFanIn: false };
    }
    return { name: node.nodeName, op: node.op, inputs, hooks: node.hooks ?? [] };
  });
  return { nodes, problems };
}

function isSourceList(
  source: DependencySource | readonly DependencySource[],
): source is readonly DependencySource[] {
  return Array.isArray(source);
}

function toRef(source: DependencySource): { node: string; output: string } {
  return { node: source.node, output: source.output ?? "result" };
}

function nodeProblems(nodes: readonly JobNode[]): string[] {
  const problems = duplicateProblems(
    "node",
    nodes.map((node) => node.name),
  ).map((line) => `${line} (use op.alias("other_name") to use an op twice)`);
  for (const node of nodes) {
    const retry = node.op.retryPolicy && retryPolicyProblem(node.op.retryPolicy);
    const pool = node.op.pool === undefined ? undefined : poolNameProblem(node.op.pool);
    problems.push(
      ...nameProblems(`node "${node.name}": node`, node.name),
      ...(node.op.name === node.name ? [] : nameProblems(`node "${node.name}": op`, node.op.name)),
      ...(retry ? [`op "${node.op.name}": ${retry}`] : []),
      ...(pool ? [`op "${node.op.name}": pool ${pool}`] : []),
      ...hookProblems(`node "${node.name}"`, node.hooks),
      ...[...Object.keys(node.op.ins), ...Object.keys(node.op.outs)].flatMap((name) =>
        nameProblems(`op "${node.op.name}": input/output`, name),
      ),
    );
  }
  return problems;
}

function wiringProblems(nodes: readonly JobNode[]): string[] {
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const problems: string[] = [];
  for (const node of nodes) {
    for (const [inputName, schema] of Object.entries(node.op.ins)) {
      const where = `node "${node.name}" input "${inputName}"`;
      const input = node.inputs[inputName];
      if (input === undefined) {
        if (!schema.safeParse(undefined).success)
          problems.push(`${where} is not connected to any upstream output (and its schema is not optional)`);
        continue;
      }
      for (const source of input.sources) {
        const upstream = byName.get(source.node);
        if (upstream === undefined) problems.push(`${where} depends on unknown node "${source.node}"`);
        else if (!Object.hasOwn(upstream.op.outs, source.output)) {
          problems.push(
            `${where} depends on output "${source.output}" of node "${source.node}", which has outputs: ${Object.keys(upstream.op.outs).join(", ")}`,
          );
        } else if (
          upstream.op.outputModes[source.output]?.isDynamic === true &&
          input.dynamic === undefined
        ) {
          // Only a graph function can say how (.map or .collect); a dependency map cannot.
          problems.push(
            `${where} depends on dynamic output "${source.output}" of node "${source.node}"; wire it with .map(fn) or .collect() in a graph function`,
          );
        }
      }
    }
  }
  return problems;
}
