/**
 * Handing a run to the run launcher, shared by the immediate coordinator and the dequeuer: store the
 * events that move it to STARTING (only while it still has the status the caller read, so a concurrent
 * cancel and start cannot both win), then launch. A cancel that lost that race stores CANCELING and finds
 * no worker to stop yet: the launch reads the run again and, when it is CANCELING, cancels it instead of
 * launching it (a run that never reached a worker is canceled at once, as in Dagster). A cancel landing
 * after that read finds the launch under way: the worker reads CANCELING before its first step and ends
 * the run canceled, or, when the launch call fails without a worker taking the run, it is canceled here.
 * A launch error fails that run (an ENGINE_EVENT with the error, then RUN_FAILURE) instead of
 * propagating, as Dagster's launch paths do, unless the run worker has the run after all (the call failed
 * after the worker accepted it, e.g. its reply was lost) or the run moved on meanwhile: then the run is
 * left to its worker and to run monitoring.
 * @module
 */
import type { RunWorkerHealth } from "../protocol/code-location-protocol";
import { toSerializableError, type SerializableError } from "../errors/serializable-error";
import type { RunLauncher } from "../run-launcher/run-launcher";
import type { RunStatus } from "../storage/run-status";
import type { NewEvent } from "../storage/event-log-storage";
import type { RunRecord } from "../storage/run-storage";
import type { Storage } from "../storage/storage";
import { runEvent } from "./run-event";

export type LaunchDeps = { storage: Storage; launcher: RunLauncher };

/**
 * launched: the worker has the run; failed: the run ended FAILURE; skipped: not launched, because it had
 * left `fromStatus` (nothing was done) or a cancel came before it reached a worker (it ended CANCELED).
 */
export type LaunchResult = "launched" | "failed" | "skipped";

/** Worker health statuses that mean the worker accepted the run: its own events decide how the run ends. */
const WORKER_HAS_RUN: ReadonlySet<RunWorkerHealth["status"]> = new Set(["RUNNING", "SUCCESS", "CANCELED"]);

/**
 * Stores `startEvents` (ending in RUN_STARTING) in one batch if the run is still `fromStatus`, and
 * launches the run as re-read if it is still STARTING. `failurePrefix` opens the ENGINE_EVENT message
 * written when the launch fails.
 * @throws only what storage throws; launch errors become the run's FAILURE (or an ENGINE_EVENT, see above).
 */
export async function launchOrFail(
  deps: LaunchDeps,
  run: RunRecord,
  startEvents: NewEvent[],
  failurePrefix: string,
  fromStatus: RunStatus,
): Promise<LaunchResult> {
  const moved = await deps.storage.events.storeEvents(startEvents, { ifStatus: fromStatus });
  if (moved.length === 0) return "skipped";
  const starting = (await deps.storage.runs.getRun(run.runId)) ?? run;
  // CANCELING: a cancel came since the run was moved; anything else: it was ended from outside meanwhile.
  if (starting.status !== "STARTING") {
    if (starting.status === "CANCELING") await cancelUnlaunched(deps, run.runId);
    return "skipped";
  }
  try {
    await deps.launcher.launchRun(starting);
    return "launched";
  } catch (thrown) {
    return failUnlessWorkerHasRun(deps, starting, toSerializableError(thrown), failurePrefix);
  }
}

async function failUnlessWorkerHasRun(
  deps: LaunchDeps,
  run: RunRecord,
  error: SerializableError,
  failurePrefix: string,
): Promise<LaunchResult> {
  const note = (message: string) =>
    deps.storage.events.storeEvents([
      { ...runEvent(run.runId, "ENGINE_EVENT", message, { error }), level: "WARNING" },
    ]);
  const health = await workerHealth(deps.launcher, run);
  if (health !== null && WORKER_HAS_RUN.has(health.status)) {
    await note(
      `The launch call for run ${run.runId} failed (${error.message}), but its run worker reports ${health.status}: leaving the run to its worker.`,
    );
    return "launched";
  }
  const failed = await deps.storage.events.storeEvents(
    [
      runEvent(run.runId, "ENGINE_EVENT", `${failurePrefix}: ${error.message}`, {
        error,
        errorSource: "FRAMEWORK_ERROR",
      }),
      runEvent(
        run.runId,
        "RUN_FAILURE",
        "This run has been marked as failed from outside the execution context.",
      ),
    ],
    { ifStatus: "STARTING" },
  );
  if (failed.length > 0) return "failed";
  const current = await deps.storage.runs.getRun(run.runId);
  // A cancel came during the launch call, and no worker is known to have the run: it ends here too.
  if (current?.status === "CANCELING") {
    await cancelUnlaunched(deps, run.runId);
    return "skipped";
  }
  // The worker reported RUN_START (or the run was ended from outside) between the launch and the health check.
  await note(
    `The launch call for run ${run.runId} failed (${error.message}), but the run has already advanced to ${current?.status ?? "an unknown status"}: moving on.`,
  );
  return "launched";
}

/**
 * Ends a CANCELING run no worker has: RUN_CANCELED, conditional on its still being CANCELING (run
 * monitoring or a forced cancel may have ended it meanwhile).
 */
async function cancelUnlaunched(deps: LaunchDeps, runId: string): Promise<void> {
  await deps.storage.events.storeEvents(
    [runEvent(runId, "RUN_CANCELED", "Run was canceled before it reached a run worker.")],
    { ifStatus: "CANCELING" },
  );
}

/** The worker's health when the launcher can tell, else null (no health checks, or the check itself failed). */
async function workerHealth(launcher: RunLauncher, run: RunRecord): Promise<RunWorkerHealth | null> {
  if (!launcher.supportsHealthCheck) return null;
  try {
    return await launcher.checkRunWorkerHealth(run);
  } catch {
    return null;
  }
}
