/**
 * ScheduleStorage: instigator (schedule/sensor) state and ticks, modelled on Dagster's ScheduleStorage.
 * An instigator is identified by its selectorId, derived from location + repository + name.
 * @module
 */
import type { SerializableError } from "../errors/serializable-error";

export type InstigatorType = "SCHEDULE" | "SENSOR";
/** DECLARED_IN_CODE: running because the definition's default_status says so, not toggled by a user. */
export type InstigatorStatus = "RUNNING" | "STOPPED" | "DECLARED_IN_CODE";

export type InstigatorState = {
  selectorId: string;
  name: string;
  type: InstigatorType;
  status: InstigatorStatus;
  locationName: string;
  repositoryName: string;
  /** Schedules: { cronSchedule, startTimestamp, lastIterationTimestamp }; sensors: { cursor, lastTickTimestamp, lastRunKey }. */
  data: Record<string, unknown>;
  updateTime: number;
};

export type TickStatus = "STARTED" | "SKIPPED" | "SUCCESS" | "FAILURE";

export type NewTick = {
  selectorId: string;
  instigatorName: string;
  type: InstigatorType;
  status: TickStatus;
  /** Epoch seconds: the scheduled execution time for schedules, the evaluation time for sensors. */
  timestamp: number;
};

export type TickRecord = NewTick & {
  tickId: number;
  endTimestamp: number | null;
  runIds: string[];
  runKeys: string[];
  error: SerializableError | null;
  skipReason: string | null;
  cursor: string | null;
  failureCount: number;
};

export type TickUpdate = Partial<
  Pick<
    TickRecord,
    "status" | "endTimestamp" | "runIds" | "runKeys" | "error" | "skipReason" | "cursor" | "failureCount"
  >
>;

export interface ScheduleStorage {
  getInstigatorState(selectorId: string): Promise<InstigatorState | null>;
  getInstigatorStates(filter?: {
    locationName?: string;
    repositoryName?: string;
    type?: InstigatorType;
  }): Promise<InstigatorState[]>;
  /** Inserts or replaces the state for its selectorId. */
  putInstigatorState(
    state: Omit<InstigatorState, "updateTime"> & { updateTime?: number },
  ): Promise<InstigatorState>;
  deleteInstigatorState(selectorId: string): Promise<void>;
  createTick(tick: NewTick): Promise<TickRecord>;
  updateTick(tickId: number, update: TickUpdate): Promise<TickRecord>;
  /** Newest first. `before`/`after` bound the tick timestamp (exclusive); `cursor` is a tickId, returning older ticks. */
  getTicks(
    selectorId: string,
    options?: { limit?: number; before?: number; after?: number; statuses?: TickStatus[]; cursor?: number },
  ): Promise<TickRecord[]>;
  /** Deletes ticks of the given statuses older than `before` (epoch seconds); returns how many. */
  purgeTicks(selectorId: string, before: number, statuses?: TickStatus[]): Promise<number>;
}
