/**
 * Which of the runs holding or waiting for pool slots have finished: their slots are stale (a run marked
 * canceled at once, a run worker that died before freeing), so the coordinator frees them before it
 * refuses a claim or shows a pool.
 * @module
 */
import { isFinished } from "../storage/run-status";
import type { RunStorage } from "../storage/run-storage";

export async function finishedRunIds(runs: RunStorage, runIds: readonly string[]): Promise<Set<string>> {
  if (runIds.length === 0) return new Set();
  const records = await runs.getRuns({ runIds: [...runIds] });
  const known = new Set(records.map((run) => run.runId));
  // A run deleted while holding a slot will never free it either.
  return new Set([
    ...records.filter((run) => isFinished(run.status)).map((run) => run.runId),
    ...runIds.filter((runId) => !known.has(runId)),
  ]);
}
