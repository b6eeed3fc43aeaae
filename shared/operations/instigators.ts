/**
 * Turning schedules and sensors on and off, resetting them, and setting a sensor's cursor. Each writes
 * the instigator's stored state, which the daemon's scheduler and sensor sub-daemons act on; resetting
 * deletes it, so the definition's default status applies again. Callers that can reach the daemon tell it
 * after a `changed` outcome, so it re-plans without waiting for its next pass.
 * @module
 */
import type { Instance } from "../instance/instance";
import type { InstigatorStatus } from "../storage/schedule-storage";
import { authorize, LOCAL_CALLER, type Caller, type OperationAction } from "./authorize";
import {
  findInstigator,
  type Instigator,
  type InstigatorLookupError,
  type InstigatorRef,
} from "./find-instigator";

type InstigatorDeps = Pick<Instance, "storage" | "workspace">;

export type InstigatorOutcome =
  | { kind: "changed"; instigator: Instigator; selectorId: string }
  | InstigatorLookupError;

/** Turns a schedule or sensor on at `now` (epoch seconds): a schedule turned on never runs ticks from before it (Dagster's rule). */
export function startInstigator(
  instance: InstigatorDeps,
  ref: InstigatorRef,
  now: number,
  caller: Caller = LOCAL_CALLER,
): Promise<InstigatorOutcome> {
  return change(instance, ref, caller, "start_instigator", (found, wasRunning) => ({
    status: "RUNNING",
    data:
      found.type === "SCHEDULE" && !wasRunning
        ? { startTimestamp: now, cronSchedule: found.definition.cronSchedule }
        : {},
  }));
}

/** Turns a schedule or sensor off, keeping its cursor and times. */
export function stopInstigator(
  instance: InstigatorDeps,
  ref: InstigatorRef,
  caller: Caller = LOCAL_CALLER,
): Promise<InstigatorOutcome> {
  return change(instance, ref, caller, "stop_instigator", () => ({ status: "STOPPED", data: {} }));
}

/** Forgets the stored state, so the definition's default status applies again. */
export function resetInstigator(
  instance: InstigatorDeps,
  ref: InstigatorRef,
  caller: Caller = LOCAL_CALLER,
): Promise<InstigatorOutcome> {
  return change(instance, ref, caller, "reset_instigator", () => null);
}

/** Sets (or, with null, clears) a sensor's cursor, leaving it on or off as it was. */
export function setSensorCursor(
  instance: InstigatorDeps,
  ref: InstigatorRef & { type: "SENSOR" },
  cursor: string | null,
  caller: Caller = LOCAL_CALLER,
): Promise<InstigatorOutcome> {
  return change(instance, ref, caller, "set_sensor_cursor", (_, wasRunning) => ({
    status: wasRunning ? "RUNNING" : "STOPPED",
    data: { cursor },
  }));
}

/**
 * Finds the instigator, then writes the status and data `next` chooses (merged over what is stored, so
 * cursors and times survive) or, when it chooses null, deletes the state.
 */
async function change(
  instance: InstigatorDeps,
  ref: InstigatorRef,
  caller: Caller,
  action: OperationAction,
  next: (
    instigator: Instigator,
    wasRunning: boolean,
  ) => { status: Exclude<InstigatorStatus, "DECLARED_IN_CODE">; data: Record<string, unknown> } | null,
): Promise<InstigatorOutcome> {
  const lookup = findInstigator(await instance.workspace.entries(), ref);
  const target =
    lookup.kind === "found"
      ? { locationName: lookup.instigator.repository.locationName, name: lookup.instigator.definition.name }
      : "id" in ref
        ? { name: ref.id }
        : { locationName: ref.locationName, name: ref.name };
  await authorize(instance, caller, action, target);
  if (lookup.kind !== "found") return lookup;
  const { instigator, selectorId } = lookup;
  const { storage } = instance;
  const existing = await storage.schedules.getInstigatorState(selectorId);
  const wasRunning = existing
    ? existing.status !== "STOPPED"
    : instigator.definition.defaultStatus === "RUNNING";
  const update = next(instigator, wasRunning);
  if (update === null) {
    await storage.schedules.deleteInstigatorState(selectorId);
  } else {
    await storage.schedules.putInstigatorState({
      selectorId,
      name: instigator.definition.name,
      type: instigator.type,
      status: update.status,
      locationName: instigator.repository.locationName,
      repositoryName: instigator.repository.snapshot.repositoryName,
      data: { ...existing?.data, ...update.data },
    });
  }
  return { kind: "changed", instigator, selectorId };
}
