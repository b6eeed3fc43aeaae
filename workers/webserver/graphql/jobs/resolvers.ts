/**
 * A job (Dagster's Job, and Pipeline as older clients ask for it) over its snapshot: op graph, types,
 * modes and resources, runs, schedules and sensors.
 * @module
 */
import type { JobSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import type {
  JobResolvers,
  QueryResolvers,
  Resolvers,
  ResolversParentTypes,
} from "../__generated__/resolvers-types";
import { orPythonError } from "../errors/python-error";
import { configField } from "../run-config/config-type-graph";
import { typed } from "../typed";
import { lookupJob } from "./lookup-job";
import type { JobRef } from "./mappers";
import { opGraph, solidHandles } from "./op-graph";

function dagsterType(typeName: string): ResolversParentTypes["DagsterType"] {
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

function dagsterTypes(job: JobSnapshot): ResolversParentTypes["DagsterType"][] {
  const names = new Set(
    job.ops.flatMap((node) => [...node.inputs, ...node.outputs].map((io) => io.typeName)),
  );
  return [...names].sort().map(dagsterType);
}

/** A job's resources are the keys of its run config schema's `resources` section. */
function resources(repository: RepositoryRef, job: JobSnapshot) {
  const properties =
    (job.runConfigSchema.properties as { resources?: { properties?: Record<string, unknown> } } | undefined)
      ?.resources?.properties ?? {};
  return Object.keys(properties).map((name) => {
    const resource = repository.snapshot.resources.find((candidate) => candidate.name === name);
    return {
      name,
      description: resource?.description ?? null,
      configField: resource?.configSchema ? configField("config", resource.configSchema, false) : null,
    };
  });
}

const jobId = ({ repository, job }: JobRef) =>
  `${job.name}@${repository.snapshot.repositoryName}@${repository.locationName}`;

/** Pipeline and Job are the same object under two names. */
const jobFields: JobResolvers = {
  id: jobId,
  name: ({ job }) => job.name,
  description: ({ job }) => job.description ?? null,
  isJob: () => true,
  isAssetJob: () => false,
  graphName: ({ job }) => job.name,
  pipelineSnapshotId: ({ job }) => job.snapshotId,
  parentSnapshotId: () => null,
  tags: ({ job }) => Object.entries(job.tags).map(([key, value]) => ({ key, value })),
  presets: () => [],
  dagsterTypes: ({ job }) => dagsterTypes(job),
  dagsterTypeOrError: ({ job }, { dagsterTypeName }) =>
    dagsterTypes(job).find((type) => type.key === dagsterTypeName) ?? {
      __typename: "DagsterTypeNotFoundError",
      dagsterTypeName,
      message: `Type ${dagsterTypeName} is not used by job ${job.name}.`,
    },
  repository: ({ repository }) => repository,
  modes: (ref) => [
    {
      id: `${jobId(ref)}-default`,
      name: "default",
      description: null,
      resources: resources(ref.repository, ref.job),
      loggers: [],
    },
  ],
  solids: ({ job }) => opGraph(job),
  solidHandles: ({ job }, { parentHandleID }) => (parentHandleID ? [] : solidHandles(job)),
  solidHandle: ({ job }, { handleID }) =>
    solidHandles(job).find((handle) => handle.handleID === handleID) ?? null,
  runs: ({ repository, job }, { cursor, limit }, context) =>
    context.instance.storage.runs.getRuns(
      { jobName: job.name, locationName: repository.locationName },
      { cursor, limit },
    ),
  schedules: ({ repository, job }) =>
    repository.snapshot.schedules
      .filter((schedule) => schedule.jobName === job.name)
      .map((schedule) => ({ repository, schedule })),
  sensors: ({ repository, job }) =>
    repository.snapshot.sensors
      .filter((sensor) => sensor.jobNames.includes(job.name))
      .map((sensor) => ({ repository, sensor })),
};

const pipelineOrError: QueryResolvers["pipelineOrError"] = (_, { params }, context) =>
  orPythonError(async () => {
    const lookup = await lookupJob(params, context);
    return lookup.kind === "found"
      ? typed("Pipeline", { repository: lookup.repository, job: lookup.job })
      : lookup.error;
  });

export const resolvers: Resolvers = {
  Query: { pipelineOrError },
  Pipeline: jobFields,
  Job: jobFields,
  Solid: {
    isDynamicMapped: () => false,
  },
  SolidDefinition: {
    description: ({ node }) => node.description ?? null,
    metadata: ({ node }) => Object.entries(node.tags).map(([key, value]) => ({ key, value })),
    requiredResources: ({ node }) => node.requiredResources.map((resourceKey) => ({ resourceKey })),
    retryPolicy: ({ node }) => node.retryPolicy ?? null,
    configField: ({ node }) => (node.configSchema ? configField("config", node.configSchema, true) : null),
  },
  InputDefinition: { type: (definition) => dagsterType(definition.typeName) },
  OutputDefinition: { type: (definition) => dagsterType(definition.typeName), isDynamic: () => false },
  Input: { isDynamicCollect: () => false },
};
