/**
 * Workspace, code location and repository objects over stored location entries.
 * @module
 */
import type { CodeLocationConfig } from "../../../../shared/config/workspace-config";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import type { Resolvers, ResolversParentTypes } from "../__generated__/resolvers-types";
import { presentPythonError } from "../errors/python-error";
import { dagsterPermissions } from "../../../../shared/auth/dagster-permissions";
import { opGraph } from "../jobs/op-graph";
import { typed } from "../typed";
import { repositoryOrigin } from "./repository-origin";

/** Every op definition in the repository with the job nodes that invoke it. */
function usedSolids(repository: RepositoryRef): ResolversParentTypes["UsedSolid"][] {
  const byOp = new Map<string, ResolversParentTypes["UsedSolid"]>();
  for (const job of repository.snapshot.jobs) {
    for (const solid of opGraph(job)) {
      const used = byOp.get(solid.definition.name) ?? { definition: solid.definition, invocations: [] };
      used.invocations.push({
        pipeline: { repository, job },
        solidHandle: { handleID: solid.name, solid, parent: null },
      });
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

const sortedJobs = (repository: RepositoryRef) =>
  [...repository.snapshot.jobs].sort((a, b) => a.name.localeCompare(b.name));

export const resolvers: Resolvers = {
  WorkspaceLocationEntry: {
    id: (entry) => entry.name,
    loadStatus: () => "LOADED",
    updatedTimestamp: (entry) => entry.updateTime,
    displayMetadata: (entry, _, context) =>
      displayMetadata(
        context.instance.workspaceConfig.locations.find((location) => location.locationName === entry.name),
      ),
    permissions: (entry, _, context) => dagsterPermissions(context.caller, entry.name),
    featureFlags: () => [],
    locationOrLoadError: (entry) =>
      entry.snapshot
        ? typed("RepositoryLocation", { locationName: entry.name, snapshot: entry.snapshot })
        : presentPythonError(
            entry.loadError ?? {
              message: `Location ${entry.name} has no definitions`,
              className: "Error",
              stack: [],
            },
          ),
  },
  WorkspaceLocationStatusEntry: {
    id: (entry) => entry.name,
    loadStatus: () => "LOADED",
    updateTimestamp: (entry) => entry.updateTime,
  },
  RepositoryLocation: {
    id: (repository) => repository.locationName,
    name: (repository) => repository.locationName,
    isReloadSupported: () => true,
    environmentPath: () => null,
    serverId: () => null,
    dagsterLibraryVersions: (repository) => [
      { name: "dagflare-sdk", version: repository.snapshot.sdkVersion },
    ],
    repositories: (repository) => [repository],
  },
  Repository: {
    id: ({ locationName, snapshot }) => `${snapshot.repositoryName}@${locationName}`,
    name: ({ snapshot }) => snapshot.repositoryName,
    location: (repository) => repository,
    origin: ({ locationName, snapshot }) => repositoryOrigin(locationName, snapshot.repositoryName),
    displayMetadata: () => [],
    pipelines: (repository) => sortedJobs(repository).map((job) => ({ repository, job })),
    jobs: (repository) => sortedJobs(repository).map((job) => ({ repository, job })),
    schedules: (repository) => repository.snapshot.schedules.map((schedule) => ({ repository, schedule })),
    sensors: (repository, { sensorType }) =>
      repository.snapshot.sensors
        .filter((sensor) => !sensorType || sensor.sensorType === sensorType)
        .map((sensor) => ({ repository, sensor })),
    usedSolids: (repository) => usedSolids(repository),
    usedSolid: (repository, { name }) =>
      usedSolids(repository).find((used) => used.definition.name === name) ?? null,
    allTopLevelResourceDetails: (repository) =>
      repository.snapshot.resources.map((resource) => ({ repository, resource })),
  },
};
