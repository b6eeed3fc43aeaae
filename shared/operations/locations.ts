/**
 * Reloading and shutting down code locations (Dagster's reloadRepositoryLocation, reloadWorkspace and
 * shutdownRepositoryLocation): the workspace does the work; these are the entry points callers use.
 * @module
 */
import type { Instance } from "../instance/instance";
import type { CodeLocationEntry } from "../storage/code-location-storage";
import type { ShutdownOutcome } from "../workspace/workspace";
import { authorize, LOCAL_CALLER, type Caller } from "./authorize";

type LocationDeps = Pick<Instance, "workspace" | "storage">;

export type ReloadLocationOutcome =
  | { kind: "reloaded"; entry: CodeLocationEntry }
  | { kind: "not_found"; locationName: string };

/** Loads `locationName` afresh; a location that fails to load is still `reloaded`, its entry carrying the error. */
export async function reloadLocation(
  instance: LocationDeps,
  locationName: string,
  caller: Caller = LOCAL_CALLER,
): Promise<ReloadLocationOutcome> {
  await authorize(instance, caller, "reload_location", { locationName });
  if (!instance.workspace.has(locationName)) return { kind: "not_found", locationName };
  return { kind: "reloaded", entry: await instance.workspace.reload(locationName) };
}

/** Reloads every location of the workspace, in workspace order. */
export async function reloadWorkspace(
  instance: LocationDeps,
  caller: Caller = LOCAL_CALLER,
): Promise<CodeLocationEntry[]> {
  await authorize(instance, caller, "reload_location", {});
  return instance.workspace.reloadAll();
}

export async function shutdownLocation(
  instance: LocationDeps,
  locationName: string,
  caller: Caller = LOCAL_CALLER,
): Promise<ShutdownOutcome> {
  await authorize(instance, caller, "shutdown_location", { locationName });
  return instance.workspace.shutdown(locationName);
}
