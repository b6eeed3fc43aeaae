/**
 * The code location operations called directly, without GraphQL, over real D1 with the example location
 * bound and a location whose binding does not exist: reload one location or the whole workspace, shut
 * one down, and each refusal.
 */
import { describe, expect, it } from "vitest";
import { reloadLocation, reloadWorkspace, shutdownLocation } from "../../shared/operations/locations";
import { instanceWithUnboundLocation } from "./instances";

describe("reloadLocation", () => {
  it("reloads a location and stores its new snapshot", async () => {
    const instance = instanceWithUnboundLocation();
    const outcome = await reloadLocation(instance, "example");
    if (outcome.kind !== "reloaded") throw new Error(`expected reloaded, got ${outcome.kind}`);
    expect(outcome.entry.snapshot?.jobs.map((job) => job.name)).toContain("hello_job");
    expect((await instance.storage.codeLocations.getLocation("example"))?.versionKey).toBe(
      outcome.entry.versionKey,
    );
  });

  it("answers reloaded with the load error for a location that cannot load", async () => {
    const outcome = await reloadLocation(instanceWithUnboundLocation(), "unbound");
    expect(outcome).toMatchObject({
      kind: "reloaded",
      entry: {
        name: "unbound",
        snapshot: null,
        loadError: { message: expect.stringContaining("NO_SUCH_LOCATION") },
      },
    });
  });

  it("answers not_found for a name outside the workspace", async () => {
    expect(await reloadLocation(instanceWithUnboundLocation(), "nowhere")).toEqual({
      kind: "not_found",
      locationName: "nowhere",
    });
  });
});

describe("reloadWorkspace", () => {
  it("reloads every location in workspace order, a failing one included", async () => {
    const entries = await reloadWorkspace(instanceWithUnboundLocation());
    expect(entries.map((entry) => [entry.name, entry.snapshot !== null])).toEqual([
      ["example", true],
      ["unbound", false],
    ]);
  });
});

describe("shutdownLocation", () => {
  it("shuts a loaded location down, dropping its stored snapshot", async () => {
    const instance = instanceWithUnboundLocation();
    await reloadLocation(instance, "example");
    expect(await shutdownLocation(instance, "example")).toEqual({ kind: "shut_down" });
    expect(await instance.storage.codeLocations.getLocation("example")).toBeNull();
  });

  it("answers not_supported for a location whose last load failed, and not_found for an unknown name", async () => {
    const instance = instanceWithUnboundLocation();
    await reloadLocation(instance, "unbound");
    expect(await shutdownLocation(instance, "unbound")).toMatchObject({
      kind: "not_supported",
      message: expect.any(String),
    });
    expect(await shutdownLocation(instance, "nowhere")).toEqual({ kind: "not_found" });
  });
});
