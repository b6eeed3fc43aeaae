/**
 * The DaemonStorage contract: heartbeats overwritten per daemon type, and the key-value store.
 * A backend's test file calls `describeDaemonStorage(name, makeStorage)`.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { DaemonHeartbeat } from "../../shared/storage/daemon-storage";
import type { Storage } from "../../shared/storage/storage";
import { uniqueId } from "./storage-fixtures";

export function describeDaemonStorage(name: string, makeStorage: () => Promise<Storage>): void {
  describe(`${name}: DaemonStorage`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await makeStorage();
    });

    it("keeps only the latest heartbeat of each daemon type", async () => {
      const error = { message: "tick failed", className: "Error", stack: [] };
      const first: DaemonHeartbeat = {
        daemonType: "SCHEDULER",
        daemonId: uniqueId("daemon"),
        timestamp: 100,
        errors: [],
      };
      const sensor: DaemonHeartbeat = {
        daemonType: "SENSOR",
        daemonId: first.daemonId,
        timestamp: 101,
        errors: [error],
      };
      const second: DaemonHeartbeat = {
        daemonType: "SCHEDULER",
        daemonId: uniqueId("daemon"),
        timestamp: 130,
        errors: [error],
      };
      for (const heartbeat of [first, sensor, second]) await storage.daemon.addHeartbeat(heartbeat);
      const heartbeats = await storage.daemon.getHeartbeats();
      expect(heartbeats.filter((heartbeat) => heartbeat.daemonType === "SCHEDULER")).toEqual([second]);
      expect(heartbeats.filter((heartbeat) => heartbeat.daemonType === "SENSOR")).toEqual([sensor]);
    });

    it("sets, overwrites and gets key-value pairs; missing keys are absent", async () => {
      const [a, b, missing] = [uniqueId("kv"), uniqueId("kv"), uniqueId("kv")];
      await storage.daemon.setKv({ [a]: "1", [b]: "2" });
      await storage.daemon.setKv({ [b]: "3" });
      expect(await storage.daemon.getKv([a, b, missing])).toEqual({ [a]: "1", [b]: "3" });
      expect(await storage.daemon.getKv([])).toEqual({});
      await storage.daemon.setKv({});
    });

    it("sets many keys at once", async () => {
      const values = Object.fromEntries(
        Array.from({ length: 300 }, (_, index) => [
          uniqueId(`kv${index}`),
          JSON.stringify({ cursor: index }),
        ]),
      );
      await storage.daemon.setKv(values);
      expect(await storage.daemon.getKv(Object.keys(values))).toEqual(values);
    });
  });
}
