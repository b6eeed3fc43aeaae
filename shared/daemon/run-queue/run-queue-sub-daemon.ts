/**
 * The run queue sub-daemon (Dagster's QueuedRunCoordinatorDaemon): a dequeue pass every
 * `dequeue_interval_seconds` as a floor, and at once on every wake-up (a run submitted, a run finished).
 * @module
 */
import type { Instance } from "../../instance/instance";
import { runDequeuePass, type DequeuePassResult } from "../../run-coordinator/dequeue-pass";
import { runPoolBlocker } from "../../run-coordinator/run-pool-blocker";
import type { SubDaemon } from "../sub-daemon";

export const RUN_QUEUE_TASK = "run_queue";

/** The sub-daemon, or null when runs are not queued (`run_coordinator.type: immediate`). */
export function runQueueSubDaemon(instance: Instance): SubDaemon<DequeuePassResult> | null {
  const config = instance.config.runCoordinator;
  if (config.type !== "queued") return null;
  return {
    task: RUN_QUEUE_TASK,
    daemonType: "QUEUED_RUN_COORDINATOR",
    intervalMs: config.dequeueIntervalSeconds * 1000,
    run: () =>
      runDequeuePass({
        storage: instance.storage,
        launcher: instance.runLauncher,
        limits: config,
        ...(config.blockOpConcurrencyLimitedRuns.enabled && {
          poolBlocker: runPoolBlocker({
            workspace: instance.workspace,
            concurrency: instance.concurrency,
            slotBuffer: config.blockOpConcurrencyLimitedRuns.opConcurrencySlotBuffer,
          }),
        }),
      }),
  };
}
