import { graphql } from "../../gql";
import type { JobsListQuery } from "../../gql/graphql";
/**
 * The jobs list's one query: every code location entry (loaded or not) with its repositories' jobs, what
 * targets them and their latest run, as Dagster's workspace query serves it.
 * @module
 */
export const JOBS_LIST_QUERY = graphql(`
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
`);

export type JobsListData = JobsListQuery;
export type LocationEntry = Extract<
  JobsListData["workspaceOrError"],
  { __typename: "Workspace" }
>["locationEntries"][number];
export type JobRow = Extract<
  NonNullable<LocationEntry["locationOrLoadError"]>,
  { __typename: "RepositoryLocation" }
>["repositories"][number]["pipelines"][number];
