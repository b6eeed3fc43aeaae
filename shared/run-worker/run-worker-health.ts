/**
 * A run worker's health (Dagster's WorkerStatus) from what it has stored, as run monitoring reads it; the
 * same for a RunWorker Durable Object and the Node run-worker service.
 * @module
 */
import type { RunWorkerHealth } from "../protocol/code-location-protocol";
import type { RunOutcome } from "../executor/run-outcome";
import type { RunState } from "../executor/run-state-store";

const STATUS_BY_OUTCOME: Record<RunOutcome["status"], RunWorkerHealth["status"]> = {
  SUCCESS: "SUCCESS",
  FAILURE: "FAILED",
  CANCELED: "CANCELED",
};

export type RunWorkerSnapshot = {
  /** The run's id when a start was accepted, else undefined. */
  readonly runId: string | undefined;
  readonly runState: RunState | undefined;
  /** Executing now, or due to execute (a Durable Object's alarm: first start, resume, retry). */
  readonly active: boolean;
  /** Epoch seconds. */
  readonly lastHeartbeat: number | undefined;
};

/**
 * NOT_FOUND before any start; SUCCESS / FAILED / CANCELED once the run's terminal event is written;
 * RUNNING while active; FAILED when the worker stopped mid-run with nothing due to resume it (resuming
 * continues from its stored step state).
 */
export function runWorkerHealth({
  runId,
  runState,
  active,
  lastHeartbeat,
}: RunWorkerSnapshot): RunWorkerHealth {
  const heartbeat = lastHeartbeat === undefined ? {} : { lastHeartbeat };
  if (runId === undefined) return { status: "NOT_FOUND", message: "no run was started in this run worker" };
  if (runState?.outcome !== undefined && runState.terminalEventWritten === true)
    return { status: STATUS_BY_OUTCOME[runState.outcome.status], ...heartbeat };
  if (active) return { status: "RUNNING", ...heartbeat };
  return {
    status: "FAILED",
    message: `the run worker of run ${runId} stopped before the run finished and nothing is scheduled to resume it`,
    ...heartbeat,
  };
}
