/**
 * What a daemon tick needs: storage, the workspace (to evaluate on the code location and launch), the
 * run coordinator, and the daemon's clock as a value so tests choose the instant.
 * @module
 */
import type { TickEvaluation } from "../../protocol/code-location-protocol";
import { toSerializableError } from "../../errors/serializable-error";
import type { RunCoordinator } from "../../run-coordinator/run-coordinator";
import type { Storage } from "../../storage/storage";
import type { TickRecord, TickStatus, TickUpdate } from "../../storage/schedule-storage";
import type { Workspace } from "../../workspace/workspace";

export type TickDeps = {
  storage: Storage;
  workspace: Workspace;
  coordinator: RunCoordinator;
  /** Epoch seconds of the daemon iteration. */
  now: number;
};

/** Runs an evaluation on the code location; an unreachable location is a failed evaluation, not a throw. */
export async function evaluateSafely(evaluate: () => Promise<TickEvaluation>): Promise<TickEvaluation> {
  try {
    return await evaluate();
  } catch (thrown) {
    return { ok: false, error: toSerializableError(thrown), logs: [] };
  }
}

/** Ends a tick with its final status at the daemon's time. */
export function endTick(
  deps: TickDeps,
  tick: Pick<TickRecord, "tickId">,
  status: Exclude<TickStatus, "STARTED">,
  update: TickUpdate = {},
): Promise<TickRecord> {
  return deps.storage.schedules.updateTick(tick.tickId, { ...update, status, endTimestamp: deps.now });
}
