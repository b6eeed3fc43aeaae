/**
 * Code location state changes (Dagster's LocationStateChangeEvent) derived from two reads of the stored
 * location entries. Reloads and shutdowns land on whichever isolate served them, so watchers compare what
 * storage holds rather than listen in memory: every reload writes a new versionKey, a failed load stores
 * its error, and a shutdown deletes the entry.
 * @module
 */
import type { CodeLocationEntry } from "../storage/code-location-storage";

export type LocationStateChangeType =
  | "LOCATION_UPDATED"
  | "LOCATION_ERROR"
  | "LOCATION_DISCONNECTED"
  | "LOCATION_RECONNECTED";

export type LocationStateChange = {
  eventType: LocationStateChangeType;
  locationName: string;
  message: string;
  /** The versionKey of the load the change is about; null once the location is shut down. */
  serverId: string | null;
};

/** What is compared between reads: a location's load version and whether that load failed. */
export type LocationVersion = { versionKey: string; loadErrorMessage: string | null };
export type LocationVersions = ReadonlyMap<string, LocationVersion>;

export function locationVersions(entries: readonly CodeLocationEntry[]): LocationVersions {
  return new Map(
    entries.map((entry) => [
      entry.name,
      { versionKey: entry.versionKey, loadErrorMessage: entry.loadError?.message ?? null },
    ]),
  );
}

function loaded(locationName: string, version: LocationVersion, reconnected: boolean): LocationStateChange {
  const serverId = version.versionKey;
  if (version.loadErrorMessage !== null) {
    return {
      eventType: "LOCATION_ERROR",
      locationName,
      serverId,
      message: `Error loading location ${locationName}: ${version.loadErrorMessage}`,
    };
  }
  return reconnected
    ? {
        eventType: "LOCATION_RECONNECTED",
        locationName,
        serverId,
        message: `Location ${locationName} is loaded again.`,
      }
    : {
        eventType: "LOCATION_UPDATED",
        locationName,
        serverId,
        message: `Location ${locationName} was reloaded.`,
      };
}

/** The changes from `before` to `after`, in location name order. */
export function locationStateChanges(
  before: LocationVersions,
  after: LocationVersions,
): LocationStateChange[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.flatMap((locationName): LocationStateChange[] => {
    const previous = before.get(locationName);
    const current = after.get(locationName);
    if (current === undefined) {
      return previous === undefined
        ? []
        : [
            {
              eventType: "LOCATION_DISCONNECTED",
              locationName,
              serverId: null,
              message: `Location ${locationName} was shut down; it loads again on its next use.`,
            },
          ];
    }
    if (previous === undefined) return [loaded(locationName, current, true)];
    return previous.versionKey === current.versionKey ? [] : [loaded(locationName, current, false)];
  });
}
