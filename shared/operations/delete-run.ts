/**
 * Deleting a run: its record, events and captured logs. Only a run that is not going anywhere (finished,
 * or never started) may be deleted, so no run worker reports into a run that is gone.
 * @module
 */
import type { Instance } from "../instance/instance";
import { FINISHED_STATUSES } from "../storage/run-status";
import type { RunRecord } from "../storage/run-storage";
import { authorize, LOCAL_CALLER, type Caller } from "./authorize";

export type DeleteRunOutcome =
  | { kind: "deleted"; runId: string }
  | { kind: "not_found"; runId: string; message: string }
  /** The run is queued or in progress: terminate it first. */
  | { kind: "conflict"; run: RunRecord; message: string };

export async function deleteRun(
  instance: Pick<Instance, "storage" | "computeLogs">,
  runId: string,
  caller: Caller = LOCAL_CALLER,
): Promise<DeleteRunOutcome> {
  const run = await instance.storage.runs.getRun(runId);
  await authorize(instance, caller, "delete_run", { runId, locationName: run?.locationName });
  if (!run) return { kind: "not_found", runId, message: `Run ${runId} could not be found.` };
  if (!FINISHED_STATUSES.has(run.status) && run.status !== "NOT_STARTED") {
    return {
      kind: "conflict",
      run,
      message: `Run ${runId} is ${run.status}; terminate it before deleting it.`,
    };
  }
  // Its captured logs first: a failure leaves the run in place, and deleting again finishes the job.
  await instance.computeLogs.deleteLogsForRun(runId);
  await instance.storage.runs.deleteRun(runId);
  return { kind: "deleted", runId };
}
