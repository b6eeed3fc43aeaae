/**
 * Which queued runs one dequeue pass starts (Dagster's QueuedRunCoordinatorDaemon selection): highest
 * `dagster/priority` first and FIFO within a priority, skipping runs a tag limit blocks, up to the free
 * capacity under `max_concurrent_runs`. Pure: the caller reads the runs and starts the ones chosen.
 * @module
 */
import type { QueuedRunCoordinatorConfig } from "../config/run-coordinator-config";
import { TagConcurrencyCounter, type Tagged } from "./tag-concurrency-limits";

/** Dagster's run priority tag: an integer, higher starts first, 0 when absent or not an integer. */
export const PRIORITY_TAG = "dagster/priority";

export type DequeueLimits = Pick<QueuedRunCoordinatorConfig, "maxConcurrentRuns" | "tagConcurrencyLimits">;

/** Python's int() on a tag: optional sign and surrounding spaces, digits only. */
const INTEGER = /^\s*[+-]?\d+\s*$/;

export function runPriority(run: Tagged): number {
  const text = run.tags[PRIORITY_TAG];
  return text !== undefined && INTEGER.test(text) ? Number.parseInt(text, 10) : 0;
}

/** Free slots under `maxConcurrentRuns` (-1 is unlimited: Infinity), never below 0. */
export function dequeueCapacity(maxConcurrentRuns: number, inProgressCount: number): number {
  return maxConcurrentRuns === -1
    ? Number.POSITIVE_INFINITY
    : Math.max(0, maxConcurrentRuns - inProgressCount);
}

/** Another reason to leave a run queued (op concurrency pools), counting the runs picked so far. */
export type RunBlocker<Run> = { isBlocked(run: Run): boolean; add(run: Run): void };

/**
 * The runs to start, in start order. `queued` must be oldest first; `inProgress` are the runs holding
 * slots (STARTING, STARTED, CANCELING), which also seed the tag limit counts.
 */
export function selectRunsToDequeue<Run extends Tagged>(
  queued: readonly Run[],
  inProgress: readonly Tagged[],
  limits: DequeueLimits,
  blocker?: RunBlocker<Run>,
): Run[] {
  const capacity = dequeueCapacity(limits.maxConcurrentRuns, inProgress.length);
  if (capacity === 0) return [];
  const counter = new TagConcurrencyCounter(limits.tagConcurrencyLimits, inProgress);
  const picked: Run[] = [];
  // Array.prototype.sort is stable, so FIFO order holds within a priority.
  for (const run of [...queued].sort((a, b) => runPriority(b) - runPriority(a))) {
    if (picked.length >= capacity) break;
    if (counter.isBlocked(run) || blocker?.isBlocked(run) === true) continue;
    counter.add(run);
    blocker?.add(run);
    picked.push(run);
  }
  return picked;
}
