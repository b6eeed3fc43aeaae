/**
 * The retention parts of RunStorage and EventLogStorage (getRunIdsToPurge, deleteRuns, purgeLogEvents), and
 * the retention sub-daemon over a backend's storage and compute log manager. Runs here end in 1970 so no
 * other suite's runs are old enough to be picked; event scans start after this suite's own events.
 * A backend's test file calls `describeRetentionStorage(name, makeStorage, makeComputeLogs)`.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadInstanceConfig } from "../../shared/config/instance-config";
import { retentionSubDaemon } from "../../shared/daemon/retention/retention-sub-daemon";
import type { DagsterEventType, LogLevel } from "../../shared/events/event-types";
import type { ComputeLogManager } from "../../shared/storage/compute-logs/compute-log-manager";
import { runLogKey } from "../../shared/storage/compute-logs/log-keys";
import type { Storage } from "../../shared/storage/storage";
import { newEvent, newRun } from "./storage-fixtures";

const DAY_MS = 86_400_000;

export function describeRetentionStorage(
  name: string,
  makeStorage: () => Promise<Storage>,
  makeComputeLogs: () => Promise<ComputeLogManager>,
): void {
  describe(`${name}: retention`, () => {
    let storage: Storage;
    let computeLogs: ComputeLogManager;
    beforeAll(async () => {
      storage = await makeStorage();
      computeLogs = await makeComputeLogs();
    });

    /** A run that starts at `start` (epoch ms) and, unless `end` is null, ends then with `endType`. */
    async function runEndingAt(
      start: number,
      end: number | null,
      endType: DagsterEventType = "RUN_SUCCESS",
      tags: Record<string, string> = {},
    ) {
      const { runId } = await storage.runs.addRun(newRun({ tags }));
      await storage.events.storeEvents([
        newEvent(runId, "RUN_START", start),
        ...(end === null ? [] : [newEvent(runId, endType, end)]),
      ]);
      return runId;
    }

    it("lists finished runs of a status that ended before a time, oldest first, at most the limit", async () => {
      const old = [
        await runEndingAt(1_000, 2_000),
        await runEndingAt(1_000, 3_000),
        await runEndingAt(1_000, 4_000),
      ];
      const failed = await runEndingAt(1_000, 2_000, "RUN_FAILURE");
      const recent = await runEndingAt(1_000, 9_000_000);
      const running = await runEndingAt(1_000, null);
      const picked = await storage.runs.getRunIdsToPurge({ status: "SUCCESS", endedBefore: 5 }, 100);
      expect(picked.filter((runId) => [...old, failed, recent, running].includes(runId))).toEqual(old);
      expect(await storage.runs.getRunIdsToPurge({ status: "FAILURE", endedBefore: 5 }, 100)).toContain(
        failed,
      );
      const firstTwo = await storage.runs.getRunIdsToPurge({ status: "SUCCESS", endedBefore: 5 }, 2);
      expect(firstTwo).toHaveLength(2);
      await expect(
        storage.runs.getRunIdsToPurge({ status: "SUCCESS", endedBefore: 5 }, -1),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });

    it("deletes several runs with their tags and events, and counts only the runs that existed", async () => {
      const doomed = [
        await runEndingAt(1_000, 2_000, "RUN_SUCCESS", { purge: "yes" }),
        await runEndingAt(1_000, 2_000, "RUN_SUCCESS", { purge: "yes" }),
      ];
      const kept = await runEndingAt(1_000, 2_000, "RUN_SUCCESS", { purge: "yes" });
      expect(await storage.runs.deleteRuns([...doomed, "no-such-run"])).toBe(2);
      for (const runId of doomed) {
        expect(await storage.runs.getRun(runId)).toBeNull();
        expect((await storage.events.getLogsForRun(runId)).events).toEqual([]);
      }
      expect(
        (await storage.runs.getRuns({ tags: [{ key: "purge", value: "yes" }] })).map((run) => run.runId),
      ).toEqual([kept]);
      expect((await storage.events.getLogsForRun(kept)).events).toHaveLength(2);
      expect(await storage.runs.deleteRuns([])).toBe(0);
    });

    it("purges old debug and info log lines and engine events of finished runs, keeping what stats read", async () => {
      const finished = await runEndingAt(1_000, 2_000);
      const running = await runEndingAt(1_000, null);
      const line = (runId: string, level: LogLevel, eventType: DagsterEventType | null, timestamp: number) =>
        newEvent(runId, eventType, timestamp, { level, message: `${level} ${eventType ?? "line"}` });
      const [first] = await storage.events.storeEvents([
        line(finished, "DEBUG", null, 3_000),
        line(finished, "INFO", "ENGINE_EVENT", 3_000),
        line(finished, "INFO", "STEP_SUCCESS", 3_000),
        line(finished, "WARNING", null, 3_000),
        line(running, "DEBUG", null, 3_000),
        line(finished, "INFO", null, 10 * DAY_MS),
      ]);
      const purge = {
        afterStorageId: (first?.storageId ?? 1) - 1,
        scanLimit: 100,
        before: DAY_MS,
        levels: ["DEBUG", "INFO"] as LogLevel[],
        eventTypes: ["ENGINE_EVENT"] as DagsterEventType[],
      };
      const result = await storage.events.purgeLogEvents(purge);
      expect(result).toEqual({ deleted: 2, cursor: (first?.storageId ?? 0) + 4, caughtUp: true });
      const messages = async (runId: string) =>
        (await storage.events.getLogsForRun(runId)).events.map((event) => event.message);
      expect(await messages(finished)).toEqual([
        "RUN_START at 1000",
        "RUN_SUCCESS at 2000",
        "INFO STEP_SUCCESS",
        "WARNING line",
        "INFO line",
      ]);
      expect(await messages(running)).toEqual(["RUN_START at 1000", "DEBUG line"]);
      expect((await storage.events.getStatsForRun(finished)).endTime).toBe(2);
      // A pass that scans at most two events stops there and says it has more to do.
      const lines = await storage.events.storeEvents([
        line(finished, "DEBUG", null, 4_000),
        line(finished, "DEBUG", null, 4_000),
        line(finished, "DEBUG", null, 4_000),
      ]);
      const start = (lines[0]?.storageId ?? 1) - 1;
      expect(await storage.events.purgeLogEvents({ ...purge, afterStorageId: start, scanLimit: 2 })).toEqual({
        deleted: 2,
        cursor: start + 2,
        caughtUp: false,
      });
      expect(
        await storage.events.purgeLogEvents({ ...purge, afterStorageId: start + 2, scanLimit: 2 }),
      ).toEqual({ deleted: 1, cursor: start + 3, caughtUp: true });
    });

    it("the retention sub-daemon purges by its config in bounded passes, captured logs included", async () => {
      const config = loadInstanceConfig(
        "retention:\n  runs: { purge_after_days: { success: 1 } }\n  event_log: { purge_after_days: 1 }\n  max_runs_per_pass: 2\n",
        { source: "retention test", env: {} },
      );
      const subDaemon = retentionSubDaemon({ storage, computeLogs, config });
      if (subDaemon === null) throw new Error("retention is configured, so the sub-daemon must exist");
      expect(subDaemon.daemonType).toBe("RETENTION");
      const now = 100 * DAY_MS;
      const succeeded = [
        await runEndingAt(1_000, 2_000),
        await runEndingAt(1_000, 2_000),
        await runEndingAt(1_000, 2_000),
      ];
      const failed = await runEndingAt(1_000, 2_000, "RUN_FAILURE");
      const logKey = runLogKey(succeeded[0] ?? "", "op_a");
      await computeLogs.writeChunks([{ logKey, stream: "stdout", offset: 0, text: "printed\n" }]);
      await storage.events.storeEvents([
        newEvent(failed, null, 3_000, { level: "DEBUG", message: "old line" }),
      ]);
      // Other suites' runs may be as old: pass after pass, each deleting at most max_runs_per_pass.
      const passes = [];
      while (passes.length < 20 && (await storage.runs.getRun(succeeded.at(-1) ?? "")) !== null)
        passes.push(await subDaemon.run(now));
      expect(passes.length).toBeGreaterThanOrEqual(2);
      expect(Math.max(...passes.map((pass) => pass.runsDeleted))).toBe(2);
      for (const runId of succeeded) expect(await storage.runs.getRun(runId)).toBeNull();
      expect(await computeLogs.readStream(logKey, "stdout", 0, 1024)).toBeNull();
      expect(await storage.runs.getRun(failed)).not.toBeNull();
      expect((await storage.events.getLogsForRun(failed)).events.map((event) => event.message)).not.toContain(
        "old line",
      );
      expect(passes.at(-1)?.eventLogCaughtUp).toBe(true);
      expect(
        retentionSubDaemon({
          storage,
          computeLogs,
          config: loadInstanceConfig("", { source: "defaults", env: {} }),
        }),
      ).toBeNull();
    });
  });
}
