/**
 * How schedules and sensors name the jobs they target: a job definition or its name.
 * @module
 */
import type { JobDefinition } from "./define-job";

export type JobTarget = JobDefinition | string;

export function targetName(target: JobTarget): string {
  return typeof target === "string" ? target : target.name;
}

/** Defaults shared by schedules and sensors, as in Dagster. */
export type DefaultStatus = "RUNNING" | "STOPPED";
