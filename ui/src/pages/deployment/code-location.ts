/**
 * Code locations as the workspace reports them (`workspaceOrError.locationEntries`): whether each loaded,
 * its load error, when it was last (re)loaded and what it defines.
 * @module
 */
import { graphql } from "../../gql";
import type { LocationEntryFieldsFragment } from "../../gql/graphql";
import type { Verdict } from "./verdict-badge";

export const LocationEntryFields = graphql(`
  fragment LocationEntryFields on WorkspaceLocationEntry {
    id name loadStatus updatedTimestamp versionKey
    displayMetadata { key value }
    locationOrLoadError {
      __typename
      ... on RepositoryLocation { id dagsterLibraryVersions { name version } repositories { id name jobs { id name } schedules { id name } sensors { id name } } }
      ...PythonErrorFields
    }
  }
`);

type Named = { readonly name: string };

export type LocationEntry = LocationEntryFieldsFragment;
export type LoadedLocation = Extract<
  NonNullable<LocationEntry["locationOrLoadError"]>,
  { __typename: "RepositoryLocation" }
>;

export function locationVerdict(entry: LocationEntry): Verdict {
  if (entry.loadStatus === "LOADING") return { status: "STARTED", label: "Loading" };
  if (entry.locationOrLoadError?.__typename === "PythonError")
    return { status: "FAILURE", label: "Load error" };
  return { status: "SUCCESS", label: "Loaded" };
}

/** "1 job · 1 schedule · 2 sensors", over every repository of the location. */
export function definitionsSummary(location: LoadedLocation): string {
  const count = (pick: (repository: LoadedLocation["repositories"][number]) => readonly Named[]) =>
    location.repositories.reduce((total, repository) => total + pick(repository).length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [
    plural(
      count((r) => r.jobs),
      "job",
    ),
    plural(
      count((r) => r.schedules),
      "schedule",
    ),
    plural(
      count((r) => r.sensors),
      "sensor",
    ),
  ].join(" · ");
}
