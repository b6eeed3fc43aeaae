/**
 * Schedules and sensors differ in names only for most of what the UI does with them: this is where
 * those names live (their labels, URL and runs tag), so the list, detail, toggle and tick components
 * can serve both.
 * @module
 */
import type { RepositorySelector } from "../../api/use-location-repository";
import { paths } from "../../router";

export type InstigatorKind = "schedule" | "sensor";

export type { RepositorySelector };

export const instigatorPath = (kind: InstigatorKind, location: string, name: string) =>
  kind === "schedule" ? paths.schedule(location, name) : paths.sensor(location, name);

export const KIND_LABELS = {
  schedule: { one: "schedule", many: "schedules", title: "Schedule" },
  sensor: { one: "sensor", many: "sensors", title: "Sensor" },
} as const;

/** The tag Dagster puts on the runs a schedule or sensor launched (`dagster/schedule_name`, `dagster/sensor_name`). */
export const runsTagKey = (kind: InstigatorKind) => `dagster/${kind}_name`;
