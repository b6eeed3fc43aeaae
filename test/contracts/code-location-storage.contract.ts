/**
 * The CodeLocationStorage contract: one cached entry per location, replaced on reload.
 * A backend's test file calls `describeCodeLocationStorage(name, makeStorage)`.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepositorySnapshot } from "../../shared/protocol/code-location-protocol";
import type { CodeLocationEntry } from "../../shared/storage/code-location-storage";
import type { Storage } from "../../shared/storage/storage";
import { uniqueId } from "./storage-fixtures";

const snapshot: RepositorySnapshot = {
  protocolVersion: 1,
  sdkVersion: "0.1.0",
  repositoryName: "__repository__",
  jobs: [],
  schedules: [
    {
      name: "hourly",
      jobName: "etl",
      cronSchedule: "0 * * * *",
      executionTimezone: "UTC",
      defaultStatus: "STOPPED",
      tags: {},
    },
  ],
  sensors: [],
  resources: [{ name: "warehouse" }],
};

export function describeCodeLocationStorage(name: string, makeStorage: () => Promise<Storage>): void {
  describe(`${name}: CodeLocationStorage`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await makeStorage();
    });

    it("puts, replaces on reload, lists and deletes entries", async () => {
      const loaded: CodeLocationEntry = {
        name: uniqueId("loc"),
        snapshot,
        loadError: null,
        updateTime: 10,
        versionKey: "v1",
      };
      await storage.codeLocations.putLocation(loaded);
      expect(await storage.codeLocations.getLocation(loaded.name)).toEqual(loaded);

      const loadError = { message: "cannot reach location", className: "DagflareError", stack: [] };
      const broken: CodeLocationEntry = {
        ...loaded,
        snapshot: null,
        loadError,
        updateTime: 20,
        versionKey: "v2",
      };
      await storage.codeLocations.putLocation(broken);
      expect(await storage.codeLocations.getLocation(loaded.name)).toEqual(broken);

      await storage.codeLocations.deleteLocation(loaded.name);
      expect(await storage.codeLocations.getLocation(loaded.name)).toBeNull();
      await storage.codeLocations.deleteLocation(loaded.name);
    });

    it("lists every entry ordered by name", async () => {
      const prefix = uniqueId("loc");
      const entries = ["b", "a", "c"].map((suffix) => ({
        name: `${prefix}-${suffix}`,
        snapshot,
        loadError: null,
        updateTime: 1,
        versionKey: suffix,
      }));
      for (const entry of entries) await storage.codeLocations.putLocation(entry);
      const mine = (await storage.codeLocations.listLocations()).filter((entry) =>
        entry.name.startsWith(prefix),
      );
      expect(mine.map((entry) => entry.versionKey)).toEqual(["a", "b", "c"]);
      expect(mine[0]).toEqual(entries[1]);
    });
  });
}
