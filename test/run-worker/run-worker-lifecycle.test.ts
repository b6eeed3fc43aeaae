/**
 * What only the DurableObjectRunLauncher's run workers do, beyond the RunLauncher contract
 * (durable-object-launcher.test.ts): the launches a code location refuses (unknown job, bad op selection,
 * a location not in the workspace), op selection, and termination inside the engine (the object is reset
 * only when an op ignores its interruption).
 */
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../shared/storage/event-log-storage";
import {
  addStartingRun,
  eventsOf,
  launcher,
  launchToEnd,
  typesOf,
  waitForEvent,
  waitForRun,
} from "./launched-runs";

/** The run worker's grace for an interrupted op to stop before it resets itself (STOP_GRACE_MS), plus margin. */
const STOP_GRACE_WITH_MARGIN_MS = 6_500;
const RESTART_MESSAGE =
  "Steps slow_op did not stop within 5 s of being interrupted: restarting the run worker to stop them.";

/** Checks a terminated slow_job's log: slow_op failed as interrupted and the run was canceled, each exactly once. */
function expectInterruptedOnce(events: readonly EventRecord[]): void {
  expect(typesOf(events, "slow_op")).not.toContain("STEP_SUCCESS");
  const failures = events.filter((event) => event.eventType === "STEP_FAILURE");
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatchObject({
    stepKey: "slow_op",
    data: {
      errorSource: "INTERRUPT",
      error: {
        className: "DagsterExecutionInterruptedError",
        message: 'Execution of step "slow_op" was interrupted: the run was terminated.',
      },
    },
  });
  expect(typesOf(events).filter((type) => type === "RUN_CANCELED")).toHaveLength(1);
  expect(events.map((event) => event.message)).toContain(
    "Run termination requested: interrupting steps slow_op.",
  );
}

describe("launching", () => {
  it("throws the worker's NOT_FOUND for a job the location does not define, starting nothing", async () => {
    const run = await addStartingRun("no_such_job");
    await expect(launcher.launchRun(run)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining(
        `run ${run.runId}: the run worker in code location "example" could not launch it: run ${run.runId}: this code location has no job "no_such_job" (jobs: hello_job, etl_job`,
      ),
    });
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");
  });

  it("throws BAD_REQUEST for an op selection naming an op the job does not have", async () => {
    await expect(
      launcher.launchRun(await addStartingRun("etl_job", { opSelection: ["extract", "upload"] })),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/opSelection: job "etl_job" has no op\(s\) "upload"$/),
    });
  });

  it("throws CODE_LOCATION_UNAVAILABLE for a run of a location not in the workspace", async () => {
    await expect(
      launcher.launchRun(await addStartingRun("hello_job", { locationName: "elsewhere" })),
    ).rejects.toMatchObject({
      code: "CODE_LOCATION_UNAVAILABLE",
      message: expect.stringContaining('no client for its code location "elsewhere"'),
    });
  });

  it("executes only the op selection", async () => {
    const runConfig = { ops: { extract: { config: { source_url: "s3://bucket/rows.csv" } } } };
    const events = await launchToEnd(
      await addStartingRun("etl_job", { runConfig, opSelection: ["extract"] }),
      "SUCCESS",
    );
    expect([...new Set(events.flatMap((event) => (event.stepKey === null ? [] : [event.stepKey])))]).toEqual([
      "extract",
    ]);
  });
});

describe("health and termination", () => {
  it("stops an op that heeds its interruption within a second, so the object never resets itself", async () => {
    const run = await addStartingRun("slow_job", {
      runConfig: { ops: { slow_op: { config: { seconds: 5 } } } },
    });
    await launcher.launchRun(run);
    await waitForEvent(run.runId, "STEP_START");
    const terminatedAt = Date.now() / 1000;
    expect(await launcher.terminate(run)).toBe(true);
    const ended = await waitForRun(run.runId);
    expect(ended.status).toBe("CANCELED");
    // Interrupted, not waited for: the op would have run for 5 s.
    expect((ended.endTime ?? Number.POSITIVE_INFINITY) - terminatedAt).toBeLessThan(1);
    expectInterruptedOnce(await eventsOf(run.runId));
    // The op stopped on its signal, so the object never had to reset itself, and nothing more was logged.
    await new Promise((resolve) => setTimeout(resolve, STOP_GRACE_WITH_MARGIN_MS));
    const events = await eventsOf(run.runId);
    expect(events.map((event) => event.message)).not.toContain(RESTART_MESSAGE);
    expect(typesOf(events).at(-1)).toBe("RUN_CANCELED");
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("CANCELED");
  });

  it("cancels a run whose op ignores its interruption at once, drops what the op still logs, and resets the object as a last resort", async () => {
    const run = await addStartingRun("slow_job", {
      runConfig: { ops: { slow_op: { config: { seconds: 20, ignore_termination: true } } } },
    });
    await launcher.launchRun(run);
    await waitForEvent(run.runId, "STEP_START");
    const terminatedAt = Date.now() / 1000;
    expect(await launcher.terminate(run)).toBe(true);
    const ended = await waitForRun(run.runId);
    expect(ended.status).toBe("CANCELED");
    expect((ended.endTime ?? Number.POSITIVE_INFINITY) - terminatedAt).toBeLessThan(1);
    expectInterruptedOnce(await eventsOf(run.runId));

    await waitForEvent(
      run.runId,
      "ENGINE_EVENT",
      STOP_GRACE_WITH_MARGIN_MS + 2_000,
      (event) => event.message === RESTART_MESSAGE,
    );
    const events = await eventsOf(run.runId);
    const canceledAt = events.findIndex((event) => event.eventType === "RUN_CANCELED");
    expect(events.findIndex((event) => event.message === RESTART_MESSAGE)).toBeGreaterThan(canceledAt);
    // The op went on logging each second until the reset; none of it reached the run's log.
    expect(
      events.filter((event) => event.eventType === null && event.timestamp / 1000 > terminatedAt),
    ).toEqual([]);
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("CANCELED");
    expect(await launcher.terminate(run)).toBe(false);
  });
});
