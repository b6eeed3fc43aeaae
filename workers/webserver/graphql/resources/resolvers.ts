/**
 * Resource details by selector or for a whole repository, and the environment variables they read.
 * @module
 */
import type { RepositorySelector } from "../__generated__/resolvers-types";
import { findRepository } from "../../../../shared/workspace/lookup";
import type { Resolvers } from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { repositoryNotFound } from "../errors/not-found";
import { orPythonError, presentPythonError } from "../errors/python-error";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { configTypesOf } from "../run-config/config-type-graph";
import { typed } from "../typed";
import { jobsOpsUsing, nestedResources, parentResources, utilizedEnvVars } from "./resource-usage";

async function repositoryOf(context: GraphQLContext, selector: RepositorySelector) {
  return findRepository(
    await context.locationEntries(),
    selector.repositoryLocationName,
    selector.repositoryName,
  );
}

export const resolvers: Resolvers = {
  Query: {
    topLevelResourceDetailsOrError: (_, { resourceSelector: selector }, context) =>
      orPythonError(async () => {
        const lookup = await repositoryOf(context, selector);
        if (lookup.kind === "load_error") return presentPythonError(lookup.error);
        const resource =
          lookup.kind === "found"
            ? lookup.repository.snapshot.resources.find(
                (candidate) => candidate.name === selector.resourceName,
              )
            : undefined;
        if (lookup.kind === "found" && resource)
          return typed("ResourceDetails", { repository: lookup.repository, resource });
        // The union has no RepositoryNotFoundError: a missing repository is the resource not being found there.
        const where = `${selector.repositoryLocationName}.${selector.repositoryName}`;
        return {
          __typename: "ResourceNotFoundError" as const,
          resourceName: selector.resourceName,
          message:
            lookup.kind === "found"
              ? `Could not find resource ${selector.resourceName} in ${where}.`
              : `Could not find resource ${selector.resourceName}: ${repositoryNotFound(selector.repositoryLocationName, selector.repositoryName).message}.`,
        };
      }),
    allTopLevelResourceDetailsOrError: (_, { repositorySelector: selector }, context) =>
      orPythonError(async () => {
        const lookup = await repositoryOf(context, selector);
        if (lookup.kind === "load_error") return presentPythonError(lookup.error);
        if (lookup.kind === "not_found")
          return repositoryNotFound(selector.repositoryLocationName, selector.repositoryName);
        const { repository } = lookup;
        const results = [...repository.snapshot.resources]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((resource) => ({ repository, resource }));
        return { __typename: "ResourceDetailsList" as const, results };
      }),
    utilizedEnvVarsOrError: (_, { repositorySelector: selector }, context) =>
      orPythonError(async () => {
        const lookup = await repositoryOf(context, selector);
        if (lookup.kind === "load_error") return presentPythonError(lookup.error);
        if (lookup.kind === "not_found") {
          const { message } = repositoryNotFound(selector.repositoryLocationName, selector.repositoryName);
          throw new DagflareError("NOT_FOUND", `repositorySelector: ${message}`);
        }
        return {
          __typename: "EnvVarWithConsumersList" as const,
          results: utilizedEnvVars(lookup.repository.snapshot.resources),
        };
      }),
  },
  ResourceDetails: {
    id: ({ repository, resource }) =>
      `${repository.locationName}-${repository.snapshot.repositoryName}-${resource.name}`,
    name: ({ resource }) => resource.name,
    description: ({ resource }) => resource.description ?? null,
    resourceType: ({ resource }) => resource.resourceType ?? resource.name,
    isTopLevel: () => true,
    configFields: ({ resource }) => {
      if (!resource.configSchema) return [];
      const { root } = configTypesOf(resource.configSchema);
      return (root.type.fields ?? []).map((field) => ({ ...field, index: root.index }));
    },
    configuredValues: ({ resource }) => resource.configuredValues ?? [],
    nestedResources: (ref) => nestedResources(ref),
    parentResources: (ref) => parentResources(ref),
    jobsOpsUsing: (ref) => jobsOpsUsing(ref),
    // Assets arrive with their own issue; schedules and sensors reach resources only through their jobs.
    assetKeysUsing: () => [],
    schedulesUsing: () => [],
    sensorsUsing: () => [],
  },
};
