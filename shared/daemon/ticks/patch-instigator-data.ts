/**
 * Writing a schedule's or sensor's daemon bookkeeping (start time, last tick, cursor) into its stored
 * state without overwriting what a user changed meanwhile.
 * @module
 */
import type { InstigatorState, InstigatorType, ScheduleStorage } from "../../storage/schedule-storage";

/** Where an instigator is defined; its name is its definition's. */
export type InstigatorRef = {
  selectorId: string;
  locationName: string;
  repositoryName: string;
  definition: { name: string };
};

/**
 * Merges `patch` into the instigator's stored data, re-reading the state first so a status a user
 * wrote meanwhile (stopped) is kept; a state never stored is created DECLARED_IN_CODE (running by its
 * default status). Idempotent for the same patch.
 */
export async function patchInstigatorData(
  schedules: ScheduleStorage,
  target: InstigatorRef,
  type: InstigatorType,
  patch: Record<string, unknown>,
): Promise<InstigatorState> {
  const current = await schedules.getInstigatorState(target.selectorId);
  return schedules.putInstigatorState({
    selectorId: target.selectorId,
    name: target.definition.name,
    type,
    status: current?.status ?? "DECLARED_IN_CODE",
    locationName: target.locationName,
    repositoryName: target.repositoryName,
    data: { ...current?.data, ...patch },
  });
}
