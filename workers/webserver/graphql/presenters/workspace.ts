/**
 * Workspace, code location and repository objects.
 * @module
 */
import type { CodeLocationConfig } from "../../../../shared/config/workspace-config";
import type { CodeLocationEntry } from "../../../../shared/storage/code-location-storage";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import type { GraphQLContext } from "../context";
import { presentPythonError } from "./errors";
import { presentJob } from "./job";
import { presentSchedule, presentSensor } from "./instigation";
import { PERMISSIONS } from "./permissions";


export function presentRepositoryOrigin(locationName: string, repositoryName: string) {
  return {
    id: `${repositoryName}@${locationName}`,
    repositoryLocationName: locationName,
    repositoryName,
    repositoryLocationMetadata: [],
  };
}

export function presentLocationEntry(entry: CodeLocationEntry, context: GraphQLContext) {
  return {
    __typename: "WorkspaceLocationEntry",
    id: entry.name,
    name: entry.name,
    loadStatus: "LOADED",
    updatedTimestamp: entry.updateTime,
    versionKey: entry.versionKey,
    displayMetadata: displayMetadata(context.instance.workspaceConfig.locations.find((location) => location.locationName === entry.name)),
    permissions: PERMISSIONS,
    featureFlags: [],
    locationOrLoadError: entry.snapshot
      ? presentRepositoryLocation({ locationName: entry.name, snapshot: entry.snapshot }, context)
      : presentPythonError(entry.loadError ?? { message: `Location ${entry.name} has no definitions`, className: "Error", stack: [] }),
  };
}

export function presentLocationStatus(entry: CodeLocationEntry) {
  return { id: entry.name, name: entry.name, loadStatus: "LOADED", updateTimestamp: entry.updateTime, versionKey: entry.versionKey };
}

export function presentRepositoryLocation(repository: RepositoryRef, context: GraphQLContext) {
  return {
    __typename: "RepositoryLocation",
    id: repository.locationName,
    name: repository.locationName,
    isReloadSupported: true,
    environmentPath: null,
    serverId: null,
    dagsterLibraryVersions: [{ name: "dagflare-sdk", version: repository.snapshot.sdkVersion }],
    repositories: () => [presentRepository(repository, context)],
  };
}

export function presentRepository(repository: RepositoryRef, context: GraphQLContext) {
  const { locationName, snapshot } = repository;
  const jobs = [...snapshot.jobs].sort((a, b) => a.name.localeCompare(b.name));
  return {
    __typename: "Repository",
    id: `${snapshot.repositoryName}@${locationName}`,
    name: snapshot.repositoryName,
    location: () => presentRepositoryLocation(repository, context),
    origin: presentRepositoryOrigin(locationName, snapshot.repositoryName),
    displayMetadata: [],
    pipelines: () => jobs.map((job) => presentJob(repository, job, "Pipeline", context)),
    jobs: () => jobs.map((job) => presentJob(repository, job, "Job", context)),
    schedules: () => snapshot.schedules.map((schedule) => presentSchedule(repository, schedule, context)),
    sensors: ({ sensorType }: { sensorType?: string | null }) =>
      snapshot.sensors
        .filter((sensor) => !sensorType || sensor.sensorType === sensorType)
        .map((sensor) => presentSensor(repository, sensor, context)),
    usedSolids: () => usedSolids(repository, context),
    usedSolid: ({ name }: { name: string }) => usedSolids(repository, context).find((used) => used.definition.name === name) ?? null,
    allTopLevelResourceDetails: snapshot.resources.map((resource) => ({
      id: `${locationName}-${resource.name}`,
      name: resource.name,
      description: resource.description ?? null,
      resourceType: resource.name,
      configFields: [],
    })),
  };
}

/** Every op definition in the repository with the job nodes that invoke it. */
function usedSolids(repository: RepositoryRef, context: GraphQLContext) {
  const byOp = new Map<string, { definition: { name: string }; invocations: unknown[] }>();
  for (const job of repository.snapshot.jobs) {
    const presented = presentJob(repository, job, "Pipeline", context);
    for (const solid of presented.solids()) {
      const used = byOp.get(solid.definition.name) ?? { definition: solid.definition, invocations: [] };
      used.invocations.push({ pipeline: presented, solidHandle: { handleID: solid.name, solid, parent: null } });
      byOp.set(solid.definition.name, used);
    }
  }
  return [...byOp.values()].sort((a, b) => a.definition.name.localeCompare(b.definition.name));
}

function displayMetadata(location: CodeLocationConfig | undefined) {
  if (!location) return [];
  return location.type === "service_binding"
    ? [{ key: "service_binding", value: location.binding }]
    : [{ key: "url", value: location.url }];
}
