/**
 * Finding the schedule or sensor an operation names, by where it is defined or by its state id (the
 * selector id GraphQL hands out). Outcomes are data, so each transport answers with its own error shape.
 * @module
 */
import type { ScheduleSnapshot, SensorSnapshot } from "../protocol/code-location-protocol";
import type { SerializableError } from "../errors/serializable-error";
import { instigatorSelectorId } from "../scheduling/instigator-selector";
import type { CodeLocationEntry } from "../storage/code-location-storage";
import type { InstigatorType } from "../storage/schedule-storage";
import { findRepository, loadedRepositories, type RepositoryRef } from "../workspace/lookup";

/** A schedule or sensor by where it is defined, or by its state id. */
export type InstigatorRef =
  | { type: InstigatorType; locationName: string; repositoryName: string; name: string }
  | { type: InstigatorType; id: string };

export type Instigator =
  | { type: "SCHEDULE"; repository: RepositoryRef; definition: ScheduleSnapshot }
  | { type: "SENSOR"; repository: RepositoryRef; definition: SensorSnapshot };

export type InstigatorLookupError =
  | { kind: "location_error"; error: SerializableError }
  | { kind: "repository_not_found"; locationName: string; repositoryName: string }
  | { kind: "not_found"; type: InstigatorType; name: string; message: string };

export type InstigatorLookup =
  | { kind: "found"; instigator: Instigator; selectorId: string }
  | InstigatorLookupError;

const found = (instigator: Instigator): InstigatorLookup => ({
  kind: "found",
  instigator,
  selectorId: instigatorSelectorId(
    instigator.repository.locationName,
    instigator.repository.snapshot.repositoryName,
    instigator.definition.name,
  ),
});

const typeName = (type: InstigatorType) => (type === "SCHEDULE" ? "schedule" : "sensor");

function definitionIn(
  repository: RepositoryRef,
  type: InstigatorType,
  matches: (name: string) => boolean,
): Instigator | null {
  if (type === "SCHEDULE") {
    const definition = repository.snapshot.schedules.find((candidate) => matches(candidate.name));
    return definition ? { type, repository, definition } : null;
  }
  const definition = repository.snapshot.sensors.find((candidate) => matches(candidate.name));
  return definition ? { type, repository, definition } : null;
}

export function findInstigator(entries: readonly CodeLocationEntry[], ref: InstigatorRef): InstigatorLookup {
  if ("id" in ref) {
    for (const repository of loadedRepositories(entries)) {
      const instigator = definitionIn(
        repository,
        ref.type,
        (name) =>
          instigatorSelectorId(repository.locationName, repository.snapshot.repositoryName, name) === ref.id,
      );
      if (instigator) return found(instigator);
    }
    return {
      kind: "not_found",
      type: ref.type,
      name: ref.id,
      message: `No ${typeName(ref.type)} has id ${ref.id}.`,
    };
  }
  const lookup = findRepository(entries, ref.locationName, ref.repositoryName);
  if (lookup.kind === "load_error") return { kind: "location_error", error: lookup.error };
  if (lookup.kind === "not_found")
    return {
      kind: "repository_not_found",
      locationName: ref.locationName,
      repositoryName: ref.repositoryName,
    };
  const instigator = definitionIn(lookup.repository, ref.type, (name) => name === ref.name);
  if (instigator) return found(instigator);
  return {
    kind: "not_found",
    type: ref.type,
    name: ref.name,
    message: `Could not find ${typeName(ref.type)} ${ref.name} in ${ref.locationName}.`,
  };
}
