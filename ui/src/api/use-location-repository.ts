/**
 * Page URLs name a code location and an item in it (`/locations/:location/jobs/:job`, `.../schedules/:name`),
 * but Dagster's selectors also need the repository. This resolves it from the location entry, or says why
 * it cannot: the location is unknown or failed to load, or none of its repositories holds the item.
 * @module
 */
import { graphql } from "../gql";
import type { LocationRepositoriesQuery } from "../gql/graphql";
import { useQuery } from "./use-query";

export type RepositorySelector = { readonly repositoryLocationName: string; readonly repositoryName: string };

export type RepositoryLookup =
  | { readonly kind: "loading" }
  | { readonly kind: "found"; readonly repository: RepositorySelector }
  | { readonly kind: "error"; readonly title: string; readonly message: string };

type Repository = Extract<
  Extract<
    LocationRepositoriesQuery["workspaceLocationEntryOrError"],
    { __typename: "WorkspaceLocationEntry" }
  >["locationOrLoadError"],
  { __typename: "RepositoryLocation" }
>["repositories"][number];

/** What the repository must hold, and the error that says it is missing. */
export type RepositoryItem = {
  readonly holds: (repository: Repository) => boolean;
  readonly title: string;
  readonly message: string;
};

const LOCATION_QUERY = graphql(`
  query LocationRepositories($location: String!) {
    workspaceLocationEntryOrError(name: $location) {
      __typename
      ... on WorkspaceLocationEntry {
        id
        loadStatus
        locationOrLoadError {
          __typename
          ... on RepositoryLocation { id repositories { id name pipelines { id name } schedules { id name } sensors { id name } } }
          ... on PythonError { message }
        }
      }
      ... on PythonError { message }
    }
  }`);

export function useLocationRepository(location: string, item: RepositoryItem): RepositoryLookup {
  const { data, error } = useQuery(LOCATION_QUERY, { location });
  if (error) return { kind: "error", title: "Could not load the code location", message: error.message };
  if (!data) return { kind: "loading" };
  const entry = data.workspaceLocationEntryOrError;
  if (entry === null)
    return {
      kind: "error",
      title: "Code location not found",
      message: `There is no code location named "${location}" in the workspace.`,
    };
  if (entry.__typename === "PythonError")
    return { kind: "error", title: "Could not load the workspace", message: entry.message };
  const loaded = entry.locationOrLoadError;
  if (loaded === null)
    return {
      kind: "error",
      title: `Code location ${location} is ${entry.loadStatus.toLowerCase()}`,
      message: "Try again in a moment.",
    };
  if (loaded.__typename === "PythonError")
    return { kind: "error", title: `Code location ${location} failed to load`, message: loaded.message };
  const repository = loaded.repositories.find(item.holds);
  if (!repository) return { kind: "error", title: item.title, message: item.message };
  return { kind: "found", repository: { repositoryLocationName: location, repositoryName: repository.name } };
}
