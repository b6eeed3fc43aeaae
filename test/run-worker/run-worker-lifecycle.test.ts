/**
 * The run worker's lifecycle through the DurableObjectRunLauncher: idempotent launches, health over time,
 * termination of a running step, and launches the location refuses.
 */
import { describe, expect, it } from "vitest";
import { addStartingRun, eventsOf, launcher, launchToEnd, typesOf, waitForEvent, waitForRun } from "./launched-runs";

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

    expect(await launcher.terminate(run)).toBe(true);
    const ended = await waitForRun(run.runId);
    expect(ended.status).toBe("CANCELED");
    const events = await eventsOf(run.runId);
    expect(typesOf(events, "slow_op")).not.toContain("STEP_SUCCESS");
    expect(events.find((event) => event.eventType === "STEP_FAILURE")).toMatchObject({ stepKey: "slow_op", data: { errorSource: "INTERRUPT" } });
    expect(typesOf(events).at(-1)).toBe("RUN_CANCELED");
    // Interrupted, not waited for: the op would have run for 5 s.
    expect((ended.endTime ?? Number.POSITIVE_INFINITY) - launchedAt).toBeLessThan(5);

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
