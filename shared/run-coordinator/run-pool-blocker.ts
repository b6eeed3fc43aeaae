/**
 * Builds the dequeue pass's op-concurrency blocker: the pools as the coordinator has them now, and each
 * queued run's first-step pools from its job's plan in the workspace's cached snapshot (once per job and
 * selection). A run whose plan cannot be read is never held back: launching it reports why.
 * @module
 */
import type { ConcurrencyCoordinator } from "../concurrency/concurrency-coordinator";
import { buildExecutionPlan } from "../planning/execution-plan";
import { subsetJob } from "../planning/op-selection";
import type { RunRecord } from "../storage/run-storage";
import type { Workspace } from "../workspace/workspace";
import type { RunBlocker } from "./dequeue-runs";
import { PoolBlocking, rootPoolsOf } from "./op-concurrency-blocking";

export type RunPoolBlockerDeps = {
  workspace: Workspace;
  concurrency: ConcurrencyCoordinator;
  slotBuffer: number;
};

export function runPoolBlocker(
  deps: RunPoolBlockerDeps,
): (queued: readonly RunRecord[]) => Promise<RunBlocker<RunRecord>> {
  return async (queued) => {
    const pools = await deps.concurrency.pools();
    const byRun = new Map<string, readonly string[] | null>();
    const byPlan = new Map<string, readonly string[] | null>();
    for (const run of queued) {
      const key = JSON.stringify([run.locationName, run.jobName, run.opSelection, run.stepKeysToExecute]);
      if (!byPlan.has(key)) byPlan.set(key, await rootPoolsOfRun(deps.workspace, run));
      byRun.set(run.runId, byPlan.get(key) ?? null);
    }
    return new PoolBlocking<RunRecord>(pools, deps.slotBuffer, (run) => byRun.get(run.runId) ?? null);
  };
}

async function rootPoolsOfRun(workspace: Workspace, run: RunRecord): Promise<readonly string[] | null> {
  try {
    const job = (await workspace.entry(run.locationName))?.snapshot?.jobs.find(
      (candidate) => candidate.name === run.jobName,
    );
    if (job === undefined) return null;
    const selected = run.opSelection === null ? job : subsetJob(job, run.opSelection);
    return rootPoolsOf(buildExecutionPlan(selected, { stepKeysToExecute: run.stepKeysToExecute }));
  } catch {
    return null;
  }
}
