/**
 * One pass of the run queue (Dagster's QueuedRunCoordinatorDaemon iteration): read the runs in progress
 * and the queued runs, pick with selectRunsToDequeue, and start each picked run that is still QUEUED.
 * Passes must not overlap (the daemon serializes them, so the limits hold); a run is only started by a
 * write conditional on its being QUEUED, so a duplicate wake-up or a concurrent cancel never both win.
 * @module
 */
import { IN_PROGRESS_STATUSES } from "../storage/run-status";
import type { RunRecord, RunStorage } from "../storage/run-storage";
import { dequeueCapacity, selectRunsToDequeue, type DequeueLimits, type RunBlocker } from "./dequeue-runs";
import { launchOrFail, type LaunchDeps } from "./launch-or-fail";
import { runEvent } from "./run-event";

export type DequeuePassDeps = LaunchDeps & {
  limits: DequeueLimits;
  /** Reads what keeps runs queued for op concurrency (block_op_concurrency_limited_runs), when enabled. */
  poolBlocker?: (queued: readonly RunRecord[]) => Promise<RunBlocker<RunRecord>>;
};

/** Run ids by outcome: started and handed to the launcher, failed to launch, or no longer QUEUED when it was to start. */
export type DequeuePassResult = { launched: string[]; failed: string[]; skipped: string[] };

/** Dagster's page size for reading the queue. */
const QUEUE_PAGE_SIZE = 100;

const LAUNCH_FAILURE =
  "Caught an unrecoverable error while dequeuing the run. Marking the run as failed and dropping it from the queue";

/**
 * Runs one pass. A launch error fails only that run (ENGINE_EVENT + RUN_FAILURE) and the pass goes on.
 * @throws what storage throws; runs started before the error stay started.
 */
export async function runDequeuePass(deps: DequeuePassDeps): Promise<DequeuePassResult> {
  const result: DequeuePassResult = { launched: [], failed: [], skipped: [] };
  const inProgress = await deps.storage.runs.getRuns({ statuses: [...IN_PROGRESS_STATUSES] });
  if (dequeueCapacity(deps.limits.maxConcurrentRuns, inProgress.length) === 0) return result;
  const queued = await queuedRunsOldestFirst(deps.storage.runs);
  const blocker =
    deps.poolBlocker === undefined || queued.length === 0 ? undefined : await deps.poolBlocker(queued);
  for (const picked of selectRunsToDequeue(queued, inProgress, deps.limits, blocker)) {
    const startEvents = [
      runEvent(picked.runId, "RUN_DEQUEUED", "Dequeued run"),
      runEvent(picked.runId, "RUN_STARTING", "Starting run"),
    ];
    const outcome = await launchOrFail(deps, picked, startEvents, LAUNCH_FAILURE, "QUEUED");
    result[outcome].push(picked.runId);
  }
  return result;
}

async function queuedRunsOldestFirst(runs: RunStorage): Promise<RunRecord[]> {
  const newestFirst: RunRecord[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = await runs.getRuns({ statuses: ["QUEUED"] }, { cursor, limit: QUEUE_PAGE_SIZE });
    newestFirst.push(...page);
    const last = page.at(-1);
    if (page.length < QUEUE_PAGE_SIZE || !last) return newestFirst.reverse();
    cursor = last.runId;
  }
}
