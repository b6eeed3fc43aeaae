/**
 * A job (Dagster's Job, and Pipeline as older clients ask for it) over its snapshot: op graph, types,
 * modes and resources, runs, schedules and sensors.
 * @module
 */
import type { JobSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { findJob, loadedRepositories } from "../../../../shared/workspace/lookup";
import type {
  GraphResolvers,
  JobResolvers,
  PipelineSnapshotResolvers,
  QueryResolvers,
  Resolvers,
  ResolversParentTypes,
} from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { orPythonError, presentPythonError } from "../errors/python-error";
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

const modes = (ref: JobRef) => [
  {
    id: `${jobId(ref)}-default`,
    name: "default",
    description: null,
    resources: resources(ref.repository, ref.job),
    loggers: [],
  },
];

/** The op graph a job, its snapshot and its Graph share (SolidContainer). */
const graphFields = {
  id: jobId,
  name: ({ job }: JobRef) => job.name,
  description: ({ job }: JobRef) => job.description ?? null,
  modes,
  solids: ({ job }: JobRef) => opGraph(job),
  solidHandles: ({ job }: JobRef, { parentHandleID }: { parentHandleID?: string | null }) =>
    parentHandleID ? [] : solidHandles(job),
  solidHandle: ({ job }: JobRef, { handleID }: { handleID: string }) =>
    solidHandles(job).find((handle) => handle.handleID === handleID) ?? null,
} satisfies GraphResolvers;

/** What a job snapshot answers, whether asked as the job (Pipeline, Job) or as PipelineSnapshot. */
const snapshotFields = {
  ...graphFields,
  graphName: ({ job }: JobRef) => job.name,
  pipelineSnapshotId: ({ job }: JobRef) => job.snapshotId,
  parentSnapshotId: () => null,
  tags: ({ job }: JobRef) => Object.entries(job.tags).map(([key, value]) => ({ key, value })),
  dagsterTypes: ({ job }: JobRef) => dagsterTypes(job),
  dagsterTypeOrError: ({ job }: JobRef, { dagsterTypeName }: { dagsterTypeName: string }) =>
    dagsterTypes(job).find((type) => type.key === dagsterTypeName) ?? {
      __typename: "DagsterTypeNotFoundError",
      dagsterTypeName,
      message: `Type ${dagsterTypeName} is not used by job ${job.name}.`,
    },
  runs: (
    { repository, job }: JobRef,
    { cursor, limit }: { cursor?: string | null; limit?: number | null },
    context: GraphQLContext,
  ) =>
    context.instance.storage.runs.getRuns(
      { jobName: job.name, locationName: repository.locationName },
      { cursor, limit },
    ),
  schedules: ({ repository, job }: JobRef) =>
    repository.snapshot.schedules
      .filter((schedule) => schedule.jobName === job.name)
      .map((schedule) => ({ repository, schedule })),
  sensors: ({ repository, job }: JobRef) =>
    repository.snapshot.sensors
      .filter((sensor) => sensor.jobNames.includes(job.name))
      .map((sensor) => ({ repository, sensor })),
} satisfies PipelineSnapshotResolvers;

/** Pipeline and Job are the same object under two names. */
const jobFields: JobResolvers = {
  ...snapshotFields,
  isJob: () => true,
  isAssetJob: () => false,
  presets: () => [],
  repository: ({ repository }) => repository,
};

const snapshotNotFound = (snapshotId: string) => ({
  __typename: "PipelineSnapshotNotFoundError" as const,
  snapshotId,
  message: `Could not find a pipeline snapshot with id ${snapshotId} among the jobs now loaded.`,
});

/**
 * By id, the loaded job whose snapshot it is (a run's older snapshot no longer loaded is not found); by
 * selector, the job now loaded. Exactly one of the two arguments is expected.
 */
const pipelineSnapshotOrError: QueryResolvers["pipelineSnapshotOrError"] = (_, args, context) =>
  orPythonError(async () => {
    const { snapshotId, activePipelineSelector } = args;
    if ((snapshotId == null) === (activePipelineSelector == null)) {
      throw new DagflareError(
        "BAD_REQUEST",
        "pipelineSnapshotOrError: give exactly one of the arguments snapshotId and activePipelineSelector",
      );
    }
    if (activePipelineSelector) {
      const lookup = await lookupJob(activePipelineSelector, context);
      if (lookup.kind === "found") {
        return typed("PipelineSnapshot", {
          repository: lookup.repository,
          job: lookup.job,
          selection: lookup.selection,
        });
      }
      // The union has no InvalidSubsetError: a bad selection is answered as a PythonError naming the argument.
      if (lookup.error.__typename === "InvalidSubsetError") {
        throw new DagflareError(
          "BAD_REQUEST",
          `activePipelineSelector.solidSelection: ${lookup.error.message}`,
        );
      }
      return lookup.error;
    }
    const id = snapshotId ?? "";
    for (const repository of loadedRepositories(await context.locationEntries())) {
      const job = repository.snapshot.jobs.find((candidate) => candidate.snapshotId === id);
      if (job) return typed("PipelineSnapshot", { repository, job, selection: null });
    }
    return snapshotNotFound(id);
  });

/** A graph is a job's graph (named as the job): Dagster's graphOrError over the repository's jobs. */
const graphOrError: QueryResolvers["graphOrError"] = (_, { selector }, context) =>
  orPythonError(async () => {
    if (!selector) throw new DagflareError("BAD_REQUEST", "graphOrError: the argument selector is required");
    const lookup = findJob(await context.locationEntries(), {
      locationName: selector.repositoryLocationName,
      repositoryName: selector.repositoryName,
      jobName: selector.graphName,
    });
    if (lookup.kind === "load_error") return presentPythonError(lookup.error);
    if (lookup.kind === "not_found") {
      return {
        __typename: "GraphNotFoundError" as const,
        graphName: selector.graphName,
        repositoryName: selector.repositoryName,
        repositoryLocationName: selector.repositoryLocationName,
        message: `Could not find Graph ${selector.repositoryLocationName}.${selector.repositoryName}.${selector.graphName}`,
      };
    }
    return typed("Graph", { repository: lookup.repository, job: lookup.job });
  });

const pipelineOrError: QueryResolvers["pipelineOrError"] = (_, { params }, context) =>
  orPythonError(async () => {
    const lookup = await lookupJob(params, context);
    return lookup.kind === "found"
      ? typed("Pipeline", { repository: lookup.repository, job: lookup.job })
      : lookup.error;
  });

export const resolvers: Resolvers = {
  Query: { pipelineOrError, pipelineSnapshotOrError, graphOrError },
  Pipeline: jobFields,
  Job: jobFields,
  PipelineSnapshot: { ...snapshotFields, solidSelection: ({ selection }) => selection ?? null },
  Graph: graphFields,
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
