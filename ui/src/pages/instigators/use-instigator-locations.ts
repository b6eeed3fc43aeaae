/**
 * The schedules or sensors of every code location: one group per location (with its load error when it
 * failed to load), each item carrying the repository its selector needs. The list pages read it through
 * `useInstigatorLocations`; the overview spreads the same fragment into its one document.
 * @module
 */
import { useQuery } from "../../api/use-query";
import type { PythonErrorData } from "../../components/python-error-details";
import { graphql } from "../../gql";
import type { WorkspaceInstigatorsFragment } from "../../gql/graphql";
import type { InstigatorKind, RepositorySelector } from "./instigator-kind";

export type LocationGroup<T> =
  | {
      readonly location: string;
      readonly kind: "loaded";
      readonly items: readonly (T & { readonly repository: RepositorySelector })[];
    }
  | { readonly location: string; readonly kind: "load_error"; readonly error: PythonErrorData };

type Repository = Extract<
  Extract<
    WorkspaceInstigatorsFragment,
    { __typename: "Workspace" }
  >["locationEntries"][number]["locationOrLoadError"],
  { __typename: "RepositoryLocation" }
>["repositories"][number];
/** A row per kind: the fragment each list page selects (schedules-page.tsx, sensors-page.tsx). */
export type InstigatorRow<K extends InstigatorKind> = {
  readonly schedule: Repository["schedules"][number];
  readonly sensor: Repository["sensors"][number];
}[K];

export const WorkspaceInstigators = graphql(`
  fragment WorkspaceInstigators on WorkspaceOrError {
    __typename
    ... on Workspace {
      id
      locationEntries {
        id
        name
        locationOrLoadError {
          __typename
          ... on RepositoryLocation { id repositories { id name schedules { ...ScheduleRowFields } sensors { ...SensorRowFields } } }
          ...PythonErrorFields
        }
      }
    }
    ...PythonErrorFields
  }
`);

const INSTIGATORS_QUERY = graphql(`
  query InstigatorsList {
    workspaceOrError { ...WorkspaceInstigators }
  }
`);

const POLL_MS = 10_000;

/** The workspace's `kind`s per code location; undefined when the workspace itself could not be read. */
export function locationGroups<K extends InstigatorKind>(
  workspace: WorkspaceInstigatorsFragment,
  kind: K,
): LocationGroup<InstigatorRow<K>>[] | undefined {
  if (workspace.__typename !== "Workspace") return undefined;
  return workspace.locationEntries.map((entry): LocationGroup<InstigatorRow<K>> => {
    const loaded = entry.locationOrLoadError;
    if (loaded?.__typename === "PythonError")
      return { location: entry.name, kind: "load_error", error: loaded };
    const items = (loaded?.repositories ?? []).flatMap((repository) =>
      ((kind === "schedule" ? repository.schedules : repository.sensors) as readonly InstigatorRow<K>[]).map(
        (item) => ({
          ...item,
          repository: { repositoryLocationName: entry.name, repositoryName: repository.name },
        }),
      ),
    );
    return { location: entry.name, kind: "loaded", items };
  });
}

export function useInstigatorLocations<K extends InstigatorKind>(kind: K) {
  const { data, error, refetch } = useQuery(INSTIGATORS_QUERY, {}, { pollMs: POLL_MS });
  const workspace = data?.workspaceOrError;
  return {
    groups: workspace ? locationGroups(workspace, kind) : undefined,
    workspaceError: workspace?.__typename === "PythonError" ? workspace : undefined,
    error,
    refetch,
  };
}
