/**
 * Canceling a run, the same for both coordinators (Dagster's cancel_run): a run no launcher has seen
 * (QUEUED, or NOT_STARTED) is canceled directly; a run in progress is marked CANCELING and its worker is
 * asked to stop through the run launcher, the worker then ending it CANCELED (or, when the run had not
 * reached its worker yet, its launch, which finds it CANCELING).
 * @module
 */
import { toSerializableError } from "../errors/serializable-error";
import { isFinished } from "../storage/run-status";
import type { LaunchDeps } from "./launch-or-fail";
import { runEvent } from "./run-event";

/**
 * Returns whether the cancellation was accepted: false for an unknown or finished run, or when the
 * launcher reached no worker of a run that has one (a launcher error is logged on the run as an
 * ENGINE_EVENT). A QUEUED run is canceled by a write conditional on its still being QUEUED, as a dequeue
 * pass starts it by one: of a cancel and a start racing (Dagster's documented race), exactly one wins,
 * and a cancel that lost cancels the now starting run (see launch-or-fail.ts for how its launch ends it).
 * @throws only what storage throws.
 */
export async function cancelRun(deps: LaunchDeps, runId: string): Promise<boolean> {
  const run = await deps.storage.runs.getRun(runId);
  if (!run || isFinished(run.status)) return false;
  if (run.status === "QUEUED" || run.status === "NOT_STARTED") {
    const canceled = await deps.storage.events.storeEvents(
      [
        runEvent(runId, "RUN_CANCELING", "Canceling run from the queue."),
        runEvent(runId, "RUN_CANCELED", "Run was canceled before it started."),
      ],
      { ifStatus: run.status },
    );
    // Storage never moves a status backward (canMoveTo), so trying again with the status read anew ends.
    return canceled.length > 0 ? true : cancelRun(deps, runId);
  }
  // CANCELING is what the worker watches for, and what a launch still to come checks, so it must be
  // stored before the worker is asked; conditional, so a run that ended meanwhile is not marked canceling.
  if (run.status !== "CANCELING") {
    const marked = await deps.storage.events.storeEvents(
      [runEvent(runId, "RUN_CANCELING", "Sending run termination request.")],
      { ifStatus: run.status },
    );
    if (marked.length === 0) return cancelRun(deps, runId);
  }
  const canceling = (await deps.storage.runs.getRun(runId)) ?? run;
  try {
    // A STARTING run's worker may not have it yet, and then cannot accept: its launch, reading CANCELING,
    // cancels it instead, or the worker reads CANCELING before its first step. Either way it ends canceled.
    return (await deps.launcher.terminate(canceling)) || run.status === "STARTING";
  } catch (thrown) {
    const error = toSerializableError(thrown);
    await deps.storage.events.storeEvents([
      runEvent(runId, "ENGINE_EVENT", `Run termination request failed: ${error.message}`, { error }),
    ]);
    return false;
  }
}
