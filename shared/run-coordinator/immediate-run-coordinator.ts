/**
 * ImmediateRunCoordinator (Dagster's DefaultRunCoordinator): the submitting Worker launches the run at
 * once; no queue, no limits, no daemon needed.
 * @module
 */
import type { RunRecord } from "../storage/run-storage";
import { cancelRun } from "./cancel-run";
import { launchOrFail, type LaunchDeps } from "./launch-or-fail";
import { readForSubmit } from "./read-for-submit";
import type { RunCoordinator } from "./run-coordinator";
import { runEvent } from "./run-event";

export class ImmediateRunCoordinator implements RunCoordinator {
  constructor(private readonly deps: LaunchDeps) {}

  /**
   * Stores RUN_STARTING (→ STARTING) and launches the run; a launch error ends the run FAILURE with the
   * error in an ENGINE_EVENT instead of throwing. Idempotent: a run already past NOT_STARTED is returned
   * as stored, without launching, even when two submits of it race.
   * @throws DagflareError NOT_FOUND for an unknown run; storage errors.
   */
  async submitRun(run: RunRecord): Promise<RunRecord> {
    const { stored, pending } = await readForSubmit(this.deps.storage, run.runId);
    if (!pending) return stored;
    await launchOrFail(
      this.deps,
      stored,
      [runEvent(run.runId, "RUN_STARTING", "Starting run")],
      "Error launching run",
      "NOT_STARTED",
    );
    return (await this.deps.storage.runs.getRun(run.runId)) ?? stored;
  }

  /** See cancelRun in cancel-run.ts. */
  cancelRun(runId: string): Promise<boolean> {
    return cancelRun(this.deps, runId);
  }
}
