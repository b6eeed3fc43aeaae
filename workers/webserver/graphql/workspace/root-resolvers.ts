/**
 * Workspace and repository queries, and the reload and shutdown mutations (shared/operations/locations).
 * @module
 */
import { reloadLocation, reloadWorkspace, shutdownLocation } from "../../../../shared/operations/locations";
import type { CodeLocationEntry } from "../../../../shared/storage/code-location-storage";
import { findRepository, loadedRepositories } from "../../../../shared/workspace/lookup";
import type { MutationResolvers, QueryResolvers, RepositorySelector } from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { repositoryLocationNotFound, repositoryNotFound } from "../errors/not-found";
import { orPythonError, presentPythonError } from "../errors/python-error";
import { orRefusal } from "../errors/unauthorized";
import { typed } from "../typed";

const workspace = (entries: CodeLocationEntry[]) => ({
  __typename: "Workspace" as const,
  id: "Workspace",
  locationEntries: entries,
});

async function repositoryOrError(selector: RepositorySelector, context: GraphQLContext) {
  const lookup = findRepository(
    await context.locationEntries(),
    selector.repositoryLocationName,
    selector.repositoryName,
  );
  if (lookup.kind === "found") return typed("Repository", lookup.repository);
  if (lookup.kind === "load_error") return presentPythonError(lookup.error);
  return repositoryNotFound(selector.repositoryLocationName, selector.repositoryName);
}

export const workspaceQueries: QueryResolvers = {
  workspaceOrError: (_, __, context) => orPythonError(async () => workspace(await context.locationEntries())),
  workspaceLocationEntryOrError: (_, { name }, context) =>
    orPythonError(async () => {
      const entry = (await context.locationEntries()).find((candidate) => candidate.name === name);
      return entry ? typed("WorkspaceLocationEntry", entry) : null;
    }),
  locationStatusesOrError: (_, __, context) =>
    orPythonError(async () => ({
      __typename: "WorkspaceLocationStatusEntries" as const,
      entries: await context.locationEntries(),
    })),
  repositoriesOrError: (_, { repositorySelector }, context) =>
    orPythonError(async () => {
      if (repositorySelector) {
        const repository = await repositoryOrError(repositorySelector, context);
        return repository.__typename === "Repository"
          ? { __typename: "RepositoryConnection" as const, nodes: [repository] }
          : repository;
      }
      return {
        __typename: "RepositoryConnection" as const,
        nodes: loadedRepositories(await context.locationEntries()),
      };
    }),
  repositoryOrError: (_, { repositorySelector }, context) =>
    orPythonError(() => repositoryOrError(repositorySelector, context)),
};

export const workspaceMutations: MutationResolvers = {
  reloadRepositoryLocation: (_, { repositoryLocationName }, context) =>
    orRefusal(async () => {
      const outcome = await reloadLocation(context.instance, repositoryLocationName, context.caller);
      return outcome.kind === "not_found"
        ? repositoryLocationNotFound(repositoryLocationName)
        : typed("WorkspaceLocationEntry", outcome.entry);
    }),
  shutdownRepositoryLocation: (_, { repositoryLocationName }, context) =>
    orRefusal(async () => {
      const outcome = await shutdownLocation(context.instance, repositoryLocationName, context.caller);
      if (outcome.kind === "not_found") return repositoryLocationNotFound(repositoryLocationName);
      // Dagster raises a plain Exception here, which its resolver wrapper answers as an in-band PythonError.
      if (outcome.kind === "not_supported")
        return presentPythonError({ message: outcome.message, className: "Exception", stack: [] });
      return { __typename: "ShutdownRepositoryLocationSuccess" as const, repositoryLocationName };
    }),
  reloadWorkspace: (_, __, context) =>
    orRefusal(async () => workspace(await reloadWorkspace(context.instance, context.caller))),
};
