/**
 * What a list of run events does to their runs' rows (Dagster's handle_run_event): the status from
 * statusForEvent, update_time at every run event, start_time at RUN_START, end_time when the run finishes.
 * Folded per run so a batch of events costs one UPDATE per run, with the same outcome as applying them in
 * order: an event that would move the run backward (canMoveTo) is skipped here as storage skips it.
 * @module
 */
import { canMoveTo, isFinished, statusForEvent, type RunStatus } from "../run-status";
import type { NewEvent } from "../event-log-storage";
import { epochSeconds } from "./sql-helpers";

export type RunRowUpdate = {
  runId: string;
  /** Where the events leave the run; applied only if the stored status can move there (statusesMovableTo). */
  status: RunStatus;
  /** Epoch seconds, from the event timestamps. */
  updateTime: number;
  /**
   * From the last RUN_START folded. Applied only if the stored status can move to STARTED: a run already
   * CANCELING that the batch then ends skipped that RUN_START when the events are applied in order.
   */
  startTime?: number;
  endTime?: number;
};

/** One update per run touched by a run event, in order of each run's first such event. */
export function runRowUpdates(events: readonly NewEvent[]): RunRowUpdate[] {
  const updates = new Map<string, RunRowUpdate>();
  for (const event of events) {
    const status = statusForEvent(event.eventType);
    if (status === undefined) continue;
    const folded = updates.get(event.runId);
    if (folded !== undefined && !canMoveTo(folded.status, status)) continue;
    const time = epochSeconds(event.timestamp);
    const update: RunRowUpdate = { ...folded, runId: event.runId, status, updateTime: time };
    if (status === "STARTED") update.startTime = time;
    if (isFinished(status)) update.endTime = time;
    updates.set(event.runId, update);
  }
  return [...updates.values()];
}
