/**
 * RunCoordinator (Dagster's): decides when a submitted run starts. `queued` (default) holds runs as
 * QUEUED until the daemon starts them within the instance's limits; `immediate` hands them straight to
 * the run launcher. Implementations sit beside this file; `create-run-coordinator.ts` picks one from
 * dagflare.yaml.
 * @module
 */
import type { RunRecord } from "../storage/run-storage";

export interface RunCoordinator {
  /**
   * Submits a NOT_STARTED run and returns it re-read. Queued: RUN_ENQUEUED (→ QUEUED) and a run-queue
   * message. Immediate: RUN_STARTING (→ STARTING) and launch; a launch failure ends the run FAILURE with
   * the error in the event log rather than throwing, unless the run's worker reports it has the run.
   * Idempotent for a run already submitted, even when submits race (the status moves by compare-and-set).
   */
  submitRun(run: RunRecord): Promise<RunRecord>;
  /**
   * Cancels a run: a QUEUED run directly (RUN_CANCELING then RUN_CANCELED), anything in progress through
   * the run launcher (RUN_CANCELING, the worker then ends it CANCELED). Returns whether it was accepted.
   */
  cancelRun(runId: string): Promise<boolean>;
}
