/**
 * One schedule tick (Dagster's SchedulerDaemon per-tick work): a STARTED tick (reusing one a crash left
 * STARTED for the same time), the evaluation on the code location, one run per RunRequest and the tick's
 * end: SUCCESS with its runs, SKIPPED with the reason, or FAILURE with the error.
 * @module
 */
import type { ScheduleSnapshot } from "../code-location/protocol";
import type { SerializableError } from "../errors/serializable-error";
import type { TickRecord } from "../storage/schedule-storage";
import { instigatorRunId } from "./instigator-run-id";
import { launchFailureError, launchTickRuns, type TickRun } from "./launch-tick-runs";
import type { InstigatorTarget } from "./scan-instigators";
import { endTick, evaluateSafely, launchDepsOf, type TickDeps } from "./tick-deps";

export const SCHEDULE_NAME_TAG = "dagster/schedule_name";
export const SCHEDULED_EXECUTION_TIME_TAG = ".dagster/scheduled_execution_time";
export const RUN_KEY_TAG = "dagster/run_key";

/**
 * Runs the tick of `target` scheduled at `scheduledTime` (epoch seconds). Idempotent: run ids derive
 * from (schedule, time, run key), so running the same tick again creates no second run.
 * @throws what storage throws; evaluation and launch problems end the tick FAILURE instead.
 */
export async function runScheduleTick(deps: TickDeps, target: InstigatorTarget<ScheduleSnapshot>, scheduledTime: number): Promise<TickRecord> {
  const tick = await startScheduleTick(deps, target.selectorId, target.definition.name, scheduledTime);
  const scheduleName = target.definition.name;
  const evaluation = await evaluateSafely(() => deps.workspace.client(target.locationName).evaluateSchedule({ scheduleName, scheduledExecutionTime: scheduledTime }));
  if (!evaluation.ok) return endTick(deps, tick, "FAILURE", { error: evaluation.error });
  if (evaluation.runRequests.length === 0) {
    return endTick(deps, tick, "SKIPPED", { skipReason: evaluation.skipReason ?? `Schedule ${scheduleName} returned no run requests` });
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
        tags: { ...target.definition.tags, ...request.tags, [SCHEDULE_NAME_TAG]: scheduleName, [SCHEDULED_EXECUTION_TIME_TAG]: isoTime, [RUN_KEY_TAG]: runKey },
      };
    }),
  );
  const result = await launchTickRuns(launchDepsOf(deps), target, runs);
  const created = [...result.launched, ...result.existing];
  const recorded = { runIds: created.map((run) => run.runId), runKeys: created.flatMap((run) => (run.runKey ? [run.runKey] : [])) };
  if (result.failures.length > 0) return endTick(deps, tick, "FAILURE", { ...recorded, error: launchFailureError(result.failures) });
  return endTick(deps, tick, "SUCCESS", recorded);
}

/**
 * Records a FAILURE tick at `scheduledTime` for a schedule whose location cannot load (Dagster: the code
 * server is unreachable), carrying the load error.
 */
export async function failScheduleTick(deps: TickDeps, ids: { selectorId: string; name: string }, scheduledTime: number, error: SerializableError): Promise<TickRecord> {
  const tick = await startScheduleTick(deps, ids.selectorId, ids.name, scheduledTime);
  return endTick(deps, tick, "FAILURE", { error });
}

async function startScheduleTick(deps: TickDeps, selectorId: string, name: string, scheduledTime: number): Promise<TickRecord> {
  const schedules = deps.storage.schedules;
  const [unfinished] = await schedules.getTicks(selectorId, { after: scheduledTime - 1, before: scheduledTime + 1, statuses: ["STARTED"], limit: 1 });
  return unfinished ?? schedules.createTick({ selectorId, instigatorName: name, type: "SCHEDULE", status: "STARTED", timestamp: scheduledTime });
}
