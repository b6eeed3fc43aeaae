/**
 * The jobs list's one query: every code location entry (loaded or not) with its repositories' jobs, what
 * targets them and their latest run, as Dagster's workspace query serves it.
 * @module
 */
export const JOBS_LIST_QUERY = /* GraphQL */ `
  query JobsList {
    workspaceOrError {
      __typename
      ... on Workspace {
        locationEntries {
          id
          name
          loadStatus
          locationOrLoadError {
            __typename
            ... on RepositoryLocation {
              repositories {
                name
                pipelines {
                  id
                  name
                  description
                  solids { name }
                  schedules { name cronSchedule }
                  sensors { name }
                  runs(limit: 1) { runId status creationTime }
                }
              }
            }
            ... on PythonError { message }
          }
        }
      }
      ... on PythonError { message }
    }
  }
`;

export type JobRow = {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly solids: ReadonlyArray<{ readonly name: string }>;
  readonly schedules: ReadonlyArray<{ readonly name: string; readonly cronSchedule: string }>;
  readonly sensors: ReadonlyArray<{ readonly name: string }>;
  readonly runs: ReadonlyArray<{ readonly runId: string; readonly status: string; readonly creationTime: number }>;
};

export type LocationEntry = {
  readonly id: string;
  readonly name: string;
  readonly loadStatus: string;
  readonly locationOrLoadError:
    | null
    | { readonly __typename: "PythonError"; readonly message: string }
    | { readonly __typename: "RepositoryLocation"; readonly repositories: ReadonlyArray<{ readonly name: string; readonly pipelines: readonly JobRow[] }> };
};

export type JobsListData = {
  readonly workspaceOrError:
    | { readonly __typename: "PythonError"; readonly message: string }
    | { readonly __typename: "Workspace"; readonly locationEntries: readonly LocationEntry[] };
};
