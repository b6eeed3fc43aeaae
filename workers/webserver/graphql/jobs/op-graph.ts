/**
 * A job's op graph as Dagster's Solid objects: each node with its definition, and inputs and outputs that
 * point at each other, so a client can walk the DAG either way.
 * @module
 */
import type { JobSnapshot, OpNodeSnapshot } from "../../../../shared/protocol/code-location-protocol";

export type SolidDefinitionNode = {
  node: OpNodeSnapshot;
  name: string;
  inputDefinitions: InputDefinitionNode[];
  outputDefinitions: OutputDefinitionNode[];
};
export type InputDefinitionNode = {
  solidDefinition: SolidDefinitionNode;
  name: string;
  description: string | null;
  typeName: string;
};
export type OutputDefinitionNode = InputDefinitionNode;
export type SolidNode = {
  name: string;
  definition: SolidDefinitionNode;
  inputs: InputNode[];
  outputs: OutputNode[];
};
export type InputNode = { solid: SolidNode; definition: InputDefinitionNode; dependsOn: OutputNode[] };
export type OutputNode = { solid: SolidNode; definition: OutputDefinitionNode; dependedBy: InputNode[] };
export type SolidHandleNode = { handleID: string; solid: SolidNode; parent: null };

/** Built once per snapshot object (a request reads the workspace once), however many fields walk it. */
const graphs = new WeakMap<JobSnapshot, SolidNode[]>();

/** Every node of the job, linked: an input depends on the outputs it reads, an output is depended by those inputs. */
export function opGraph(job: JobSnapshot): SolidNode[] {
  const cached = graphs.get(job);
  if (cached) return cached;
  const graph = buildGraph(job);
  graphs.set(job, graph);
  return graph;
}

function buildGraph(job: JobSnapshot): SolidNode[] {
  const solids: SolidNode[] = job.ops.map((node) => ({
    name: node.name,
    definition: solidDefinition(node),
    inputs: [],
    outputs: [],
  }));
  const byName = new Map(solids.map((solid) => [solid.name, solid]));
  for (const solid of solids) {
    solid.outputs = solid.definition.outputDefinitions.map((definition) => ({
      solid,
      definition,
      dependedBy: [],
    }));
  }
  for (const [index, solid] of solids.entries()) {
    const node = job.ops[index];
    solid.inputs = solid.definition.inputDefinitions.map((definition, inputIndex) => {
      const input: InputNode = { solid, definition, dependsOn: [] };
      for (const upstream of node?.inputs[inputIndex]?.dependsOn ?? []) {
        const output = byName
          .get(upstream.node)
          ?.outputs.find((candidate) => candidate.definition.name === upstream.output);
        if (!output) continue;
        input.dependsOn.push(output);
        output.dependedBy.push(input);
      }
      return input;
    });
  }
  return solids;
}

export function solidHandles(job: JobSnapshot): SolidHandleNode[] {
  return opGraph(job).map((solid) => ({ handleID: solid.name, solid, parent: null }));
}

function solidDefinition(node: OpNodeSnapshot): SolidDefinitionNode {
  const definition: SolidDefinitionNode = {
    node,
    name: node.opName,
    inputDefinitions: [],
    outputDefinitions: [],
  };
  const io = (port: { name: string; description?: string; typeName: string }) => ({
    solidDefinition: definition,
    name: port.name,
    description: port.description ?? null,
    typeName: port.typeName,
  });
  definition.inputDefinitions = node.inputs.map(io);
  definition.outputDefinitions = node.outputs.map(io);
  return definition;
}
