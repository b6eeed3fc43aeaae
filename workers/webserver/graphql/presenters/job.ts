/**
 * A job (Dagster's Job/Pipeline) and its op graph: nodes become `Solid`s whose inputs and outputs point at
 * each other, so a client can walk the DAG either way.
 * @module
 */
import type { JobSnapshot, OpNodeSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type { GraphQLContext } from "../context";
import { presentConfigField } from "./config-types";
import { presentRun } from "./run";
import { presentSchedule, presentSensor } from "./instigation";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import { presentRepository } from "./workspace";

type Solid = ReturnType<typeof buildSolids>[number];

export function presentJob(repository: RepositoryRef, job: JobSnapshot, typename: "Pipeline" | "Job", context: GraphQLContext) {
  const id = `${job.name}@${repository.snapshot.repositoryName}@${repository.locationName}`;
  let solids: Solid[] | undefined;
  const allSolids = () => (solids ??= buildSolids(job));
  const handles = () => allSolids().map((solid) => ({ handleID: solid.name, solid, parent: null }));
  return {
    __typename: typename,
    id,
    name: job.name,
    description: job.description ?? null,
    isJob: true,
    isAssetJob: false,
    graphName: job.name,
    pipelineSnapshotId: job.snapshotId,
    parentSnapshotId: null,
    tags: Object.entries(job.tags).map(([key, value]) => ({ key, value })),
    presets: [],
    dagsterTypes: () => dagsterTypes(job),
    dagsterTypeOrError: ({ dagsterTypeName }: { dagsterTypeName: string }) =>
      dagsterTypes(job).find((type) => type.key === dagsterTypeName) ?? {
        __typename: "DagsterTypeNotFoundError",
        dagsterTypeName,
        message: `Type ${dagsterTypeName} is not used by job ${job.name}.`,
      },
    repository: () => presentRepository(repository, context),
    modes: () => [{ id: `${id}-default`, name: "default", description: null, resources: resources(repository, job), loggers: [] }],
    solids: allSolids,
    solidHandles: ({ parentHandleID }: { parentHandleID?: string | null }) => (parentHandleID ? [] : handles()),
    solidHandle: ({ handleID }: { handleID: string }) => handles().find((handle) => handle.handleID === handleID) ?? null,
    runs: async ({ cursor, limit }: { cursor?: string | null; limit?: number | null }) =>
      (await context.instance.storage.runs.getRuns({ jobName: job.name, locationName: repository.locationName }, { cursor, limit })).map(
        (run) => presentRun(run, context),
      ),
    schedules: () =>
      repository.snapshot.schedules.filter((schedule) => schedule.jobName === job.name).map((schedule) => presentSchedule(repository, schedule, context)),
    sensors: () =>
      repository.snapshot.sensors.filter((sensor) => sensor.jobNames.includes(job.name)).map((sensor) => presentSensor(repository, sensor, context)),
  };
}

function buildSolids(job: JobSnapshot) {
  const solids = job.ops.map((node) => {
    const definition = solidDefinition(node);
    return {
      name: node.name,
      isDynamicMapped: false,
      definition,
      node,
      inputs: [] as { solid: unknown; definition: unknown; dependsOn: unknown[]; isDynamicCollect: boolean }[],
      outputs: [] as { solid: unknown; definition: unknown; dependedBy: unknown[] }[],
    };
  });
  const byName = new Map(solids.map((solid) => [solid.name, solid]));
  for (const solid of solids) {
    solid.outputs = solid.definition.outputDefinitions.map((definition) => ({ solid, definition, dependedBy: [] }));
  }
  for (const solid of solids) {
    solid.inputs = solid.definition.inputDefinitions.map((definition, index) => {
      const input = { solid, definition, dependsOn: [] as unknown[], isDynamicCollect: false };
      for (const upstream of solid.node.inputs[index]?.dependsOn ?? []) {
        const output = byName.get(upstream.node)?.outputs.find((candidate) => (candidate.definition as { name: string }).name === upstream.output);
        if (!output) continue;
        input.dependsOn.push(output);
        output.dependedBy.push(input);
      }
      return input;
    });
  }
  return solids;
}

function solidDefinition(node: OpNodeSnapshot) {
  const definition = {
    name: node.opName,
    description: node.description ?? null,
    metadata: Object.entries(node.tags).map(([key, value]) => ({ key, value })),
    requiredResources: node.requiredResources.map((resourceKey) => ({ resourceKey })),
    retryPolicy: node.retryPolicy ?? null,
    configField: node.configSchema ? presentConfigField("config", node.configSchema, true) : null,
    inputDefinitions: [] as { solidDefinition: unknown; name: string; description: string | null; type: DagsterTypeModel }[],
    outputDefinitions: [] as { solidDefinition: unknown; name: string; description: string | null; isDynamic: boolean; type: DagsterTypeModel }[],
  };
  definition.inputDefinitions = node.inputs.map((input) => ({
    solidDefinition: definition,
    name: input.name,
    description: input.description ?? null,
    type: dagsterType(input.typeName),
  }));
  definition.outputDefinitions = node.outputs.map((output) => ({
    solidDefinition: definition,
    name: output.name,
    description: output.description ?? null,
    isDynamic: false,
    type: dagsterType(output.typeName),
  }));
  return definition;
}

type DagsterTypeModel = ReturnType<typeof dagsterType>;

function dagsterType(typeName: string) {
  return {
    __typename: "RegularDagsterType",
    key: typeName,
    name: typeName,
    displayName: typeName,
    description: null,
    isNullable: typeName.endsWith("?"),
    isList: typeName.startsWith("Array<"),
    isBuiltin: true,
    isNothing: typeName === "Nothing",
    innerTypes: [],
  };
}

function dagsterTypes(job: JobSnapshot): DagsterTypeModel[] {
  const names = new Set(job.ops.flatMap((node) => [...node.inputs, ...node.outputs].map((io) => io.typeName)));
  return [...names].sort().map(dagsterType);
}

/** A job's resources are the keys of its run config schema's `resources` section. */
function resources(repository: RepositoryRef, job: JobSnapshot) {
  const properties = (job.runConfigSchema.properties as { resources?: { properties?: Record<string, unknown> } } | undefined)?.resources?.properties ?? {};
  return Object.keys(properties).map((name) => {
    const resource = repository.snapshot.resources.find((candidate) => candidate.name === name);
    return {
      name,
      description: resource?.description ?? null,
      configField: resource?.configSchema ? presentConfigField("config", resource.configSchema, false) : null,
    };
  });
}
