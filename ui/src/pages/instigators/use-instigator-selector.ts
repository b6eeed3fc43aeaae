/**
 * Schedule and sensor URLs name a code location and a name (`/locations/:location/schedules/:name`), but
 * Dagster's selectors also need the repository. This resolves it from the location entry, or says why it
 * cannot: the location is unknown or failed to load, or it defines no such schedule or sensor.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { KIND_LABELS, type InstigatorKind, type RepositorySelector } from "./instigator-kind";
import { graphql } from "../../gql";

export type InstigatorSelectorState =
  | { readonly kind: "loading" }
  | { readonly kind: "found"; readonly repository: RepositorySelector }
  | { readonly kind: "error"; readonly title: string; readonly message: string };

const LOCATION_QUERY = graphql(`
  query InstigatorLocation($location: String!) {
    workspaceLocationEntryOrError(name: $location) {
      __typename
      ... on WorkspaceLocationEntry {
        id
        loadStatus
        locationOrLoadError {
          __typename
          ... on RepositoryLocation { id repositories { id name schedules { id name } sensors { id name } } }
          ... on PythonError { message }
        }
      }
      ... on PythonError { message }
    }
  }`);

export function useInstigatorSelector(kind: InstigatorKind, location: string, name: string): InstigatorSelectorState {
  const { data, error } = useQuery(LOCATION_QUERY, { location });
  if (error) return { kind: "error", title: "Could not load the code location", message: error.message };
  if (!data) return { kind: "loading" };
  const entry = data.workspaceLocationEntryOrError;
  if (entry === null) return { kind: "error", title: "Code location not found", message: `There is no code location named "${location}" in the workspace.` };
  if (entry.__typename === "PythonError") return { kind: "error", title: "Could not load the workspace", message: entry.message };
  const loaded = entry.locationOrLoadError;
  if (loaded === null) return { kind: "error", title: `Code location ${location} is ${entry.loadStatus.toLowerCase()}`, message: "Try again in a moment." };
  if (loaded.__typename === "PythonError") return { kind: "error", title: `Code location ${location} failed to load`, message: loaded.message };
  const repository = loaded.repositories.find((candidate) => (kind === "schedule" ? candidate.schedules : candidate.sensors).some((item) => item.name === name));
  const label = KIND_LABELS[kind];
  if (!repository) return { kind: "error", title: `${label.title} not found`, message: `Code location "${location}" has no ${label.one} named "${name}".` };
  return { kind: "found", repository: { repositoryLocationName: location, repositoryName: repository.name } };
}
