/**
 * The RunStorage contract: behaviour every storage backend must have (Dagster's TestRunStorage).
 * A backend's test file calls `describeRunStorage(name, makeStorage)`.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RunStatus } from "../../shared/storage/run-status";
import type { RunsFilter } from "../../shared/storage/run-storage";
import type { Storage } from "../../shared/storage/storage";
import { newEvent, newRun, runIds, uniqueId } from "./storage-fixtures";

export function describeRunStorage(name: string, makeStorage: () => Promise<Storage>): void {
  describe(`${name}: RunStorage`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await makeStorage();
    });

    /** Adds runs one by one, so creation order is storage order. */
    async function addRuns(count: number, shared: Parameters<typeof newRun>[0] = {}) {
      const added = [];
      for (let index = 0; index < count; index += 1) added.push(await storage.runs.addRun(newRun(shared)));
      return added;
    }

    it("adds a run with defaults and reads it back", async () => {
      const run = newRun({ tags: { owner: "data" }, createTime: 1_700_000_000.25 });
      const added = await storage.runs.addRun(run);
      expect(added).toEqual({
        ...run,
        status: "NOT_STARTED",
        opSelection: null,
        stepKeysToExecute: null,
        rootRunId: null,
        parentRunId: null,
        snapshotId: null,
        updateTime: 1_700_000_000.25,
        startTime: null,
        endTime: null,
      });
      expect(await storage.runs.getRun(run.runId)).toEqual(added);
      expect(await storage.runs.getRun(uniqueId("missing"))).toBeNull();
    });

    it("stamps the creation time with the current clock when none is given", async () => {
      const before = Date.now() / 1000;
      const run = await storage.runs.addRun(
        newRun({ status: "QUEUED", opSelection: ["a"], stepKeysToExecute: ["a"], snapshotId: "snap" }),
      );
      expect(run.createTime).toBeGreaterThanOrEqual(before - 1);
      expect(run.createTime).toBeLessThanOrEqual(Date.now() / 1000 + 1);
      expect((await storage.runs.getRun(run.runId))?.opSelection).toEqual(["a"]);
      expect((await storage.runs.getRun(run.runId))?.status).toBe("QUEUED");
    });

    it("rejects a duplicate run id with RUN_CONFLICT and writes nothing", async () => {
      const run = await storage.runs.addRun(newRun({ tags: { first: "yes" } }));
      const conflictTag = uniqueId("conflict");
      await expect(
        storage.runs.addRun(newRun({ runId: run.runId, jobName: "other", tags: { [conflictTag]: "x" } })),
      ).rejects.toMatchObject({
        code: "RUN_CONFLICT",
        message: `Run ${run.runId} already exists`,
      });
      expect(await storage.runs.getRun(run.runId)).toEqual(run);
      expect(await storage.runs.getRunTags({ tagKeys: [conflictTag] })).toEqual([]);
    });

    it("filters by each field alone", async () => {
      const location = uniqueId("loc");
      const tag = uniqueId("tag");
      const a = await storage.runs.addRun(
        newRun({
          status: "SUCCESS",
          snapshotId: uniqueId("snap"),
          locationName: location,
          tags: { [tag]: "a" },
        }),
      );
      const b = await storage.runs.addRun(
        newRun({ status: "FAILURE", snapshotId: uniqueId("snap"), tags: { [tag]: "b" } }),
      );
      const mine = (ids: string[]) => ids.filter((id) => id === a.runId || id === b.runId);

      expect(runIds(await storage.runs.getRuns({ runIds: [a.runId] }))).toEqual([a.runId]);
      expect(runIds(await storage.runs.getRuns({ jobName: b.jobName }))).toEqual([b.runId]);
      const failed = await storage.runs.getRuns({ statuses: ["FAILURE"] });
      expect(mine(runIds(failed))).toEqual([b.runId]);
      expect(failed.every((run) => run.status === "FAILURE")).toBe(true);
      expect(runIds(await storage.runs.getRuns({ tags: [{ key: tag, value: "a" }] }))).toEqual([a.runId]);
      expect(runIds(await storage.runs.getRuns({ snapshotId: b.snapshotId ?? "" }))).toEqual([b.runId]);
      expect(runIds(await storage.runs.getRuns({ locationName: location }))).toEqual([a.runId]);
    });

    it("treats an empty list as no constraint, as Dagster does", async () => {
      const run = await storage.runs.addRun(newRun());
      expect(
        runIds(await storage.runs.getRuns({ jobName: run.jobName, runIds: [], statuses: [], tags: [] })),
      ).toEqual([run.runId]);
    });

    it("filters by creation and update time, bounds exclusive", async () => {
      const job = uniqueId("job");
      const early = await storage.runs.addRun(newRun({ jobName: job, createTime: 100 }));
      const middle = await storage.runs.addRun(newRun({ jobName: job, createTime: 200 }));
      const late = await storage.runs.addRun(newRun({ jobName: job, createTime: 300 }));
      const ids = async (filter: RunsFilter) =>
        runIds(await storage.runs.getRuns({ jobName: job, ...filter }));
      expect(await ids({ createdAfter: 100 })).toEqual([late.runId, middle.runId]);
      expect(await ids({ createdBefore: 300 })).toEqual([middle.runId, early.runId]);
      expect(await ids({ createdAfter: 100, createdBefore: 300 })).toEqual([middle.runId]);
      expect(await ids({ updatedAfter: 200 })).toEqual([late.runId]);
      expect(await ids({ updatedBefore: 200 })).toEqual([early.runId]);
      const lateAlone = await storage.runs.getRuns({ createdAfter: 299, createdBefore: 301 });
      expect(runIds(lateAlone)).toContain(late.runId);
      expect(lateAlone.every((run) => run.createTime > 299 && run.createTime < 301)).toBe(true);
    });

    it("requires every tag of a tag filter to match", async () => {
      const [team, env, tier] = [uniqueId("team"), uniqueId("env"), uniqueId("tier")];
      const both = await storage.runs.addRun(
        newRun({ tags: { [team]: "data", [env]: "prod", [tier]: "1" } }),
      );
      const teamOnly = await storage.runs.addRun(newRun({ tags: { [team]: "data", [env]: "dev" } }));
      await storage.runs.addRun(newRun({ tags: { [env]: "prod" } }));
      expect(runIds(await storage.runs.getRuns({ tags: [{ key: team, value: "data" }] })).sort()).toEqual(
        [both.runId, teamOnly.runId].sort(),
      );
      expect(
        runIds(
          await storage.runs.getRuns({
            tags: [
              { key: team, value: "data" },
              { key: env, value: "prod" },
            ],
          }),
        ),
      ).toEqual([both.runId]);
      const teamData = { key: team, value: "data" };
      const allThreeWithARepeat = [
        teamData,
        { key: env, value: "prod" },
        { key: tier, value: "1" },
        teamData,
      ];
      expect(runIds(await storage.runs.getRuns({ tags: allThreeWithARepeat }))).toEqual([both.runId]);
      expect(
        await storage.runs.getRuns({
          tags: [
            { key: env, value: "prod" },
            { key: env, value: "dev" },
          ],
        }),
      ).toEqual([]);
      expect(
        await storage.runs.getRuns({
          tags: [
            { key: team, value: "data" },
            { key: tier, value: "2" },
          ],
        }),
      ).toEqual([]);
    });

    it("combines filters with AND", async () => {
      const job = uniqueId("job");
      const tag = uniqueId("tag");
      const statuses: RunStatus[] = ["SUCCESS", "SUCCESS", "FAILURE"];
      const added = [];
      for (const [index, status] of statuses.entries()) {
        added.push(
          await storage.runs.addRun(
            newRun({
              jobName: job,
              status,
              tags: { [tag]: index === 0 ? "x" : "y" },
              createTime: 1000 + index,
            }),
          ),
        );
      }
      const match = await storage.runs.getRuns({
        jobName: job,
        statuses: ["SUCCESS"],
        tags: [{ key: tag, value: "y" }],
        createdAfter: 1000,
      });
      expect(runIds(match)).toEqual([added[1]?.runId]);
      expect(
        await storage.runs.getRunsCount({
          jobName: job,
          statuses: ["SUCCESS"],
          tags: [{ key: tag, value: "y" }],
        }),
      ).toBe(1);
      expect(await storage.runs.getRuns({ jobName: job, locationName: uniqueId("elsewhere") })).toEqual([]);
    });

    it("lists newest first and pages by runId cursor without duplicates or omissions", async () => {
      const job = uniqueId("job");
      const added = await addRuns(7, { jobName: job });
      const newestFirst = runIds(added).reverse();
      expect(runIds(await storage.runs.getRuns({ jobName: job }))).toEqual(newestFirst);

      const seen: string[] = [];
      const pageSizes: number[] = [];
      let cursor: string | null = null;
      for (;;) {
        const page = await storage.runs.getRuns({ jobName: job }, { cursor, limit: 3 });
        if (page.length === 0) break;
        pageSizes.push(page.length);
        seen.push(...runIds(page));
        cursor = page.at(-1)?.runId ?? null;
      }
      expect(pageSizes).toEqual([3, 3, 1]);
      expect(seen).toEqual(newestFirst);
      expect(await storage.runs.getRuns({ jobName: job }, { cursor: uniqueId("unknown") })).toEqual([]);
    });

    it("pages a filtered list with a cursor that itself does not match the filter", async () => {
      const job = uniqueId("job");
      const [oldest, middle, newest] = [
        await storage.runs.addRun(newRun({ jobName: job, status: "SUCCESS" })),
        await storage.runs.addRun(newRun({ jobName: job, status: "FAILURE" })),
        await storage.runs.addRun(newRun({ jobName: job, status: "SUCCESS" })),
      ];
      expect(
        runIds(await storage.runs.getRuns({ jobName: job, statuses: ["SUCCESS"] }, { cursor: middle.runId })),
      ).toEqual([oldest.runId]);
      expect(runIds(await storage.runs.getRuns({ jobName: job }, { limit: 1 }))).toEqual([newest.runId]);
      expect(await storage.runs.getRuns({ jobName: job }, { limit: 0 })).toEqual([]);
    });

    it("rejects a negative page limit with BAD_REQUEST", async () => {
      await expect(storage.runs.getRuns({}, { limit: -1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });

    it("counts runs matching a filter", async () => {
      const job = uniqueId("job");
      await addRuns(4, { jobName: job });
      await storage.runs.addRun(newRun({ jobName: job, status: "FAILURE" }));
      expect(await storage.runs.getRunsCount({ jobName: job })).toBe(5);
      expect(await storage.runs.getRunsCount({ jobName: job, statuses: ["FAILURE"] })).toBe(1);
      expect(await storage.runs.getRunsCount({ jobName: uniqueId("none") })).toBe(0);
      expect(await storage.runs.getRunsCount()).toBeGreaterThanOrEqual(5);
    });

    it("returns the run group of a root and its re-executions, oldest first", async () => {
      const root = await storage.runs.addRun(newRun());
      const retry = await storage.runs.addRun(
        newRun({ jobName: root.jobName, rootRunId: root.runId, parentRunId: root.runId }),
      );
      const retryOfRetry = await storage.runs.addRun(
        newRun({ jobName: root.jobName, rootRunId: root.runId, parentRunId: retry.runId }),
      );
      await storage.runs.addRun(newRun({ jobName: root.jobName }));
      const expected = { rootRunId: root.runId, runs: [root, retry, retryOfRetry] };
      expect(await storage.runs.getRunGroup(retryOfRetry.runId)).toEqual(expected);
      expect(await storage.runs.getRunGroup(root.runId)).toEqual(expected);
      const alone = await storage.runs.addRun(newRun());
      expect(await storage.runs.getRunGroup(alone.runId)).toEqual({ rootRunId: alone.runId, runs: [alone] });
      expect(await storage.runs.getRunGroup(uniqueId("missing"))).toBeNull();
    });

    it("adds and overwrites tags, which filters then see", async () => {
      const key = uniqueId("key");
      const run = await storage.runs.addRun(newRun({ tags: { [key]: "old", keep: "me" } }));
      await storage.runs.addRunTags(run.runId, { [key]: "new", added: "yes" });
      await storage.runs.addRunTags(run.runId, { [key]: "new" });
      expect((await storage.runs.getRun(run.runId))?.tags).toEqual({
        [key]: "new",
        keep: "me",
        added: "yes",
      });
      expect(runIds(await storage.runs.getRuns({ tags: [{ key, value: "new" }] }))).toEqual([run.runId]);
      expect(await storage.runs.getRuns({ tags: [{ key, value: "old" }] })).toEqual([]);
      await expect(storage.runs.addRunTags(uniqueId("missing"), { [key]: "x" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await storage.runs.getRunTags({ tagKeys: [key] })).toEqual([{ key, values: ["new"] }]);
    });

    it("lists distinct tag keys sorted, and tag values by key, prefix and per-key limit", async () => {
      // "a-…" sorts before "b-…" whatever the uuids.
      const keyA = uniqueId("a");
      const keyB = uniqueId("b");
      for (const value of ["v3", "v1", "v2", "w1", "v1"])
        await storage.runs.addRun(newRun({ tags: { [keyA]: value, [keyB]: `b-${value}` } }));
      const keys = await storage.runs.getRunTagKeys();
      expect(keys).toEqual([...keys].sort());
      expect(keys.indexOf(keyA)).toBeGreaterThanOrEqual(0);
      expect(keys.indexOf(keyA)).toBeLessThan(keys.indexOf(keyB));
      expect(await storage.runs.getRunTags({ tagKeys: [keyA, keyB] })).toEqual([
        { key: keyA, values: ["v1", "v2", "v3", "w1"] },
        { key: keyB, values: ["b-v1", "b-v2", "b-v3", "b-w1"] },
      ]);
      expect(await storage.runs.getRunTags({ tagKeys: [keyA], valuePrefix: "v" })).toEqual([
        { key: keyA, values: ["v1", "v2", "v3"] },
      ]);
      expect(await storage.runs.getRunTags({ tagKeys: [keyB], valuePrefix: "b-%" })).toEqual([]);
      expect(await storage.runs.getRunTags({ tagKeys: [keyA, keyB], limit: 2 })).toEqual([
        { key: keyA, values: ["v1", "v2"] },
        { key: keyB, values: ["b-v1", "b-v2"] },
      ]);
    });

    it("deletes a run with its tags and events", async () => {
      const key = uniqueId("key");
      const run = await storage.runs.addRun(newRun({ tags: { [key]: "v" } }));
      await storage.events.storeEvents([
        newEvent(run.runId, "RUN_START", 1_000),
        newEvent(run.runId, null, 2_000),
      ]);
      expect(await storage.runs.deleteRun(run.runId)).toBe(true);
      expect(await storage.runs.getRun(run.runId)).toBeNull();
      expect(await storage.runs.getRunTags({ tagKeys: [key] })).toEqual([]);
      expect((await storage.events.getLogsForRun(run.runId)).events).toEqual([]);
      expect(await storage.runs.deleteRun(run.runId)).toBe(false);
    });
  });
}
