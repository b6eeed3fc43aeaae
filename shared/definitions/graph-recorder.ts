/**
 * Records a job's graph while its graph function runs: each op invocation becomes a node, each handle
 * passed as an input becomes an edge. Problems are collected, not thrown, so a code location reports
 * every mistake of its definitions at once.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { OpDefinition } from "./op-definition";
import type { HookDefinition } from "./hooks";
import {
  createDynamicOutputHandle,
  createOutputHandle,
  handleUse,
  isOutputHandle,
  sameRef,
  type OutputHandle,
  type OutputRef,
} from "./output-handle";

export type { OutputRef } from "./output-handle";
/**
 * Where a wired input gets its value; several sources with isFanIn make a list. `dynamic` MAPPED: one
 * value per mapping key of the dynamic output the node is mapped over; COLLECT: all of them, as a list.
 */
export type NodeInput = {
  readonly sources: readonly OutputRef[];
  readonly isFanIn: boolean;
  readonly dynamic?: "MAPPED" | "COLLECT";
};

/** One node of a job: an op under a node name, with its wired inputs (unwired inputs are absent). */
export interface JobNode {
  readonly name: string;
  readonly op: OpDefinition;
  readonly inputs: Readonly<Record<string, NodeInput>>;
  /** Hooks attached to this node (`op.withHooks`); the job's own hooks apply too. */
  readonly hooks: readonly HookDefinition[];
  /** The dynamic output this node is mapped over: it runs once per mapping key, as `node[mapping_key]`. */
  readonly mappedOver?: OutputRef;
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
    if (body() instanceof Promise)
      graph.problems.push("the graph function must be synchronous (it only wires ops; the ops run later)");
  } catch (error) {
    graph.problems.push(
      `the graph function threw: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    recording = outer;
  }
  return graph;
}

/**
 * Records one invocation and returns its output handles (one handle for a single-output op).
 * @throws DagflareError INVALID_DEFINITION when called outside a graph function.
 */
export function recordInvocation(
  op: OpDefinition,
  nodeName: string,
  args: Readonly<Record<string, unknown>>,
  hooks: readonly HookDefinition[] = [],
): unknown {
  if (recording === undefined) {
    throw new DagflareError(
      "INVALID_DEFINITION",
      `op "${nodeName}" was invoked outside a job's graph function; ops only run as steps of a job (invoke them inside defineJob({ graph }))`,
    );
  }
  const graph = recording;
  const problem = (line: string): void => {
    graph.problems.push(line);
  };
  const inputs: Record<string, NodeInput> = {};
  let mappedOver: OutputRef | undefined;
  const collected: OutputRef[] = [];
  for (const [inputName, value] of Object.entries(args)) {
    const where = `node "${nodeName}" input "${inputName}"`;
    if (!Object.hasOwn(op.ins, inputName)) {
      problem(
        `${where}: op "${op.name}" has no such input (inputs: ${Object.keys(op.ins).join(", ") || "none"})`,
      );
    } else if (isOutputHandle(value)) {
      const use = handleUse(value);
      if (use.kind === "DYNAMIC") {
        problem(
          `${where}: output "${value.output}" of node "${value.node}" is dynamic; map over it (.map(fn)) or fan it in (.collect())`,
        );
      } else if (use.kind === "STATIC") {
        inputs[inputName] = { sources: [toRef(value)], isFanIn: false };
      } else {
        inputs[inputName] = { sources: [toRef(value)], isFanIn: false, dynamic: use.kind };
        if (use.kind === "COLLECT") collected.push(use.root);
        else if (mappedOver === undefined) mappedOver = use.root;
        else if (!sameRef(mappedOver, use.root)) {
          problem(
            `${where}: node "${nodeName}" is mapped over ${describe(mappedOver)} and ${describe(use.root)}; a node can be mapped over one dynamic output only`,
          );
        }
      }
    } else if (Array.isArray(value) && value.every(isOutputHandle)) {
      if (value.some((handle) => handleUse(handle).kind !== "STATIC"))
        problem(`${where}: a fan-in list takes plain outputs; fan in a dynamic output with .collect()`);
      else inputs[inputName] = { sources: value.map(toRef), isFanIn: true };
    } else if (value !== undefined) {
      problem(`${where}: expected the output of another op (or a list of outputs, for fan-in)`);
    }
  }
  if (mappedOver !== undefined) {
    const root = mappedOver;
    if (collected.length > 0)
      problem(
        `node "${nodeName}" is mapped over ${describe(root)} and collects ${collected.map(describe).join(", ")}; collect outside the map function`,
      );
    const dynamic = Object.keys(op.outs).filter((output) => op.outputModes[output]?.isDynamic === true);
    if (dynamic.length > 0)
      problem(
        `node "${nodeName}" is mapped over ${describe(root)} and has dynamic output(s) ${dynamic.join(", ")}: nested dynamic outputs are not supported`,
      );
  }
  graph.nodes.push({
    name: nodeName,
    op,
    inputs,
    hooks,
    ...(mappedOver === undefined ? {} : { mappedOver }),
  });
  const handleOf = (output: string): OutputHandle | unknown =>
    op.outputModes[output]?.isDynamic === true && mappedOver === undefined
      ? createDynamicOutputHandle(nodeName, output, problem)
      : createOutputHandle(nodeName, output, mappedOver);
  if (op.singleOutput) return handleOf("result");
  return Object.fromEntries(Object.keys(op.outs).map((output) => [output, handleOf(output)]));
}

function describe(ref: OutputRef): string {
  return `dynamic output "${ref.output}" of node "${ref.node}"`;
}

function toRef(handle: OutputHandle): OutputRef {
  return { node: handle.node, output: handle.output };
}
