/**
 * One schedule tick (Dagster's SchedulerDaemon per-tick work): a STARTED tick (reusing the tick of the
 * same time that a crash left STARTED, or that failed and may be retried), the evaluation on the code
 * location, one run per RunRequest and the tick's end: SUCCESS with its runs, SKIPPED with the reason, or
 * FAILURE with the error. A failed evaluation or launch counts in the tick's `failureCount`, which
 * `schedules.max_tick_retries` bounds; a location that cannot load does not (Dagster retries those ticks
 * as long as no newer tick is due).
 * @module
 */
import type { ScheduleSnapshot } from "../../protocol/code-location-protocol";
import type { SerializableError } from "../../errors/serializable-error";
import type { TickRecord } from "../../storage/schedule-storage";
import { instigatorRunId } from "../ticks/instigator-run-id";
import { launchFailureError, launchTickRuns, type TickRun } from "../ticks/launch-tick-runs";
import type { InstigatorTarget } from "../ticks/scan-instigators";
import { endTick, evaluateSafely, type TickDeps } from "../ticks/tick-deps";

export const SCHEDULE_NAME_TAG = "dagster/schedule_name";
export const SCHEDULED_EXECUTION_TIME_TAG = ".dagster/scheduled_execution_time";
export const RUN_KEY_TAG = "dagster/run_key";

/**
 * Runs the tick of `target` scheduled at `scheduledTime` (epoch seconds). Idempotent: run ids derive
 * from (schedule, time, run key), so running the same tick again creates no second run.
 * @throws what storage throws; evaluation and launch problems end the tick FAILURE instead.
 */
export async function runScheduleTick(
  deps: TickDeps,
  target: InstigatorTarget<ScheduleSnapshot>,
  scheduledTime: number,
  maxTickRetries: number,
): Promise<TickRecord> {
  const tick = await startScheduleTick(
    deps,
    target.selectorId,
    target.definition.name,
    scheduledTime,
    maxTickRetries,
  );
  const failureCount = tick.failureCount + 1;
  const scheduleName = target.definition.name;
  const evaluation = await evaluateSafely(() =>
    deps.workspace
      .client(target.locationName)
      .evaluateSchedule({ scheduleName, scheduledExecutionTime: scheduledTime }),
  );
  if (!evaluation.ok) return endTick(deps, tick, "FAILURE", { error: evaluation.error, failureCount });
  if (evaluation.runRequests.length === 0) {
    return endTick(deps, tick, "SKIPPED", {
      skipReason: evaluation.skipReason ?? `Schedule ${scheduleName} returned no run requests`,
    });
  }

  const isoTime = new Date(scheduledTime * 1000).toISOString();
  const several = evaluation.runRequests.length > 1;
  const runs: TickRun[] = await Promise.all(
    evaluation.runRequests.map(async (request, index) => {
      const runKey = request.runKey ?? `${scheduleName}:${isoTime}${several ? `:${index}` : ""}`;
      return {
        runId: await instigatorRunId(target.selectorId, String(scheduledTime), runKey),
        runKey,
        jobName: request.jobName ?? target.definition.jobName,
        runConfig: request.runConfig,
        tags: {
          ...target.definition.tags,
          ...request.tags,
          [SCHEDULE_NAME_TAG]: scheduleName,
          [SCHEDULED_EXECUTION_TIME_TAG]: isoTime,
          [RUN_KEY_TAG]: runKey,
        },
      };
    }),
  );
  const result = await launchTickRuns(deps, target, runs);
  const created = [...result.launched, ...result.existing];
  const recorded = {
    runIds: created.map((run) => run.runId),
    runKeys: created.flatMap((run) => (run.runKey ? [run.runKey] : [])),
  };
  if (result.failures.length > 0)
    return endTick(deps, tick, "FAILURE", {
      ...recorded,
      error: launchFailureError(result.failures),
      failureCount,
    });
  return endTick(deps, tick, "SUCCESS", recorded);
}

/**
 * Records a FAILURE tick at `scheduledTime` for a schedule whose location cannot load (Dagster: the code
 * server is unreachable), carrying the load error; its failure count is left as it was.
 */
export async function failScheduleTick(
  deps: TickDeps,
  ids: { selectorId: string; name: string },
  scheduledTime: number,
  error: SerializableError,
  maxTickRetries: number,
): Promise<TickRecord> {
  const tick = await startScheduleTick(deps, ids.selectorId, ids.name, scheduledTime, maxTickRetries);
  return endTick(deps, tick, "FAILURE", { error });
}

/** Whether a tick that ended is to be run again (Dagster's `failure_count <= max_tick_retries`) rather than moved past. */
export function isTickToRetry(
  tick: Pick<TickRecord, "status" | "failureCount">,
  maxTickRetries: number,
): boolean {
  return tick.status === "FAILURE" && tick.failureCount <= maxTickRetries;
}

/** The tick of `scheduledTime` to run: one left STARTED or failed and to be retried (started again), else a new one. */
async function startScheduleTick(
  deps: TickDeps,
  selectorId: string,
  name: string,
  scheduledTime: number,
  maxTickRetries: number,
): Promise<TickRecord> {
  const schedules = deps.storage.schedules;
  const [latest] = await schedules.getTicks(selectorId, {
    after: scheduledTime - 1,
    before: scheduledTime + 1,
    statuses: ["STARTED", "FAILURE"],
    limit: 1,
  });
  if (latest?.status === "STARTED") return latest;
  if (latest && isTickToRetry(latest, maxTickRetries))
    return schedules.updateTick(latest.tickId, { status: "STARTED", error: null, endTimestamp: null });
  return schedules.createTick({
    selectorId,
    instigatorName: name,
    type: "SCHEDULE",
    status: "STARTED",
    timestamp: scheduledTime,
  });
}
