/**
 * Workspace, repository and job queries, and the reload and shutdown mutations (the location operations
 * in shared/operations/locations.ts, answered as Dagster's members).
 * @module
 */
import { reloadLocation, reloadWorkspace, shutdownLocation } from "../../../../shared/operations/locations";
import { findRepository, loadedRepositories } from "../../../../shared/workspace/lookup";
import type { GraphQLContext } from "../context";
import { orPythonError, presentPythonError, repositoryLocationNotFound, repositoryNotFound } from "../presenters/errors";
import { presentJob } from "../presenters/job";
import { presentLocationEntry, presentLocationStatus, presentRepository } from "../presenters/workspace";
import { lookupJob, type PipelineSelectorInput } from "./lookups";

type RepositorySelectorInput = { repositoryName: string; repositoryLocationName: string };

async function presentWorkspace(context: GraphQLContext) {
  const entries = await context.locationEntries();
  return { __typename: "Workspace", id: "Workspace", locationEntries: entries.map((entry) => presentLocationEntry(entry, context)) };
}

async function repositoryOrError(selector: RepositorySelectorInput, context: GraphQLContext) {
  const lookup = findRepository(await context.locationEntries(), selector.repositoryLocationName, selector.repositoryName);
  if (lookup.kind === "found") return presentRepository(lookup.repository, context);
  if (lookup.kind === "load_error") return presentPythonError(lookup.error);
  return repositoryNotFound(selector.repositoryLocationName, selector.repositoryName);
}

export const workspaceQueries = {
  workspaceOrError: (_: unknown, __: unknown, context: GraphQLContext) => orPythonError(() => presentWorkspace(context)),
  workspaceLocationEntryOrError: (_: unknown, { name }: { name: string }, context: GraphQLContext) =>
    orPythonError(async () => {
      const entry = (await context.locationEntries()).find((candidate) => candidate.name === name);
      return entry ? presentLocationEntry(entry, context) : null;
    }),
  locationStatusesOrError: (_: unknown, __: unknown, context: GraphQLContext) =>
    orPythonError(async () => ({
      __typename: "WorkspaceLocationStatusEntries",
      entries: (await context.locationEntries()).map(presentLocationStatus),
    })),
  repositoriesOrError: (_: unknown, { repositorySelector }: { repositorySelector?: RepositorySelectorInput | null }, context: GraphQLContext) =>
    orPythonError(async () => {
      if (repositorySelector) {
        const repository = await repositoryOrError(repositorySelector, context);
        return repository.__typename === "Repository" ? { __typename: "RepositoryConnection", nodes: [repository] } : repository;
      }
      const nodes = loadedRepositories(await context.locationEntries()).map((repository) => presentRepository(repository, context));
      return { __typename: "RepositoryConnection", nodes };
    }),
  repositoryOrError: (_: unknown, { repositorySelector }: { repositorySelector: RepositorySelectorInput }, context: GraphQLContext) =>
    orPythonError(() => repositoryOrError(repositorySelector, context)),
  pipelineOrError: (_: unknown, { params }: { params: PipelineSelectorInput }, context: GraphQLContext) =>
    orPythonError(async () => {
      const lookup = await lookupJob(params, context);
      return lookup.kind === "found" ? presentJob(lookup.repository, lookup.job, "Pipeline", context) : lookup.error;
    }),
};

export const workspaceMutations = {
  reloadRepositoryLocation: (_: unknown, { repositoryLocationName }: { repositoryLocationName: string }, context: GraphQLContext) =>
    orPythonError(async () => {
      const outcome = await reloadLocation(context.instance, repositoryLocationName);
      return outcome.kind === "not_found" ? repositoryLocationNotFound(repositoryLocationName) : presentLocationEntry(outcome.entry, context);
    }),
  shutdownRepositoryLocation: (_: unknown, { repositoryLocationName }: { repositoryLocationName: string }, context: GraphQLContext) =>
    orPythonError(async () => {
      const outcome = await shutdownLocation(context.instance, repositoryLocationName);
      if (outcome.kind === "not_found") return repositoryLocationNotFound(repositoryLocationName);
      // Dagster raises a plain Exception here, which its resolver wrapper answers as an in-band PythonError.
      if (outcome.kind === "not_supported") return presentPythonError({ message: outcome.message, className: "Exception", stack: [] });
      return { __typename: "ShutdownRepositoryLocationSuccess", repositoryLocationName };
    }),
  reloadWorkspace: (_: unknown, __: unknown, context: GraphQLContext) =>
    orPythonError(async () => {
      const entries = await reloadWorkspace(context.instance);
      return { __typename: "Workspace", id: "Workspace", locationEntries: entries.map((entry) => presentLocationEntry(entry, context)) };
    }),
};
