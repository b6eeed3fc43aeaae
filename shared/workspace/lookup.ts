/**
 * Finding a repository or job among loaded code locations. Outcomes are data, so each caller (GraphQL,
 * HTTP API, daemon) can map them to its own error shape.
 * @module
 */
import type { JobSnapshot, RepositorySnapshot } from "../protocol/code-location-protocol";
import type { SerializableError } from "../errors/serializable-error";
import type { CodeLocationEntry } from "../storage/code-location-storage";

/** A loaded code location's single repository. */
export type RepositoryRef = { locationName: string; snapshot: RepositorySnapshot };

export type RepositoryLookup =
  | { kind: "found"; repository: RepositoryRef }
  | { kind: "load_error"; error: SerializableError }
  | { kind: "not_found" };

export type JobLookup =
  | { kind: "found"; repository: RepositoryRef; job: JobSnapshot }
  | Exclude<RepositoryLookup, { kind: "found" }>;

export function findRepository(
  entries: readonly CodeLocationEntry[],
  locationName: string,
  repositoryName: string,
): RepositoryLookup {
  const entry = entries.find((candidate) => candidate.name === locationName);
  if (!entry) return { kind: "not_found" };
  if (!entry.snapshot)
    return entry.loadError ? { kind: "load_error", error: entry.loadError } : { kind: "not_found" };
  if (entry.snapshot.repositoryName !== repositoryName) return { kind: "not_found" };
  return { kind: "found", repository: { locationName, snapshot: entry.snapshot } };
}

export function findJob(
  entries: readonly CodeLocationEntry[],
  selector: { locationName: string; repositoryName: string; jobName: string },
): JobLookup {
  const lookup = findRepository(entries, selector.locationName, selector.repositoryName);
  if (lookup.kind !== "found") return lookup;
  const job = lookup.repository.snapshot.jobs.find((candidate) => candidate.name === selector.jobName);
  return job ? { kind: "found", repository: lookup.repository, job } : { kind: "not_found" };
}

/** Every loaded repository, in workspace order. */
export function loadedRepositories(entries: readonly CodeLocationEntry[]): RepositoryRef[] {
  return entries.flatMap((entry) =>
    entry.snapshot ? [{ locationName: entry.name, snapshot: entry.snapshot }] : [],
  );
}
