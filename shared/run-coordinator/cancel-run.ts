/**
 * Canceling a run, the same for both coordinators (Dagster's cancel_run): a run no launcher has seen
 * (QUEUED, or NOT_STARTED) is canceled directly; a run in progress is marked CANCELING and its worker is
 * asked to stop through the run launcher, the worker then ending it CANCELED.
 * @module
 */
import { toSerializableError } from "../errors/serializable-error";
import { isFinished } from "../runs/run-status";
import type { LaunchDeps } from "./launch-or-fail";
import { runEvent } from "./run-event";

/**
 * Returns whether the cancellation was accepted: false for an unknown or finished run, or when the
 * launcher reached no worker (a launcher error is logged on the run as an ENGINE_EVENT). A QUEUED run is
 * canceled by a write conditional on its still being QUEUED, as a dequeue pass starts it by one: of a
 * cancel and a start racing (Dagster's documented race), exactly one wins, and a cancel that lost
 * cancels the now starting run through its worker.
 * @throws only what storage throws.
 */
export async function cancelRun(deps: LaunchDeps, runId: string): Promise<boolean> {
  const run = await deps.storage.runs.getRun(runId);
  if (!run || isFinished(run.status)) return false;
  if (run.status === "QUEUED" || run.status === "NOT_STARTED") {
    const canceled = await deps.storage.events.storeEvents(
      [runEvent(runId, "RUN_CANCELING", "Canceling run from the queue."), runEvent(runId, "RUN_CANCELED", "Run was canceled before it started.")],
      { ifStatus: run.status },
    );
    // Statuses only move forward, so trying again with the status read anew ends.
    return canceled.length > 0 ? true : cancelRun(deps, runId);
  }
  // CANCELING is what the worker watches for, so it must be stored before the worker is asked.
  if (run.status !== "CANCELING") await deps.storage.events.storeEvents([runEvent(runId, "RUN_CANCELING", "Sending run termination request.")]);
  const canceling = (await deps.storage.runs.getRun(runId)) ?? run;
  try {
    return await deps.launcher.terminate(canceling);
  } catch (thrown) {
    const error = toSerializableError(thrown);
    await deps.storage.events.storeEvents([runEvent(runId, "ENGINE_EVENT", `Run termination request failed: ${error.message}`, { error })]);
    return false;
  }
}
