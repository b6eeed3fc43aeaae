/**
 * Job URLs name a code location and a job (`/locations/:location/jobs/:job`), but Dagster's selectors also
 * need the repository. This resolves it from the location entry, or says why it cannot: the location is
 * unknown, failed to load, or has no such job.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { graphql } from "../../gql";

export type JobSelector = { readonly repositoryLocationName: string; readonly repositoryName: string; readonly pipelineName: string };

export type JobSelectorState =
  | { readonly kind: "loading" }
  | { readonly kind: "found"; readonly selector: JobSelector }
  | { readonly kind: "error"; readonly title: string; readonly message: string };

const LOCATION_QUERY = graphql(`
  query JobLocation($location: String!) {
    workspaceLocationEntryOrError(name: $location) {
      __typename
      ... on WorkspaceLocationEntry {
        loadStatus
        locationOrLoadError {
          __typename
          ... on RepositoryLocation { repositories { name pipelines { name } } }
          ... on PythonError { message }
        }
      }
      ... on PythonError { message }
    }
  }
`);

export function useJobSelector(location: string, job: string): JobSelectorState {
  const { data, error } = useQuery(LOCATION_QUERY, { location });
  if (error) return { kind: "error", title: "Could not load the code location", message: error.message };
  if (!data) return { kind: "loading" };
  const entry = data.workspaceLocationEntryOrError;
  if (entry === null) return { kind: "error", title: "Code location not found", message: `There is no code location named "${location}" in the workspace.` };
  if (entry.__typename === "PythonError") return { kind: "error", title: "Could not load the workspace", message: entry.message };
  const loaded = entry.locationOrLoadError;
  if (loaded === null) return { kind: "error", title: `Code location ${location} is ${entry.loadStatus.toLowerCase()}`, message: "Try again in a moment." };
  if (loaded.__typename === "PythonError") return { kind: "error", title: `Code location ${location} failed to load`, message: loaded.message };
  const repository = loaded.repositories.find((candidate) => candidate.pipelines.some((pipeline) => pipeline.name === job));
  if (!repository) return { kind: "error", title: "Job not found", message: `Code location "${location}" has no job named "${job}".` };
  return { kind: "found", selector: { repositoryLocationName: location, repositoryName: repository.name, pipelineName: job } };
}
