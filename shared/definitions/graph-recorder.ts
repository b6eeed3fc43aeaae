/**
 * Records a job's graph while its graph function runs: each op invocation becomes a node, each handle
 * passed as an input becomes an edge. Problems are collected, not thrown, so a code location reports
 * every mistake of its definitions at once.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { OpDefinition } from "./define-op";
import { createOutputHandle, isOutputHandle, type OutputHandle } from "./output-handle";

export type OutputRef = { readonly node: string; readonly output: string };
/** Where a wired input gets its value; several sources with isFanIn make a list. */
export type NodeInput = { readonly sources: readonly OutputRef[]; readonly isFanIn: boolean };

/** One node of a job: an op under a node name, with its wired inputs (unwired inputs are absent). */
export interface JobNode {
  readonly name: string;
  readonly op: OpDefinition;
  readonly inputs: Readonly<Record<string, NodeInput>>;
}

export interface RecordedGraph {
  readonly nodes: JobNode[];
  readonly problems: string[];
}

let recording: RecordedGraph | undefined;

/** Runs `body` (a job's graph function) and returns the nodes it invoked, in invocation order. */
export function recordGraph(body: () => unknown): RecordedGraph {
  const graph: RecordedGraph = { nodes: [], problems: [] };
  const outer = recording;
  recording = graph;
  try {
    if (body() instanceof Promise) graph.problems.push("the graph function must be synchronous (it only wires ops; the ops run later)");
  } catch (error) {
    graph.problems.push(`the graph function threw: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    recording = outer;
  }
  return graph;
}

/**
 * Records one invocation and returns its output handles (one handle for a single-output op).
 * @throws DagflareError INVALID_DEFINITION when called outside a graph function.
 */
export function recordInvocation(op: OpDefinition, nodeName: string, args: Readonly<Record<string, unknown>>): unknown {
  if (recording === undefined) {
    throw new DagflareError(
      "INVALID_DEFINITION",
      `op "${nodeName}" was invoked outside a job's graph function; ops only run as steps of a job (invoke them inside defineJob({ graph }))`,
    );
  }
  const graph = recording;
  const inputs: Record<string, NodeInput> = {};
  for (const [inputName, value] of Object.entries(args)) {
    const where = `node "${nodeName}" input "${inputName}"`;
    if (!Object.hasOwn(op.ins, inputName)) {
      graph.problems.push(`${where}: op "${op.name}" has no such input (inputs: ${Object.keys(op.ins).join(", ") || "none"})`);
    } else if (isOutputHandle(value)) {
      inputs[inputName] = { sources: [toRef(value)], isFanIn: false };
    } else if (Array.isArray(value) && value.every(isOutputHandle)) {
      inputs[inputName] = { sources: value.map(toRef), isFanIn: true };
    } else if (value !== undefined) {
      graph.problems.push(`${where}: expected the output of another op (or a list of outputs, for fan-in)`);
    }
  }
  graph.nodes.push({ name: nodeName, op, inputs });
  if (op.singleOutput) return createOutputHandle(nodeName, "result");
  return Object.fromEntries(Object.keys(op.outs).map((output) => [output, createOutputHandle(nodeName, output)]));
}

function toRef(handle: OutputHandle): OutputRef {
  return { node: handle.node, output: handle.output };
}
