/**
 * Terminating a run (Dagster's terminateRun): SAFE_TERMINATE asks the coordinator (a queued run is
 * canceled directly, a running one through its worker); MARK_AS_CANCELED_IMMEDIATELY marks any unfinished
 * run CANCELED at once and still tries to stop its worker.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import { toSerializableError, type SerializableError } from "../errors/serializable-error";
import type { Instance } from "../instance/instance";
import { CANCELABLE_STATUSES, isFinished } from "../storage/run-status";
import type { Storage } from "../storage/storage";
import type { RunRecord } from "../storage/run-storage";
import { authorize, LOCAL_CALLER, type Caller } from "./authorize";

export type TerminatePolicy = "SAFE_TERMINATE" | "MARK_AS_CANCELED_IMMEDIATELY";

export type TerminateOutcome =
  | { kind: "terminated"; run: RunRecord }
  | { kind: "not_found"; runId: string }
  | { kind: "failed"; run: RunRecord; message: string };

/** One run's outcome in a batch: a run whose termination threw, or that the caller may not terminate, does not stop the others. */
export type TerminateRunsOutcome =
  | TerminateOutcome
  | { kind: "error"; runId: string; error: SerializableError }
  | { kind: "unauthorized"; runId: string; message: string };

type TerminateDeps = Pick<Instance, "storage" | "runCoordinator">;

/** Terminates `runId` at `now` (epoch seconds, the time of the events a forced cancel stores). */
export async function terminateRun(
  deps: TerminateDeps,
  runId: string,
  policy: TerminatePolicy,
  now: number,
  caller: Caller = LOCAL_CALLER,
): Promise<TerminateOutcome> {
  const run = await deps.storage.runs.getRun(runId);
  await authorize(deps, caller, "terminate_run", { runId, locationName: run?.locationName }, now);
  if (!run) return { kind: "not_found", runId };
  const notTerminable = {
    kind: "failed",
    run,
    message: `Run ${runId} could not be terminated due to having status ${run.status}.`,
  } as const;

  if (policy === "MARK_AS_CANCELED_IMMEDIATELY") {
    if (isFinished(run.status)) return notTerminable;
    // Ask first (a queued run is canceled outright, a running worker is told to stop), then mark whatever
    // is still unfinished: the run is CANCELED now whatever the worker answers.
    await deps.runCoordinator.cancelRun(runId).catch(() => false);
    let current = (await deps.storage.runs.getRun(runId)) ?? run;
    // Conditional on the status read, so a run that ends meanwhile is not logged as canceled; storage
    // never moves a status backward (canMoveTo), so reading again and retrying ends.
    while (!isFinished(current.status) && !(await markCanceled(deps.storage, current, now)))
      current = (await deps.storage.runs.getRun(runId)) ?? current;
    return { kind: "terminated", run: (await deps.storage.runs.getRun(runId)) ?? current };
  }

  if (!CANCELABLE_STATUSES.has(run.status)) return notTerminable;
  const accepted = await deps.runCoordinator.cancelRun(runId);
  const current = (await deps.storage.runs.getRun(runId)) ?? run;
  return accepted
    ? { kind: "terminated", run: current }
    : { kind: "failed", run: current, message: `Unable to terminate run ${runId}` };
}

/** Terminates each run in turn, as Dagster's terminateRuns does, with one outcome per run in order. */
export async function terminateRuns(
  deps: TerminateDeps,
  runIds: readonly string[],
  policy: TerminatePolicy,
  now: number,
  caller: Caller = LOCAL_CALLER,
): Promise<TerminateRunsOutcome[]> {
  const outcomes: TerminateRunsOutcome[] = [];
  for (const runId of runIds) {
    outcomes.push(
      await terminateRun(deps, runId, policy, now, caller).catch((thrown: unknown) =>
        thrown instanceof DagflareError && thrown.code === "FORBIDDEN"
          ? { kind: "unauthorized" as const, runId, message: thrown.message }
          : { kind: "error" as const, runId, error: toSerializableError(thrown) },
      ),
    );
  }
  return outcomes;
}

/** Stores CANCELED (after CANCELING when needed) if `run` is still in the status it was read in; whether it was. */
async function markCanceled(storage: Storage, run: RunRecord, nowSeconds: number): Promise<boolean> {
  const { runId } = run;
  const now = nowSeconds * 1000;
  const stored = await storage.events.storeEvents(
    [
      {
        runId,
        timestamp: now,
        level: "INFO",
        eventType: "ENGINE_EVENT",
        message: "Run was marked as canceled immediately.",
      },
      ...(run.status === "CANCELING"
        ? []
        : [
            {
              runId,
              timestamp: now,
              level: "INFO" as const,
              eventType: "RUN_CANCELING" as const,
              message: "Canceling run",
            },
          ]),
      {
        runId,
        timestamp: now,
        level: "ERROR",
        eventType: "RUN_CANCELED",
        message: "Run canceled (marked as canceled immediately)",
      },
    ],
    { ifStatus: run.status },
  );
  return stored.length > 0;
}
