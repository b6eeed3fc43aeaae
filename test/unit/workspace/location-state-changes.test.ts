/**
 * Location state changes derived from two reads of the stored entries: a new version is an update (or an
 * error when that load failed), a deleted entry a shutdown, and an entry back after one a reconnection.
 */
import { describe, expect, it } from "vitest";
import { locationStateChanges, type LocationVersion } from "../../../shared/workspace/location-state-changes";

const ok = (versionKey: string): LocationVersion => ({ versionKey, loadErrorMessage: null });
const failed = (versionKey: string, message: string): LocationVersion => ({
  versionKey,
  loadErrorMessage: message,
});
const versions = (entries: Record<string, LocationVersion>) => new Map(Object.entries(entries));

describe("locationStateChanges", () => {
  it("reports nothing when every location keeps its version", () => {
    expect(
      locationStateChanges(
        versions({ a: ok("1"), b: failed("2", "boom") }),
        versions({ a: ok("1"), b: failed("2", "boom") }),
      ),
    ).toEqual([]);
  });

  it("reports a reload as LOCATION_UPDATED with the new version as serverId", () => {
    expect(locationStateChanges(versions({ a: ok("1") }), versions({ a: ok("2") }))).toEqual([
      {
        eventType: "LOCATION_UPDATED",
        locationName: "a",
        serverId: "2",
        message: "Location a was reloaded.",
      },
    ]);
  });

  it("reports a failed load as LOCATION_ERROR with its message, whether it was loaded before or not", () => {
    expect(
      locationStateChanges(versions({ a: ok("1") }), versions({ a: failed("2", "no binding") })),
    ).toEqual([
      {
        eventType: "LOCATION_ERROR",
        locationName: "a",
        serverId: "2",
        message: "Error loading location a: no binding",
      },
    ]);
    expect(locationStateChanges(versions({}), versions({ a: failed("2", "no binding") }))[0]?.eventType).toBe(
      "LOCATION_ERROR",
    );
  });

  it("reports a shutdown as LOCATION_DISCONNECTED and the next load as LOCATION_RECONNECTED", () => {
    expect(locationStateChanges(versions({ a: ok("1"), b: ok("1") }), versions({ b: ok("1") }))).toEqual([
      {
        eventType: "LOCATION_DISCONNECTED",
        locationName: "a",
        serverId: null,
        message: "Location a was shut down; it loads again on its next use.",
      },
    ]);
    expect(locationStateChanges(versions({}), versions({ a: ok("3") }))).toEqual([
      {
        eventType: "LOCATION_RECONNECTED",
        locationName: "a",
        serverId: "3",
        message: "Location a is loaded again.",
      },
    ]);
  });

  it("orders several changes by location name", () => {
    const changes = locationStateChanges(
      versions({ b: ok("1"), a: ok("1") }),
      versions({ c: ok("1"), a: ok("2") }),
    );
    expect(changes.map((change) => [change.locationName, change.eventType])).toEqual([
      ["a", "LOCATION_UPDATED"],
      ["b", "LOCATION_DISCONNECTED"],
      ["c", "LOCATION_RECONNECTED"],
    ]);
  });
});
