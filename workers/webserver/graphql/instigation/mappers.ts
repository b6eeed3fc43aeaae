/**
 * Schedules and sensors resolve over their definition in a repository; an instigation state over the
 * stored state (null: never turned on or off, so the definition's default applies); a tick over its record.
 * @module
 */
import type { ScheduleSnapshot, SensorSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type {
  InstigatorState,
  InstigatorType,
  TickRecord,
} from "../../../../shared/storage/schedule-storage";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";

export type ScheduleMapper = { repository: RepositoryRef; schedule: ScheduleSnapshot };
export type SensorMapper = { repository: RepositoryRef; sensor: SensorSnapshot };

export type InstigatorStateKey = {
  selectorId: string;
  name: string;
  type: InstigatorType;
  defaultStatus: "RUNNING" | "STOPPED";
};
export type InstigationStateMapper = {
  repository: RepositoryRef;
  instigator: InstigatorStateKey;
  state: InstigatorState | null;
};
export type InstigationTickMapper = TickRecord;
