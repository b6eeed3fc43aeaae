/**
 * What a list of run events does to their runs' rows (Dagster's handle_run_event): the status from
 * statusForEvent, update_time at every run event, start_time at RUN_START, end_time when the run finishes.
 * Folded per run so a batch of events costs one UPDATE per run, with the same outcome as applying them in order.
 * @module
 */
import { isFinished, statusForEvent, type RunStatus } from "../../runs/run-status";
import type { NewEvent } from "../event-log-storage";
import { epochSeconds } from "./sql-helpers";

export type RunRowUpdate = {
  runId: string;
  status: RunStatus;
  /** Epoch seconds, from the event timestamps. */
  updateTime: number;
  startTime?: number;
  endTime?: number;
};

/** One update per run touched by a run event, in order of each run's first such event. */
export function runRowUpdates(events: readonly NewEvent[]): RunRowUpdate[] {
  const updates = new Map<string, RunRowUpdate>();
  for (const event of events) {
    const status = statusForEvent(event.eventType);
    if (status === undefined) continue;
    const time = epochSeconds(event.timestamp);
    const update: RunRowUpdate = { ...updates.get(event.runId), runId: event.runId, status, updateTime: time };
    if (status === "STARTED") update.startTime = time;
    if (isFinished(status)) update.endTime = time;
    updates.set(event.runId, update);
  }
  return [...updates.values()];
}
