// The run monitoring sub-daemon over the real D1 storage and RunWorker objects, each iteration called
// directly at a chosen time. The Daemon object itself does not monitor here (test/daemon/dagflare.yaml
// disables it), so every action these tests see came from the iteration they ran.
import { describe, expect, it } from "vitest";
import type { RunMonitoringConfig } from "../../shared/config/instance-config";
import {
  runMonitoringSubDaemon,
  type RunMonitoringResult,
} from "../../shared/daemon/run-monitoring/run-monitoring-sub-daemon";
import {
  config,
  coordinator,
  eventsOf,
  eventTypesOf,
  launcher,
  runWithEvents,
  storage,
  waitForRun,
} from "./daemon-harness";

function monitoring(overrides: Partial<RunMonitoringConfig> = {}) {
  const runMonitoring = { ...config.runMonitoring, enabled: true, ...overrides };
  const subDaemon = runMonitoringSubDaemon({
    storage,
    runLauncher: launcher,
    runCoordinator: coordinator,
    config: { runMonitoring },
  });
  if (subDaemon === null) throw new Error("run monitoring is enabled, yet no sub-daemon was built");
  return subDaemon;
}

const actionsOn = (result: RunMonitoringResult, runId: string) =>
  result.actions.filter((action) => action.runId === runId).map((action) => action.kind);
const statusOf = async (runId: string) => (await storage.runs.getRun(runId))?.status;

describe("run monitoring sub-daemon", () => {
  it("is built only when run_monitoring is enabled, as MONITORING every poll_interval_seconds", () => {
    const subDaemon = monitoring({ pollIntervalSeconds: 45 });
    expect([subDaemon.daemonType, subDaemon.intervalMs]).toEqual(["MONITORING", 45_000]);
    const disabled = { runMonitoring: { ...config.runMonitoring, enabled: false } };
    expect(
      runMonitoringSubDaemon({
        storage,
        runLauncher: launcher,
        runCoordinator: coordinator,
        config: disabled,
      }),
    ).toBeNull();
  });

  it("fails a run stuck STARTING at start_timeout_seconds after its RUN_STARTING, and not before", async () => {
    const startedAt = Date.now();
    const run = await runWithEvents("hello_job", ["RUN_STARTING"], { timestamp: startedAt });
    const subDaemon = monitoring({ startTimeoutSeconds: 180 });

    expect(actionsOn(await subDaemon.run(startedAt + 179_000), run.runId)).toEqual([]);
    expect(await statusOf(run.runId)).toBe("STARTING");

    expect(actionsOn(await subDaemon.run(startedAt + 181_000), run.runId)).toEqual(["fail"]);
    const failed = await storage.runs.getRun(run.runId);
    expect(failed?.status).toBe("FAILURE");
    expect(failed?.tags["dagster/failure_reason"]).toBe("START_TIMEOUT");
    expect((await eventTypesOf(run.runId)).slice(-2)).toEqual(["ENGINE_EVENT", "RUN_FAILURE"]);
    const failure = (await eventsOf(run.runId)).at(-1);
    expect(failure?.message).toContain("180 seconds to start");
    expect(failure?.data?.failureReason).toBe("START_TIMEOUT");
  });

  it("marks a run stuck CANCELING canceled at cancel_timeout_seconds, and not before", async () => {
    const canceledAt = Date.now();
    const run = await runWithEvents("hello_job", ["RUN_STARTING", "RUN_START", "RUN_CANCELING"], {
      timestamp: canceledAt,
    });
    const subDaemon = monitoring({ cancelTimeoutSeconds: 60 });

    expect(actionsOn(await subDaemon.run(canceledAt + 59_000), run.runId)).toEqual([]);
    expect(await statusOf(run.runId)).toBe("CANCELING");

    expect(actionsOn(await subDaemon.run(canceledAt + 61_000), run.runId)).toEqual(["mark_canceled"]);
    expect(await statusOf(run.runId)).toBe("CANCELED");
    expect((await eventTypesOf(run.runId)).slice(-2)).toEqual(["ENGINE_EVENT", "RUN_CANCELED"]);
  });

  it("resumes a STARTED run whose worker never started, and the new worker finishes it", async () => {
    const run = await runWithEvents("hello_job", ["RUN_STARTING", "RUN_START"]);
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");

    expect(actionsOn(await monitoring({ maxResumeRunAttempts: 1 }).run(Date.now()), run.runId)).toEqual([
      "resume",
    ]);
    expect((await waitForRun(run.runId)).status).toBe("SUCCESS");
    const resumed = (await eventsOf(run.runId)).find((event) => event.data?.resumeAttempt === 1);
    expect(resumed?.message).toContain("(attempt 1)");
  });

  it("resumes a dead worker up to max_resume_run_attempts, then fails the run with RUN_WORKER_RESTART", async () => {
    // The location has no such job, so every resume fails and the worker stays NOT_FOUND.
    const run = await runWithEvents("no_such_job", ["RUN_STARTING", "RUN_START"]);
    const subDaemon = monitoring({ maxResumeRunAttempts: 2 });

    expect(actionsOn(await subDaemon.run(Date.now()), run.runId)).toEqual(["resume"]);
    expect(actionsOn(await subDaemon.run(Date.now()), run.runId)).toEqual(["resume"]);
    expect(await statusOf(run.runId)).toBe("STARTED");
    expect(actionsOn(await subDaemon.run(Date.now()), run.runId)).toEqual(["fail"]);

    const failed = await storage.runs.getRun(run.runId);
    expect(failed?.status).toBe("FAILURE");
    expect(failed?.tags["dagster/failure_reason"]).toBe("RUN_WORKER_RESTART");
    const events = await eventsOf(run.runId);
    expect(
      events.map((event) => event.data?.resumeAttempt).filter((attempt) => attempt !== undefined),
    ).toEqual([1, 2]);
    expect(
      events.filter(
        (event) => event.message.includes("failed") && event.message.includes('no job "no_such_job"'),
      ),
    ).toHaveLength(2);
    expect(events.at(-1)?.message).toContain("maximum attempts to resume the run: 2");
  });

  it("leaves a healthy running slow_job alone, and terminates it past its dagster/max_runtime", async () => {
    const run = await runWithEvents("slow_job", ["RUN_STARTING"], { seconds: 30 });
    await storage.runs.addRunTags(run.runId, { "dagster/max_runtime": "600" });
    await launcher.launchRun(run);
    const started = await waitForRun(run.runId, (status) => status === "STARTED");
    const subDaemon = monitoring({ maxResumeRunAttempts: 3 });

    expect(actionsOn(await subDaemon.run(Date.now()), run.runId)).toEqual([]);
    expect((await launcher.checkRunWorkerHealth(started)).status).toBe("RUNNING");
    expect(await statusOf(run.runId)).toBe("STARTED");

    const pastMaxRuntime = ((started.startTime ?? 0) + 601) * 1000;
    expect(actionsOn(await subDaemon.run(pastMaxRuntime), run.runId)).toEqual(["terminate"]);
    expect((await waitForRun(run.runId)).status).toBe("CANCELED");
    expect(
      (await eventsOf(run.runId)).some((event) => event.message.includes("maximum runtime of 600 seconds")),
    ).toBe(true);
  });
});
