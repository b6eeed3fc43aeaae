/**
 * The schedules or sensors of every code location, for the list pages: one group per location (with its
 * load error when it failed to load), each item carrying the repository its selector needs.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { PYTHON_ERROR_FIELDS, type PythonErrorData } from "../../components/python-error-details";
import type { InstigatorKind, RepositorySelector } from "./instigator-kind";

export type LocationGroup<T> =
  | { readonly location: string; readonly kind: "loaded"; readonly items: readonly (T & { readonly repository: RepositorySelector })[] }
  | { readonly location: string; readonly kind: "load_error"; readonly error: PythonErrorData };

type Repository<T> = { readonly name: string; readonly schedules?: readonly T[]; readonly sensors?: readonly T[] };
type WorkspaceData<T> = {
  workspaceOrError:
    | ({ __typename: "PythonError" } & PythonErrorData)
    | {
        __typename: "Workspace";
        locationEntries: ReadonlyArray<{
          name: string;
          locationOrLoadError: null | ({ __typename: "PythonError" } & PythonErrorData) | { __typename: "RepositoryLocation"; repositories: readonly Repository<T>[] };
        }>;
      };
};

const POLL_MS = 10_000;

export function useInstigatorLocations<T>(kind: InstigatorKind, itemFields: string) {
  const field = kind === "schedule" ? "schedules" : "sensors";
  const query = /* GraphQL */ `
    query ${kind === "schedule" ? "SchedulesList" : "SensorsList"} {
      workspaceOrError {
        __typename
        ... on Workspace {
          id
          locationEntries {
            id
            name
            locationOrLoadError {
              __typename
              ... on RepositoryLocation { id repositories { id name ${field} { ${itemFields} } } }
              ... on PythonError { ${PYTHON_ERROR_FIELDS} }
            }
          }
        }
        ... on PythonError { ${PYTHON_ERROR_FIELDS} }
      }
    }`;
  const { data, error, refetch } = useQuery<WorkspaceData<T>>(query, {}, { pollMs: POLL_MS });
  const workspace = data?.workspaceOrError;
  const groups: LocationGroup<T>[] | undefined =
    workspace?.__typename === "Workspace"
      ? workspace.locationEntries.map((entry): LocationGroup<T> => {
          const loaded = entry.locationOrLoadError;
          if (loaded?.__typename === "PythonError") return { location: entry.name, kind: "load_error", error: loaded };
          const repositories = loaded?.repositories ?? [];
          const items = repositories.flatMap((repository) =>
            (repository[field] ?? []).map((item) => ({ ...item, repository: { repositoryLocationName: entry.name, repositoryName: repository.name } })),
          );
          return { location: entry.name, kind: "loaded", items };
        })
      : undefined;
  return { groups, workspaceError: workspace?.__typename === "PythonError" ? workspace : undefined, error, refetch };
}
