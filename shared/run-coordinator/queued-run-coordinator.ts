/**
 * QueuedRunCoordinator (Dagster's): a submitted run waits as QUEUED, and the daemon's dequeuer starts it
 * within the instance's limits. Submitting also sends a wake-up on the run queue so the run starts at once
 * when a slot is free rather than at the next dequeue interval.
 * @module
 */
import type { RunRecord } from "../storage/run-storage";
import { cancelRun } from "./cancel-run";
import type { LaunchDeps } from "./launch-or-fail";
import { readForSubmit } from "./read-for-submit";
import type { RunCoordinator } from "./run-coordinator";
import { runEvent } from "./run-event";
import type { RunQueueMessage } from "./run-queue-message";

export type QueuedRunCoordinatorDeps = LaunchDeps & { runQueue: Queue<RunQueueMessage> };

export class QueuedRunCoordinator implements RunCoordinator {
  constructor(private readonly deps: QueuedRunCoordinatorDeps) {}

  /**
   * Stores RUN_ENQUEUED (→ QUEUED) and sends `{ runId }` on the run queue. Idempotent: a run already past
   * NOT_STARTED is returned as stored, with no event and no message. A failed send is only logged: the
   * run is QUEUED already and the daemon's interval pass starts it.
   * @throws DagflareError NOT_FOUND for an unknown run; storage errors.
   */
  async submitRun(run: RunRecord): Promise<RunRecord> {
    const { stored, pending } = await readForSubmit(this.deps.storage, run.runId);
    if (!pending) return stored;
    const enqueued = await this.deps.storage.events.storeEvents(
      [runEvent(run.runId, "RUN_ENQUEUED", "Enqueued run")],
      { ifStatus: "NOT_STARTED" },
    );
    // Submitted (or canceled) by a concurrent call meanwhile.
    if (enqueued.length === 0) return (await this.deps.storage.runs.getRun(run.runId)) ?? stored;
    try {
      await this.deps.runQueue.send({ runId: run.runId });
    } catch (thrown) {
      console.error(
        `Run ${run.runId} is queued but the run queue wake-up failed; it starts at the next dequeue interval`,
        thrown,
      );
    }
    return (await this.deps.storage.runs.getRun(run.runId)) ?? stored;
  }

  /** See cancelRun in cancel-run.ts. */
  cancelRun(runId: string): Promise<boolean> {
    return cancelRun(this.deps, runId);
  }
}
