/**
 * Schedules and sensors differ in names only for most of what the UI does with them: this is where
 * those names live (their GraphQL selector field, state field, not-found error and URL), so the list,
 * toggle and tick components can serve both.
 * @module
 */
import { paths } from "../../router";

export type InstigatorKind = "schedule" | "sensor";

export type RepositorySelector = { readonly repositoryLocationName: string; readonly repositoryName: string };

/** Dagster's ScheduleSelector / SensorSelector. */
export function selectorFor(kind: InstigatorKind, repository: RepositorySelector, name: string): Record<string, string> {
  return kind === "schedule" ? { ...repository, scheduleName: name } : { ...repository, sensorName: name };
}

export const instigatorPath = (kind: InstigatorKind, location: string, name: string) =>
  kind === "schedule" ? paths.schedule(location, name) : paths.sensor(location, name);

export const KIND_LABELS = { schedule: { one: "schedule", many: "schedules", title: "Schedule" }, sensor: { one: "sensor", many: "sensors", title: "Sensor" } } as const;
