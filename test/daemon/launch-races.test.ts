/**
 * Starting runs when things happen at once, over real D1 and RunWorker objects: a launch call that
 * fails after the worker accepted the run, and a cancel racing a dequeue pass at each point of its start.
 * The interleavings are forced by running the other party inside the storage or launcher call that
 * would let it in.
 * The Daemon's own passes are kept off these runs by holding its three slots.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { cancelRun } from "../../shared/run-coordinator/cancel-run";
import { createRunCoordinator } from "../../shared/run-coordinator/create-run-coordinator";
import { runDequeuePass } from "../../shared/run-coordinator/dequeue-pass";
import type { RunLauncher } from "../../shared/run-launcher/run-launcher";
import type { NewEvent, StoreEventsOptions } from "../../shared/storage/event-log-storage";
import { statusForEvent } from "../../shared/storage/run-status";
import type { Storage } from "../../shared/storage/storage";
import {
  addRun,
  coordinator,
  enqueueQuietly,
  eventsOf,
  eventTypesOf,
  holdSlots,
  launcher,
  storage,
  waitForRun,
} from "./daemon-harness";

/** The real launcher with its launch call replaced. */
function launcherWith(launchRun: RunLauncher["launchRun"]): RunLauncher {
  return {
    name: launcher.name,
    supportsHealthCheck: launcher.supportsHealthCheck,
    supportsResume: launcher.supportsResume,
    launchRun,
    terminate: (run) => launcher.terminate(run),
    checkRunWorkerHealth: (run) => launcher.checkRunWorkerHealth(run),
    resumeRun: (run) => launcher.resumeRun(run),
  };
}

/** The real launcher, except that its launch call fails after the worker accepted the run: a lost reply. */
const lossyLauncher = launcherWith(async (run) => {
  await launcher.launchRun(run);
  throw new DagflareError("CODE_LOCATION_UNAVAILABLE", `the reply to startRun for run ${run.runId} was lost`);
});

const unlimited = { maxConcurrentRuns: -1, tagConcurrencyLimits: [] };

/** `store` with `before` run (once) ahead of the first call of its `method` whose arguments `matches` picks. */
function hooked<T extends object>(
  store: T,
  method: keyof T,
  matches: (args: unknown[]) => boolean,
  before: () => Promise<unknown>,
): T {
  let done = false;
  return new Proxy(store, {
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property);
      if (property !== method || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        if (!done && matches(args)) {
          done = true;
          await before();
        }
        return Reflect.apply(value, target, args);
      };
    },
  });
}

/** The real storage, running `before` (once) ahead of the first storeEvents call `matches` picks. */
function interleaved(
  matches: (events: NewEvent[], options?: StoreEventsOptions) => boolean,
  before: () => Promise<unknown>,
): Storage {
  return {
    ...storage,
    events: hooked(
      storage.events,
      "storeEvents",
      ([events, options]) => matches(events as NewEvent[], options as StoreEventsOptions | undefined),
      before,
    ),
  };
}

const hasEvent = (runId: string, eventType: NewEvent["eventType"]) => (batch: NewEvent[]) =>
  batch.some((event) => event.runId === runId && event.eventType === eventType);

describe("a launch call that fails after the worker accepted the run", () => {
  it("leaves the run to its worker under the immediate coordinator instead of failing it", async () => {
    const immediate = createRunCoordinator({ type: "immediate" }, { storage, launcher: lossyLauncher });
    const run = await addRun("slow_job", { seconds: 1 });
    expect((await immediate.submitRun(run)).status).not.toBe("FAILURE");
    expect((await waitForRun(run.runId)).status).toBe("SUCCESS");
    const events = await eventsOf(run.runId);
    expect(events.map((event) => event.eventType)).not.toContain("RUN_FAILURE");
    expect(
      events.find((event) => event.eventType === "ENGINE_EVENT" && event.message.includes("was lost"))
        ?.message,
    ).toMatch(/leaving the run to its worker|already advanced to/);
  });

  it("leaves the run to its worker in a dequeue pass, which counts it launched", async () => {
    const slots = await holdSlots(3);
    const run = await enqueueQuietly("slow_job", { seconds: 1 });
    const result = await runDequeuePass({ storage, launcher: lossyLauncher, limits: unlimited });
    expect(result.launched).toContain(run.runId);
    expect((await waitForRun(run.runId)).status).toBe("SUCCESS");
    expect(await eventTypesOf(run.runId)).not.toContain("RUN_FAILURE");
    await slots.release();
  });

  it("still fails a run whose worker never got it", async () => {
    const immediate = createRunCoordinator({ type: "immediate" }, { storage, launcher: lossyLauncher });
    const run = await addRun("no_such_job");
    expect((await immediate.submitRun(run)).status).toBe("FAILURE");
    expect(await eventTypesOf(run.runId)).toEqual(["RUN_STARTING", "ENGINE_EVENT", "RUN_FAILURE"]);
  });
});

describe("a cancel racing a dequeue pass", () => {
  let slots: { release(): Promise<void> };
  beforeEach(async () => {
    slots = await holdSlots(3);
  });
  afterEach(async () => {
    await slots.release();
  });

  it("wins when it lands between the pass's pick and its start: the run never starts", async () => {
    const run = await enqueueQuietly("hello_job");
    const racing = interleaved(hasEvent(run.runId, "RUN_DEQUEUED"), () => coordinator.cancelRun(run.runId));
    const result = await runDequeuePass({ storage: racing, launcher, limits: unlimited });
    expect(result.skipped).toContain(run.runId);
    expect(result.launched).not.toContain(run.runId);
    expect(await eventTypesOf(run.runId)).toEqual(["RUN_ENQUEUED", "RUN_CANCELING", "RUN_CANCELED"]);
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");
  });

  it("loses when the pass starts the run between its read and its write, and then stops the worker", async () => {
    const run = await enqueueQuietly("slow_job", { seconds: 30 });
    // The pass launches the run and its worker stores RUN_START, all before the cancel's write: waiting for
    // STARTED fixes the order, which otherwise races the worker against the cancel's next write.
    const startRun = async () => {
      await runDequeuePass({ storage, launcher, limits: unlimited });
      await waitForRun(run.runId, (status) => status === "STARTED");
    };
    const racing = interleaved(hasEvent(run.runId, "RUN_CANCELED"), startRun);
    expect(await cancelRun({ storage: racing, launcher }, run.runId)).toBe(true);
    expect((await waitForRun(run.runId)).status).toBe("CANCELED");
    const types = await eventTypesOf(run.runId);
    expect(types.slice(0, 4)).toEqual(["RUN_ENQUEUED", "RUN_DEQUEUED", "RUN_STARTING", "RUN_START"]);
    // The status changes, without the step and log events the running worker stores meanwhile.
    expect(types.filter((type) => type !== "LOG" && statusForEvent(type) !== undefined)).toEqual([
      "RUN_ENQUEUED",
      "RUN_STARTING",
      "RUN_START",
      "RUN_CANCELING",
      "RUN_CANCELED",
    ]);
    expect((await eventsOf(run.runId)).map((event) => event.message)).not.toContain(
      "Run was canceled before it started.",
    );
    // The worker itself stopped the run: it did not go on running a run marked canceled.
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("CANCELED");
  });

  // The cancel loses the QUEUED compare-and-set, sees STARTING, stores CANCELING and asks a worker that has
  // no run yet (not accepted): the run must still end canceled, never run a step, and the cancel say so.
  describe("landing after the pass stored STARTING, before the run reached its worker", () => {
    it("cancels the run at once when the pass reads the run again after the cancel: it is never launched", async () => {
      const run = await enqueueQuietly("hello_job");
      let accepted: boolean | undefined;
      const cancel = async () => {
        accepted = await cancelRun({ storage, launcher }, run.runId);
      };
      const racing: Storage = {
        ...storage,
        runs: hooked(storage.runs, "getRun", ([runId]) => runId === run.runId, cancel),
      };
      const result = await runDequeuePass({ storage: racing, launcher, limits: unlimited });
      expect(accepted).toBe(true);
      expect(result.skipped).toContain(run.runId);
      expect(result.launched).not.toContain(run.runId);
      expect((await storage.runs.getRun(run.runId))?.status).toBe("CANCELED");
      expect(await eventTypesOf(run.runId)).toEqual([
        "RUN_ENQUEUED",
        "RUN_DEQUEUED",
        "RUN_STARTING",
        "RUN_CANCELING",
        "RUN_CANCELED",
      ]);
      expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");
    });

    it("ends the run canceled before any step when the launch call was already under way", async () => {
      const run = await enqueueQuietly("hello_job");
      let accepted: boolean | undefined;
      const cancelThenLaunch = launcherWith(async (starting) => {
        accepted = await cancelRun({ storage, launcher }, run.runId);
        await launcher.launchRun(starting);
      });
      await runDequeuePass({ storage, launcher: cancelThenLaunch, limits: unlimited });
      expect(accepted).toBe(true);
      expect((await waitForRun(run.runId)).status).toBe("CANCELED");
      const types = await eventTypesOf(run.runId);
      expect(types.slice(0, 4)).toEqual(["RUN_ENQUEUED", "RUN_DEQUEUED", "RUN_STARTING", "RUN_CANCELING"]);
      expect(types.at(-1)).toBe("RUN_CANCELED");
      for (const never of ["STEP_START", "RUN_SUCCESS", "RUN_FAILURE"] as const)
        expect(types).not.toContain(never);
      // Whether its worker refused the run or stopped it at its first termination check, none runs it.
      expect(["NOT_FOUND", "CANCELED"]).toContain((await launcher.checkRunWorkerHealth(run)).status);
    });

    it("cancels the run instead of failing it when the launch call fails without reaching the worker", async () => {
      const run = await enqueueQuietly("hello_job");
      const cancelThenFail = launcherWith(async () => {
        await cancelRun({ storage, launcher }, run.runId);
        throw new DagflareError("CODE_LOCATION_UNAVAILABLE", "the code location is down");
      });
      const result = await runDequeuePass({ storage, launcher: cancelThenFail, limits: unlimited });
      expect(result.skipped).toContain(run.runId);
      expect((await storage.runs.getRun(run.runId))?.status).toBe("CANCELED");
      expect(await eventTypesOf(run.runId)).not.toContain("RUN_FAILURE");
    });
  });
});
