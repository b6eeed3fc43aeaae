/**
 * The run worker's lifecycle through the DurableObjectRunLauncher: idempotent launches, health over time,
 * termination interrupting a running step inside the engine (the object is reset only when an op ignores
 * its interruption), and launches the location refuses, including those of runs that already ended.
 */
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../shared/storage/event-log-storage";
import { addStartingRun, eventsOf, launcher, launchToEnd, typesOf, waitForEvent, waitForRun } from "./launched-runs";

/** The run worker's grace for an interrupted op to stop before it resets itself (STOP_GRACE_MS), plus margin. */
const STOP_GRACE_WITH_MARGIN_MS = 6_500;
const RESTART_MESSAGE = "Steps slow_op did not stop within 5 s of being interrupted: restarting the run worker to stop them.";

/** Checks a terminated slow_job's log: slow_op failed as interrupted and the run was canceled, each exactly once. */
function expectInterruptedOnce(events: readonly EventRecord[]): void {
  expect(typesOf(events, "slow_op")).not.toContain("STEP_SUCCESS");
  const failures = events.filter((event) => event.eventType === "STEP_FAILURE");
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatchObject({
    stepKey: "slow_op",
    data: { errorSource: "INTERRUPT", error: { className: "DagsterExecutionInterruptedError", message: 'Execution of step "slow_op" was interrupted: the run was terminated.' } },
  });
  expect(typesOf(events).filter((type) => type === "RUN_CANCELED")).toHaveLength(1);
  expect(events.map((event) => event.message)).toContain("Run termination requested: interrupting steps slow_op.");
}

describe("launching", () => {
  it("is idempotent: launching a run again starts nothing new, during or after the run", async () => {
    const run = await addStartingRun("hello_job");
    await Promise.all([launcher.launchRun(run), launcher.launchRun(run)]);
    await launcher.launchRun(run);
    const events = await launchToEnd(run, "SUCCESS");
    await launcher.resumeRun(run);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await eventsOf(run.runId)).toHaveLength(events.length);
    expect(typesOf(events).filter((type) => type === "RUN_START" || type === "STEP_START")).toEqual(["RUN_START", "STEP_START"]);
  });

  it("throws the worker's NOT_FOUND for a job the location does not define, starting nothing", async () => {
    const run = await addStartingRun("no_such_job");
    await expect(launcher.launchRun(run)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining(`run ${run.runId}: the run worker in code location "example" could not launch it: run ${run.runId}: this code location has no job "no_such_job" (jobs: hello_job, etl_job`),
    });
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");
  });

  it("throws BAD_REQUEST for an op selection naming an op the job does not have", async () => {
    await expect(launcher.launchRun(await addStartingRun("etl_job", { opSelection: ["extract", "upload"] }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/opSelection: job "etl_job" has no op\(s\) "upload"$/),
    });
  });

  it("throws CODE_LOCATION_UNAVAILABLE for a run of a location not in the workspace", async () => {
    await expect(launcher.launchRun(await addStartingRun("hello_job", { locationName: "elsewhere" }))).rejects.toMatchObject({
      code: "CODE_LOCATION_UNAVAILABLE",
      message: expect.stringContaining('no client for its code location "elsewhere"'),
    });
  });

  it.each(["FAILURE", "CANCELED", "CANCELING", "SUCCESS"] as const)(
    "refuses, with RUN_CONFLICT and starting nothing, a run already %s when its start arrives (a launch that timed out)",
    async (status) => {
      const run = await addStartingRun("hello_job", { status });
      await expect(launcher.launchRun(run)).rejects.toMatchObject({
        code: "RUN_CONFLICT",
        message: `run ${run.runId}: the run worker in code location "example" could not launch it: run ${run.runId} is already ${status}: not executing it (its launch may have timed out and the run been ended before this start arrived)`,
      });
      expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await eventsOf(run.runId)).toEqual([]);
    },
  );

  it("executes only the op selection", async () => {
    const runConfig = { ops: { extract: { config: { source_url: "s3://bucket/rows.csv" } } } };
    const events = await launchToEnd(await addStartingRun("etl_job", { runConfig, opSelection: ["extract"] }), "SUCCESS");
    expect([...new Set(events.flatMap((event) => (event.stepKey === null ? [] : [event.stepKey])))]).toEqual(["extract"]);
  });
});

describe("health and termination", () => {
  it("reports NOT_FOUND, then RUNNING with a heartbeat, and CANCELED after terminate interrupts the running step", async () => {
    const run = await addStartingRun("slow_job", { runConfig: { ops: { slow_op: { config: { seconds: 5 } } } } });
    expect(await launcher.checkRunWorkerHealth(run)).toMatchObject({ status: "NOT_FOUND" });
    expect(await launcher.terminate(run)).toBe(false);

    const launchedAt = Date.now() / 1000;
    await launcher.launchRun(run);
    await waitForEvent(run.runId, "STEP_START");
    const running = await launcher.checkRunWorkerHealth(run);
    expect(running.status).toBe("RUNNING");
    expect(running.lastHeartbeat).toBeGreaterThanOrEqual(Math.floor(launchedAt));

    const terminatedAt = Date.now() / 1000;
    expect(await launcher.terminate(run)).toBe(true);
    const ended = await waitForRun(run.runId);
    expect(ended.status).toBe("CANCELED");
    // Interrupted, not waited for: the op would have run for 5 s.
    expect((ended.endTime ?? Number.POSITIVE_INFINITY) - terminatedAt).toBeLessThan(1);
    expectInterruptedOnce(await eventsOf(run.runId));

    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("CANCELED");
    expect(await launcher.terminate(run)).toBe(false);
    // The op stopped on its signal, so the object never had to reset itself, and nothing more was logged.
    await new Promise((resolve) => setTimeout(resolve, STOP_GRACE_WITH_MARGIN_MS));
    const events = await eventsOf(run.runId);
    expect(events.map((event) => event.message)).not.toContain(RESTART_MESSAGE);
    expect(typesOf(events).at(-1)).toBe("RUN_CANCELED");
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("CANCELED");
  });

  it("cancels a run whose op ignores its interruption at once, drops what the op still logs, and resets the object as a last resort", async () => {
    const run = await addStartingRun("slow_job", { runConfig: { ops: { slow_op: { config: { seconds: 20, ignore_termination: true } } } } });
    await launcher.launchRun(run);
    await waitForEvent(run.runId, "STEP_START");
    const terminatedAt = Date.now() / 1000;
    expect(await launcher.terminate(run)).toBe(true);
    const ended = await waitForRun(run.runId);
    expect(ended.status).toBe("CANCELED");
    expect((ended.endTime ?? Number.POSITIVE_INFINITY) - terminatedAt).toBeLessThan(1);
    expectInterruptedOnce(await eventsOf(run.runId));

    await waitForEvent(run.runId, "ENGINE_EVENT", STOP_GRACE_WITH_MARGIN_MS + 2_000, (event) => event.message === RESTART_MESSAGE);
    const events = await eventsOf(run.runId);
    const canceledAt = events.findIndex((event) => event.eventType === "RUN_CANCELED");
    expect(events.findIndex((event) => event.message === RESTART_MESSAGE)).toBeGreaterThan(canceledAt);
    // The op went on logging each second until the reset; none of it reached the run's log.
    expect(events.filter((event) => event.eventType === null && event.timestamp / 1000 > terminatedAt)).toEqual([]);
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("CANCELED");
    expect(await launcher.terminate(run)).toBe(false);
  });

  it("reports SUCCESS and FAILED once runs end", async () => {
    const succeeded = await addStartingRun("hello_job");
    await launchToEnd(succeeded, "SUCCESS");
    expect((await launcher.checkRunWorkerHealth(succeeded)).status).toBe("SUCCESS");
    const failed = await addStartingRun("failing_job");
    await launchToEnd(failed, "FAILURE");
    expect((await launcher.checkRunWorkerHealth(failed)).status).toBe("FAILED");
  });
});
