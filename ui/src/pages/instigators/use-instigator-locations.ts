/**
 * The schedules or sensors of every code location, for the list pages: one group per location (with its
 * load error when it failed to load), each item carrying the repository its selector needs.
 * @module
 */
import { useQuery } from "../../api/use-query";
import type { PythonErrorData } from "../../components/python-error-details";
import { graphql } from "../../gql";
import type { ScheduleRowFieldsFragment, SensorRowFieldsFragment } from "../../gql/graphql";
import type { InstigatorKind, RepositorySelector } from "./instigator-kind";

export type LocationGroup<T> =
  | { readonly location: string; readonly kind: "loaded"; readonly items: readonly (T & { readonly repository: RepositorySelector })[] }
  | { readonly location: string; readonly kind: "load_error"; readonly error: PythonErrorData };

/** A list page's row per kind: the fragment each list page selects (schedules-page.tsx, sensors-page.tsx). */
type Rows = { readonly schedule: ScheduleRowFieldsFragment; readonly sensor: SensorRowFieldsFragment };

// One document for both lists; @include keeps each page to its own kind's rows.
const INSTIGATORS_QUERY = graphql(`
  query InstigatorsList($schedules: Boolean!, $sensors: Boolean!) {
    workspaceOrError {
      __typename
      ... on Workspace {
        id
        locationEntries {
          id
          name
          locationOrLoadError {
            __typename
            ... on RepositoryLocation {
              id
              repositories {
                id
                name
                schedules @include(if: $schedules) { ...ScheduleRowFields }
                sensors @include(if: $sensors) { ...SensorRowFields }
              }
            }
            ...PythonErrorFields
          }
        }
      }
      ...PythonErrorFields
    }
  }
`);

const POLL_MS = 10_000;

export function useInstigatorLocations<K extends InstigatorKind>(kind: K) {
  type T = Rows[K];
  const field = kind === "schedule" ? "schedules" : "sensors";
  const { data, error, refetch } = useQuery(INSTIGATORS_QUERY, { schedules: kind === "schedule", sensors: kind === "sensor" }, { pollMs: POLL_MS });
  const workspace = data?.workspaceOrError;
  const groups: LocationGroup<T>[] | undefined =
    workspace?.__typename === "Workspace"
      ? workspace.locationEntries.map((entry): LocationGroup<T> => {
          const loaded = entry.locationOrLoadError;
          if (loaded?.__typename === "PythonError") return { location: entry.name, kind: "load_error", error: loaded };
          const repositories = loaded?.repositories ?? [];
          const items = repositories.flatMap((repository) =>
            ((repository[field] ?? []) as readonly T[]).map((item) => ({ ...item, repository: { repositoryLocationName: entry.name, repositoryName: repository.name } })),
          );
          return { location: entry.name, kind: "loaded", items };
        })
      : undefined;
  return { groups, workspaceError: workspace?.__typename === "PythonError" ? workspace : undefined, error, refetch };
}
