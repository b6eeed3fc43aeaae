/**
 * The ScheduleStorage contract: instigator state and ticks (Dagster's TestScheduleStorage).
 * A backend's test file calls `describeScheduleStorage(name, makeStorage)`.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { InstigatorState, NewTick, TickRecord, TickStatus } from "../../shared/storage/schedule-storage";
import type { Storage } from "../../shared/storage/storage";
import { uniqueId } from "./storage-fixtures";

function instigator(overrides: Partial<InstigatorState> = {}): InstigatorState {
  return {
    selectorId: uniqueId("selector"),
    name: uniqueId("schedule"),
    type: "SCHEDULE",
    status: "RUNNING",
    locationName: "contract_location",
    repositoryName: "__repository__",
    data: { cronSchedule: "0 * * * *", startTimestamp: 1_700_000_000, lastIterationTimestamp: null },
    updateTime: 1_700_000_000,
    ...overrides,
  };
}

export function describeScheduleStorage(name: string, makeStorage: () => Promise<Storage>): void {
  describe(`${name}: ScheduleStorage`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await makeStorage();
    });

    function newTick(selectorId: string, timestamp: number, status: TickStatus = "STARTED"): NewTick {
      return { selectorId, instigatorName: "contract_schedule", type: "SCHEDULE", status, timestamp };
    }

    async function createTicks(
      selectorId: string,
      timestamps: number[],
      status: TickStatus = "SUCCESS",
    ): Promise<TickRecord[]> {
      const created = [];
      for (const timestamp of timestamps)
        created.push(await storage.schedules.createTick(newTick(selectorId, timestamp, status)));
      return created;
    }

    const tickIds = (ticks: readonly TickRecord[]) => ticks.map((tick) => tick.tickId);

    it("puts, replaces, reads and deletes instigator state", async () => {
      const state = instigator();
      expect(await storage.schedules.putInstigatorState(state)).toEqual(state);
      expect(await storage.schedules.getInstigatorState(state.selectorId)).toEqual(state);
      const stopped = {
        ...state,
        status: "STOPPED" as const,
        data: { cursor: "c1" },
        updateTime: 1_800_000_000,
      };
      await storage.schedules.putInstigatorState(stopped);
      expect(await storage.schedules.getInstigatorState(state.selectorId)).toEqual(stopped);
      await storage.schedules.deleteInstigatorState(state.selectorId);
      expect(await storage.schedules.getInstigatorState(state.selectorId)).toBeNull();
      await storage.schedules.deleteInstigatorState(state.selectorId);
    });

    it("stamps updateTime with the current clock when none is given", async () => {
      const { updateTime: _omitted, ...state } = instigator({ status: "DECLARED_IN_CODE" });
      const stored = await storage.schedules.putInstigatorState(state);
      expect(stored.updateTime).toBeGreaterThan(Date.now() / 1000 - 60);
      expect(await storage.schedules.getInstigatorState(state.selectorId)).toEqual(stored);
    });

    it("lists instigator states filtered by location, repository and type", async () => {
      const location = uniqueId("loc");
      const schedule = instigator({ locationName: location, name: "a_schedule" });
      const sensor = instigator({
        locationName: location,
        name: "b_sensor",
        type: "SENSOR",
        data: { cursor: null },
      });
      const otherRepo = instigator({
        locationName: location,
        repositoryName: "other_repo",
        name: "c_schedule",
      });
      for (const state of [otherRepo, sensor, schedule]) await storage.schedules.putInstigatorState(state);
      expect(await storage.schedules.getInstigatorStates({ locationName: location })).toEqual([
        schedule,
        sensor,
        otherRepo,
      ]);
      expect(
        await storage.schedules.getInstigatorStates({
          locationName: location,
          repositoryName: "__repository__",
        }),
      ).toEqual([schedule, sensor]);
      expect(await storage.schedules.getInstigatorStates({ locationName: location, type: "SENSOR" })).toEqual(
        [sensor],
      );
      const all = await storage.schedules.getInstigatorStates();
      expect(all.filter((state) => state.locationName === location)).toHaveLength(3);
    });

    it("creates a tick with empty results and updates it", async () => {
      const selectorId = uniqueId("selector");
      const tick = await storage.schedules.createTick(newTick(selectorId, 1_000.5));
      expect(tick).toEqual({
        ...newTick(selectorId, 1_000.5),
        tickId: tick.tickId,
        endTimestamp: null,
        runIds: [],
        runKeys: [],
        error: null,
        skipReason: null,
        cursor: null,
        failureCount: 0,
      });
      const error = { message: "unreachable", className: "DagflareError", stack: ["at x\n"] };
      const failed = await storage.schedules.updateTick(tick.tickId, {
        status: "FAILURE",
        endTimestamp: 1_002,
        error,
        failureCount: 1,
      });
      expect(failed).toEqual({ ...tick, status: "FAILURE", endTimestamp: 1_002, error, failureCount: 1 });
      const done = await storage.schedules.updateTick(tick.tickId, {
        status: "SUCCESS",
        runIds: ["r1", "r2"],
        runKeys: ["k1"],
        cursor: "c",
        error: null,
      });
      expect(done).toEqual({
        ...failed,
        status: "SUCCESS",
        runIds: ["r1", "r2"],
        runKeys: ["k1"],
        cursor: "c",
        error: null,
      });
      expect(await storage.schedules.updateTick(tick.tickId, {})).toEqual(done);
      expect(await storage.schedules.getTicks(selectorId)).toEqual([done]);
    });

    it("rejects an update of an unknown tick with NOT_FOUND", async () => {
      await expect(storage.schedules.updateTick(987_654_321, { status: "SKIPPED" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(storage.schedules.updateTick(987_654_321, {})).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("lists ticks newest first, bounded by time (exclusive), status and limit", async () => {
      const selectorId = uniqueId("selector");
      const [t10, t20, t30, t40] = await createTicks(selectorId, [10, 20, 30, 40]);
      await storage.schedules.createTick(newTick(uniqueId("other"), 25));
      const skipped = await storage.schedules.createTick(newTick(selectorId, 35, "SKIPPED"));
      const ids = async (options: Parameters<Storage["schedules"]["getTicks"]>[1]) =>
        tickIds(await storage.schedules.getTicks(selectorId, options));
      expect(await ids({})).toEqual(tickIds([t40, skipped, t30, t20, t10].flatMap((tick) => tick ?? [])));
      expect(await ids({ before: 30, after: 10 })).toEqual([t20?.tickId]);
      expect(await ids({ statuses: ["SKIPPED"] })).toEqual([skipped.tickId]);
      expect(await ids({ statuses: ["SUCCESS"], limit: 2 })).toEqual([t40?.tickId, t30?.tickId]);
    });

    it("pages ticks by tickId cursor, older ones after the cursor", async () => {
      const selectorId = uniqueId("selector");
      const created = await createTicks(selectorId, [1, 2, 3, 4, 5]);
      const seen: number[] = [];
      let cursor: number | undefined;
      for (;;) {
        const page = await storage.schedules.getTicks(selectorId, {
          limit: 2,
          ...(cursor === undefined ? {} : { cursor }),
        });
        if (page.length === 0) break;
        seen.push(...tickIds(page));
        cursor = page.at(-1)?.tickId;
      }
      expect(seen).toEqual(tickIds(created).reverse());
      expect(await storage.schedules.getTicks(selectorId, { cursor: 987_654_321 })).toEqual([]);
    });

    it("purges ticks older than a time, optionally of some statuses only", async () => {
      const selectorId = uniqueId("selector");
      await createTicks(selectorId, [1, 2], "SKIPPED");
      const [failure] = await createTicks(selectorId, [3], "FAILURE");
      const [recent] = await createTicks(selectorId, [100], "SKIPPED");
      const elsewhere = uniqueId("other");
      await createTicks(elsewhere, [1], "SKIPPED");
      expect(await storage.schedules.purgeTicks(selectorId, 50, ["SKIPPED"])).toBe(2);
      expect(tickIds(await storage.schedules.getTicks(selectorId))).toEqual([
        recent?.tickId,
        failure?.tickId,
      ]);
      expect(await storage.schedules.purgeTicks(selectorId, 100)).toBe(1);
      expect(tickIds(await storage.schedules.getTicks(selectorId))).toEqual([recent?.tickId]);
      expect(await storage.schedules.getTicks(elsewhere)).toHaveLength(1);
    });
  });
}
