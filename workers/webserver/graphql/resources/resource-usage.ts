/**
 * Who uses a resource and what it reads, from a repository snapshot: the ops requiring its key (per job),
 * the resources depending on it, and the environment variables of every resource's configured values.
 * @module
 */
import type { ResourceSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import type { NestedResourceEntryMapper, ResourceRef } from "./mappers";

export function jobsOpsUsing({ repository, resource }: ResourceRef) {
  return repository.snapshot.jobs.flatMap((job) => {
    const opHandleIDs = job.ops
      .filter((node) => node.requiredResources.includes(resource.name))
      .map((node) => node.name);
    return opHandleIDs.length === 0 ? [] : [{ jobName: job.name, opHandleIDs }];
  });
}

function topLevel(repository: RepositoryRef, key: string): ResourceRef | null {
  const resource = repository.snapshot.resources.find((candidate) => candidate.name === key);
  return resource ? { repository, resource } : null;
}

export function nestedResources({ repository, resource }: ResourceRef): NestedResourceEntryMapper[] {
  return (resource.nestedResources ?? []).map((nested) => ({
    name: nested.name,
    type: nested.type,
    resource: nested.resourceKey === undefined ? null : topLevel(repository, nested.resourceKey),
  }));
}

/** The top-level resources that depend on this one, each under the name it has in them. */
export function parentResources({ repository, resource }: ResourceRef): NestedResourceEntryMapper[] {
  return repository.snapshot.resources.flatMap((parent) =>
    (parent.nestedResources ?? [])
      .filter((nested) => nested.resourceKey === resource.name)
      .map(() => ({
        name: parent.name,
        type: "TOP_LEVEL" as const,
        resource: { repository, resource: parent },
      })),
  );
}

/** Each environment variable read by a resource's configured values, with the resources reading it, by name. */
export function utilizedEnvVars(resources: readonly ResourceSnapshot[]) {
  const consumers = new Map<string, string[]>();
  for (const resource of resources) {
    for (const value of resource.configuredValues ?? []) {
      if (value.type !== "ENV_VAR") continue;
      const names = consumers.get(value.value) ?? [];
      if (!names.includes(resource.name)) names.push(resource.name);
      consumers.set(value.value, names);
    }
  }
  return [...consumers]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([envVarName, names]) => ({
      envVarName,
      envVarConsumers: names.map((name) => ({ type: "RESOURCE" as const, name })),
    }));
}
