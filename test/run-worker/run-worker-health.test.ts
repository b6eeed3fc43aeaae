/**
 * How a RunWorker object words its health from its stored state, including the state no end-to-end run
 * reaches on purpose: a worker that stopped mid-run with nothing scheduled to resume it.
 */
import { describe, expect, it } from "vitest";
import { runWorkerHealth } from "../../shared/run-worker/run-worker-health";

const started = { runId: "run-1", active: false, lastHeartbeat: 1_800_000_000 };

describe("runWorkerHealth", () => {
  it("is NOT_FOUND before any start", () => {
    expect(
      runWorkerHealth({ runId: undefined, runState: undefined, active: false, lastHeartbeat: undefined }),
    ).toEqual({
      status: "NOT_FOUND",
      message: "no run was started in this run worker",
    });
  });

  it("reports the run's outcome only once its terminal event is written", () => {
    const outcome = { status: "FAILURE" as const, failedStepKeys: ["explode"] };
    expect(
      runWorkerHealth({ ...started, runState: { started: true, outcome, terminalEventWritten: true } }),
    ).toEqual({ status: "FAILED", lastHeartbeat: 1_800_000_000 });
    expect(runWorkerHealth({ ...started, active: true, runState: { started: true, outcome } })).toEqual({
      status: "RUNNING",
      lastHeartbeat: 1_800_000_000,
    });
  });

  it("is FAILED, saying so, when the worker stopped mid-run and nothing will resume it", () => {
    expect(runWorkerHealth({ ...started, runState: { started: true } })).toEqual({
      status: "FAILED",
      message:
        "the run worker of run run-1 stopped before the run finished and nothing is scheduled to resume it",
      lastHeartbeat: 1_800_000_000,
    });
  });
});
