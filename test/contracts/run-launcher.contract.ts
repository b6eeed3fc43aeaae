/**
 * The RunLauncher contract: runs launched through a launcher reach their end with the events Dagster's
 * run worker writes (SUCCESS, FAILURE with the downstream step skipped, retries, run config reaching
 * the ops), a second launch (and a resume) of a run changes nothing, health follows the run (NOT_FOUND
 * before it, RUNNING with a heartbeat, then SUCCESS / FAILED / CANCELED), terminate interrupts the step in
 * flight and is not accepted once nothing runs, and a run that ended before its start arrived is
 * refused with RUN_CONFLICT, starting nothing. An implementation's test file calls
 * `describeRunLauncher(name, () => harness)` with how its runs are created and observed.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RunLauncher } from "../../shared/run-launcher/run-launcher";
import type { RunRecord } from "../../shared/storage/run-storage";

export type LauncherRunEvent = {
  readonly eventType: string | null;
  readonly stepKey: string | null;
  readonly message: string;
};

export type RunLauncherHarness = {
  /** The launcher under test, configured as the instance's. */
  readonly launcher: RunLauncher;
  /** Creates a run of an example job and has the launcher under test launch it; the run as launched. */
  launch(jobName: string, runConfig?: Record<string, unknown>): Promise<RunRecord>;
  /** A run of the instance that the launcher was never asked to launch. */
  unlaunched(jobName: string): Promise<RunRecord>;
  /** Runs of the instance that ended (failed, canceled...) before any worker started them. */
  endedBeforeStart(): Promise<readonly RunRecord[]>;
  /** Polls until the run's status is one of `statuses` (bounded); returns it. */
  waitForStatus(runId: string, statuses: readonly string[], timeoutMs?: number): Promise<string>;
  /** The run's events in order, user log lines with a null type. */
  events(runId: string): Promise<readonly LauncherRunEvent[]>;
};

const ENDED = ["SUCCESS", "FAILURE", "CANCELED"];
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `harnessOf` is called once the suite's setup has run (e.g. the system under test started). */
export function describeRunLauncher(name: string, harnessOf: () => RunLauncherHarness): void {
  let harness: RunLauncherHarness;
  let launcher: RunLauncher;
  beforeAll(() => {
    harness = harnessOf();
    launcher = harness.launcher;
  });
  const typesOf = async (runId: string) =>
    (await harness.events(runId)).flatMap((event) => (event.eventType === null ? [] : [event.eventType]));
  const waitForEvent = async (
    runId: string,
    matches: (event: LauncherRunEvent) => boolean,
    timeoutMs = 20_000,
  ) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await harness.events(runId)).some(matches)) {
      if (Date.now() > deadline) throw new Error(`run ${runId}: no matching event within ${timeoutMs} ms`);
      await pause(100);
    }
  };

  describe(`${name}: RunLauncher`, () => {
    it("runs hello_job to SUCCESS with its step events and the op's log line; launching or resuming it again changes nothing", async () => {
      const run = await harness.launch("hello_job");
      expect(await harness.waitForStatus(run.runId, ENDED)).toBe("SUCCESS");
      const types = await typesOf(run.runId);
      expect(types).toEqual(
        expect.arrayContaining([
          "RUN_START",
          "STEP_START",
          "STEP_OUTPUT",
          "HANDLED_OUTPUT",
          "STEP_SUCCESS",
          "RUN_SUCCESS",
        ]),
      );
      expect(types.indexOf("RUN_START")).toBeLessThan(types.indexOf("STEP_SUCCESS"));
      expect(types.at(-1)).toBe("RUN_SUCCESS");
      const events = await harness.events(run.runId);
      expect(events.find((event) => event.eventType === null)).toMatchObject({
        stepKey: "hello",
        message: `Hello from Dagflare (run ${run.runId})`,
      });
      expect((await launcher.checkRunWorkerHealth(run)).status).toBe("SUCCESS");

      // An HTTP retry, a duplicate dequeue, run monitoring resuming a run that just finished.
      await Promise.all([launcher.launchRun(run), launcher.launchRun(run)]);
      if (launcher.supportsResume) await launcher.resumeRun(run);
      await pause(500);
      expect(await harness.events(run.runId)).toHaveLength(events.length);
      expect(types.filter((type) => type === "RUN_START" || type === "STEP_START")).toEqual([
        "RUN_START",
        "STEP_START",
      ]);
    });

    it("runs etl_job with its run config: fan-out, fan-in on both counts, the configured resource and the asset", async () => {
      const runConfig = {
        ops: { extract: { config: { source_url: "s3://bucket/a.csv", limit: 3 } } },
        resources: { warehouse: { config: { table: "counts" } } },
      };
      const run = await harness.launch("etl_job", runConfig);
      expect(await harness.waitForStatus(run.runId, ENDED)).toBe("SUCCESS");
      const events = await harness.events(run.runId);
      expect(
        events
          .filter((event) => event.eventType === "STEP_SUCCESS")
          .map((event) => event.stepKey)
          .sort(),
      ).toEqual(["extract", "load", "transform_a", "transform_b"]);
      expect(
        events.filter((event) => event.eventType === "LOADED_INPUT" && event.stepKey === "load"),
      ).toHaveLength(2);
      expect(events.filter((event) => event.eventType === "ASSET_MATERIALIZATION")).toHaveLength(1);
      expect(events.map((event) => event.message)).toEqual(
        expect.arrayContaining([
          "extracted 3 rows from s3://bucket/a.csv",
          "INSERT INTO counts VALUES (3, 3)",
        ]),
      );
    });

    it("fails failing_job on explode's error, skips after_explode, and reports the worker FAILED", async () => {
      const run = await harness.launch("failing_job");
      expect(await harness.waitForStatus(run.runId, ENDED)).toBe("FAILURE");
      const events = await harness.events(run.runId);
      expect(events.some((event) => event.eventType === "STEP_SUCCESS" && event.stepKey === "prepare")).toBe(
        true,
      );
      expect(events.find((event) => event.eventType === "STEP_FAILURE")).toMatchObject({
        stepKey: "explode",
      });
      expect(
        events.filter((event) => event.stepKey === "after_explode").map((event) => event.eventType),
      ).toEqual(["STEP_SKIPPED"]);
      expect(events.at(-1)?.eventType).toBe("RUN_FAILURE");
      expect((await launcher.checkRunWorkerHealth(run)).status).toBe("FAILED");
    });

    it("retries retry_job's flaky op twice, then succeeds", async () => {
      const run = await harness.launch("retry_job");
      expect(await harness.waitForStatus(run.runId, ENDED)).toBe("SUCCESS");
      const events = await harness.events(run.runId);
      expect(
        events
          .filter(
            (event) =>
              event.stepKey === "flaky" && event.eventType !== null && event.eventType !== "STEP_INPUT",
          )
          .map((event) => event.eventType),
      ).toEqual([
        "STEP_START",
        "STEP_UP_FOR_RETRY",
        "STEP_RESTARTED",
        "STEP_UP_FOR_RETRY",
        "STEP_RESTARTED",
        "STEP_OUTPUT",
        "HANDLED_OUTPUT",
        "STEP_SUCCESS",
      ]);
      expect(events.some((event) => event.message === "flaky: succeeded on attempt 2")).toBe(true);
    });

    it("reports NOT_FOUND and accepts no terminate for a run it never launched", async () => {
      const run = await harness.unlaunched("hello_job");
      expect(await launcher.checkRunWorkerHealth(run)).toMatchObject({ status: "NOT_FOUND" });
      expect(await launcher.terminate(run)).toBe(false);
    });

    it("reports RUNNING with a heartbeat, then terminate interrupts the running step and the run ends CANCELED", async () => {
      const launchedAt = Math.floor(Date.now() / 1000);
      const run = await harness.launch("slow_job", { ops: { slow_op: { config: { seconds: 30 } } } });
      await waitForEvent(
        run.runId,
        (event) => event.eventType === "STEP_START" && event.stepKey === "slow_op",
      );
      const running = await launcher.checkRunWorkerHealth(run);
      expect(running.status).toBe("RUNNING");
      expect(running.lastHeartbeat).toBeGreaterThanOrEqual(launchedAt - 1);

      const terminatedAt = Date.now();
      expect(await launcher.terminate(run)).toBe(true);
      expect(await harness.waitForStatus(run.runId, ENDED, 15_000)).toBe("CANCELED");
      // Interrupted, not waited for: the op would have run for 30 s.
      expect(Date.now() - terminatedAt).toBeLessThan(10_000);
      const events = await harness.events(run.runId);
      expect(
        events.filter((event) => event.eventType === "STEP_FAILURE").map((event) => event.stepKey),
      ).toEqual(["slow_op"]);
      expect(events.filter((event) => event.eventType === "RUN_CANCELED")).toHaveLength(1);
      expect(events.map((event) => event.eventType)).not.toContain("STEP_SUCCESS");
      expect(events.map((event) => event.message)).toContain(
        "Run termination requested: interrupting steps slow_op.",
      );
      expect((await launcher.checkRunWorkerHealth(run)).status).toBe("CANCELED");
      expect(await launcher.terminate(run)).toBe(false);
    });

    it("refuses, with RUN_CONFLICT and starting nothing, a run that ended before its start arrived (a launch that timed out)", async () => {
      const runs = await harness.endedBeforeStart();
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) {
        const eventCount = (await harness.events(run.runId)).length;
        await expect(launcher.launchRun(run)).rejects.toMatchObject({
          code: "RUN_CONFLICT",
          message: expect.stringContaining(
            `could not launch it: run ${run.runId} is already ${run.status}: not executing it (its launch may have timed out and the run been ended before this start arrived)`,
          ),
        });
        expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");
        await pause(300);
        expect(await harness.events(run.runId)).toHaveLength(eventCount);
      }
    });
  });
}
