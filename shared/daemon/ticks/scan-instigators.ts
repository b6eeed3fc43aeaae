/**
 * The schedules or sensors a daemon iteration acts on: every definition of every loaded location that
 * is running (stored state, else its default status), and the running states of locations that fail to
 * load, with the load error (their ticks fail until the location is back). A location with a load error
 * and running instigators is reloaded first, which is how the daemon notices it is back.
 * @module
 */
import type {
  RepositorySnapshot,
  ScheduleSnapshot,
  SensorSnapshot,
} from "../../protocol/code-location-protocol";
import type { SerializableError } from "../../errors/serializable-error";
import type { InstigatorState, InstigatorType, ScheduleStorage } from "../../storage/schedule-storage";
import type { Workspace } from "../../workspace/workspace";
import { instigatorSelectorId } from "../../scheduling/instigator-selector";
import { isInstigatorRunning } from "../../scheduling/instigator-status";

export type InstigatorTarget<Definition> = {
  selectorId: string;
  locationName: string;
  repositoryName: string;
  definition: Definition;
  state: InstigatorState | null;
};

export type InstigatorScan<Definition> = {
  running: InstigatorTarget<Definition>[];
  unloadable: { state: InstigatorState; error: SerializableError }[];
};

type ScanDeps = { workspace: Workspace; schedules: ScheduleStorage };

/** @throws what storage throws; a location that cannot load is data (`unloadable`), not an error. */
export async function scanInstigators(
  deps: ScanDeps,
  type: "SCHEDULE",
): Promise<InstigatorScan<ScheduleSnapshot>>;
export async function scanInstigators(
  deps: ScanDeps,
  type: "SENSOR",
): Promise<InstigatorScan<SensorSnapshot>>;
export async function scanInstigators(
  deps: ScanDeps,
  type: InstigatorType,
): Promise<InstigatorScan<ScheduleSnapshot | SensorSnapshot>> {
  const states = await deps.schedules.getInstigatorStates({ type });
  const runningStates = states.filter((state) => state.status !== "STOPPED");
  const scan: InstigatorScan<ScheduleSnapshot | SensorSnapshot> = { running: [], unloadable: [] };
  for (let entry of await deps.workspace.entries()) {
    if (entry.loadError && runningStates.some((state) => state.locationName === entry.name))
      entry = await deps.workspace.reload(entry.name);
    const { snapshot, loadError } = entry;
    if (!snapshot) {
      if (loadError)
        scan.unloadable.push(
          ...runningStates
            .filter((state) => state.locationName === entry.name)
            .map((state) => ({ state, error: loadError })),
        );
      continue;
    }
    for (const definition of definitionsOf(snapshot, type)) {
      const selectorId = instigatorSelectorId(entry.name, snapshot.repositoryName, definition.name);
      const state = states.find((candidate) => candidate.selectorId === selectorId) ?? null;
      if (!isInstigatorRunning(state, definition.defaultStatus)) continue;
      scan.running.push({
        selectorId,
        locationName: entry.name,
        repositoryName: snapshot.repositoryName,
        definition,
        state,
      });
    }
  }
  return scan;
}

function definitionsOf(
  snapshot: RepositorySnapshot,
  type: InstigatorType,
): (ScheduleSnapshot | SensorSnapshot)[] {
  return type === "SCHEDULE" ? snapshot.schedules : snapshot.sensors;
}
