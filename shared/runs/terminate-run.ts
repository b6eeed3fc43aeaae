/**
 * Terminating a run (Dagster's terminateRun): SAFE_TERMINATE asks the coordinator (a queued run is
 * canceled directly, a running one through its worker); MARK_AS_CANCELED_IMMEDIATELY marks any unfinished
 * run CANCELED at once and still tries to stop its worker.
 * @module
 */
import type { RunCoordinator } from "../run-coordinator/run-coordinator";
import { CANCELABLE_STATUSES, isFinished } from "../storage/run-status";
import type { Storage } from "../storage/storage";
import type { RunRecord } from "../storage/run-storage";

export type TerminatePolicy = "SAFE_TERMINATE" | "MARK_AS_CANCELED_IMMEDIATELY";

export type TerminateOutcome =
  | { kind: "terminated"; run: RunRecord }
  | { kind: "not_found"; runId: string }
  | { kind: "failed"; run: RunRecord; message: string };

export async function terminateRun(
  deps: { storage: Storage; coordinator: RunCoordinator },
  runId: string,
  policy: TerminatePolicy = "SAFE_TERMINATE",
): Promise<TerminateOutcome> {
  const run = await deps.storage.runs.getRun(runId);
  if (!run) return { kind: "not_found", runId };
  const notTerminable = { kind: "failed", run, message: `Run ${runId} could not be terminated due to having status ${run.status}.` } as const;

  if (policy === "MARK_AS_CANCELED_IMMEDIATELY") {
    if (isFinished(run.status)) return notTerminable;
    // Ask first (a queued run is canceled outright, a running worker is told to stop), then mark whatever
    // is still unfinished: the run is CANCELED now whatever the worker answers.
    await deps.coordinator.cancelRun(runId).catch(() => false);
    let current = (await deps.storage.runs.getRun(runId)) ?? run;
    // Conditional on the status read, so a run that ends meanwhile is not logged as canceled; storage
    // never moves a status backward (canMoveTo), so reading again and retrying ends.
    while (!isFinished(current.status) && !(await markCanceled(deps.storage, current))) current = (await deps.storage.runs.getRun(runId)) ?? current;
    return { kind: "terminated", run: (await deps.storage.runs.getRun(runId)) ?? current };
  }

  if (!CANCELABLE_STATUSES.has(run.status)) return notTerminable;
  const accepted = await deps.coordinator.cancelRun(runId);
  const current = (await deps.storage.runs.getRun(runId)) ?? run;
  return accepted ? { kind: "terminated", run: current } : { kind: "failed", run: current, message: `Unable to terminate run ${runId}` };
}

/** Stores CANCELED (after CANCELING when needed) if `run` is still in the status it was read in; whether it was. */
async function markCanceled(storage: Storage, run: RunRecord): Promise<boolean> {
  const { runId } = run;
  const now = Date.now();
  const stored = await storage.events.storeEvents(
    [
      { runId, timestamp: now, level: "INFO", eventType: "ENGINE_EVENT", message: "Run was marked as canceled immediately." },
      ...(run.status === "CANCELING" ? [] : [{ runId, timestamp: now, level: "INFO" as const, eventType: "RUN_CANCELING" as const, message: "Canceling run" }]),
      { runId, timestamp: now, level: "ERROR", eventType: "RUN_CANCELED", message: "Run canceled (marked as canceled immediately)" },
    ],
    { ifStatus: run.status },
  );
  return stored.length > 0;
}
