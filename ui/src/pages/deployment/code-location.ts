/**
 * Code locations as the workspace reports them (`workspaceOrError.locationEntries`): whether each loaded,
 * its load error, when it was last (re)loaded and what it defines.
 * @module
 */
import { PYTHON_ERROR_FIELDS, type PythonErrorData } from "../../components/python-error-details";
import type { Verdict } from "./verdict-badge";

export const LOCATION_ENTRY_FIELDS = `
  id name loadStatus updatedTimestamp versionKey
  displayMetadata { key value }
  locationOrLoadError {
    __typename
    ... on RepositoryLocation { id dagsterLibraryVersions { name version } repositories { id name jobs { id name } schedules { id name } sensors { id name } } }
    ... on PythonError { ${PYTHON_ERROR_FIELDS} }
  }`;

type Named = { readonly name: string };

export type LoadedLocation = {
  readonly __typename: "RepositoryLocation";
  readonly dagsterLibraryVersions: readonly { readonly name: string; readonly version: string }[] | null;
  readonly repositories: readonly { readonly name: string; readonly jobs: readonly Named[]; readonly schedules: readonly Named[]; readonly sensors: readonly Named[] }[];
};

export type LocationEntry = {
  readonly id: string;
  readonly name: string;
  readonly loadStatus: "LOADING" | "LOADED";
  readonly updatedTimestamp: number;
  readonly versionKey: string;
  readonly displayMetadata: readonly { readonly key: string; readonly value: string }[];
  readonly locationOrLoadError: LoadedLocation | ({ readonly __typename: "PythonError" } & PythonErrorData) | null;
};

export function locationVerdict(entry: LocationEntry): Verdict {
  if (entry.loadStatus === "LOADING") return { status: "STARTED", label: "Loading" };
  if (entry.locationOrLoadError?.__typename === "PythonError") return { status: "FAILURE", label: "Load error" };
  return { status: "SUCCESS", label: "Loaded" };
}

/** "1 job · 1 schedule · 2 sensors", over every repository of the location. */
export function definitionsSummary(location: LoadedLocation): string {
  const count = (pick: (repository: LoadedLocation["repositories"][number]) => readonly Named[]) =>
    location.repositories.reduce((total, repository) => total + pick(repository).length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [plural(count((r) => r.jobs), "job"), plural(count((r) => r.schedules), "schedule"), plural(count((r) => r.sensors), "sensor")].join(" · ");
}
