/**
 * Handing a run to the run launcher, shared by the immediate coordinator and the dequeuer: store the
 * events that move it to STARTING, then launch; a launch error fails that run (an ENGINE_EVENT with the
 * error, then RUN_FAILURE) instead of propagating, as Dagster's launch paths do.
 * @module
 */
import { toSerializableError } from "../errors/serializable-error";
import type { RunLauncher } from "../run-launcher/run-launcher";
import type { NewEvent } from "../storage/event-log-storage";
import type { RunRecord } from "../storage/run-storage";
import type { Storage } from "../storage/storage";
import { runEvent } from "./run-event";

export type LaunchDeps = { storage: Storage; launcher: RunLauncher };

export type LaunchResult = "launched" | "failed";

/**
 * Stores `startEvents` (ending in RUN_STARTING) in one batch and launches the run as re-read.
 * `failurePrefix` opens the ENGINE_EVENT message written when the launch fails.
 * @throws only what storage throws; launch errors become the run's FAILURE.
 */
export async function launchOrFail(deps: LaunchDeps, run: RunRecord, startEvents: NewEvent[], failurePrefix: string): Promise<LaunchResult> {
  await deps.storage.events.storeEvents(startEvents);
  const starting = (await deps.storage.runs.getRun(run.runId)) ?? run;
  try {
    await deps.launcher.launchRun(starting);
    return "launched";
  } catch (thrown) {
    const error = toSerializableError(thrown);
    await deps.storage.events.storeEvents([
      runEvent(run.runId, "ENGINE_EVENT", `${failurePrefix}: ${error.message}`, { error, errorSource: "FRAMEWORK_ERROR" }),
      runEvent(run.runId, "RUN_FAILURE", "This run has been marked as failed from outside the execution context."),
    ]);
    return "failed";
  }
}
