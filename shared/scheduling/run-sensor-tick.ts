/**
 * One sensor evaluation (Dagster's SensorDaemon per-tick work): a STARTED tick at the daemon's time, the
 * evaluation with the stored cursor, last run key and (run status sensors) the runs that reached the
 * monitored status since the last tick, one run per new run key, then the new cursor, stored only once
 * the runs exist. A run key already used by this sensor never makes a second run: its run id derives
 * from (sensor, run key), so storage refuses it.
 * @module
 */
import type { EvaluateSensorRequest, SensorSnapshot } from "../code-location/protocol";
import type { SerializableError } from "../errors/serializable-error";
import type { TickRecord, TickUpdate } from "../storage/schedule-storage";
import { instigatorRunId } from "./instigator-run-id";
import { launchFailureError, launchTickRuns, type TickRun } from "./launch-tick-runs";
import { RUN_KEY_TAG } from "./run-schedule-tick";
import { patchInstigatorData } from "./patch-instigator-data";
import type { InstigatorTarget } from "./scan-instigators";
import { endTick, evaluateSafely, launchDepsOf, type TickDeps } from "./tick-deps";

export const SENSOR_NAME_TAG = "dagster/sensor_name";

/** The sensor data kept in its instigator state (Dagster's SensorInstigatorData). */
type SensorData = { cursor: string | null; lastTickTimestamp: number | null; lastRunKey: string | null; runStatusCursor: number | null };

export function sensorDataOf(data: Record<string, unknown> | undefined): SensorData {
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const number = (value: unknown) => (typeof value === "number" ? value : null);
  return { cursor: text(data?.cursor), lastTickTimestamp: number(data?.lastTickTimestamp), lastRunKey: text(data?.lastRunKey), runStatusCursor: number(data?.runStatusCursor) };
}

/**
 * Evaluates `target` once at `deps.now` and records the tick. An evaluation that throws or a location
 * that is down ends the tick FAILURE (the cursor is kept, the sensor is tried again at its interval).
 * @throws what storage throws.
 */
export async function runSensorTick(deps: TickDeps, target: InstigatorTarget<SensorSnapshot>): Promise<TickRecord> {
  const sensor = target.definition;
  const data = sensorDataOf(target.state?.data);
  const tick = await deps.storage.schedules.createTick({ selectorId: target.selectorId, instigatorName: sensor.name, type: "SENSOR", status: "STARTED", timestamp: deps.now });
  const runStatus = await runUpdatesSince(deps, sensor, data.runStatusCursor);
  const request: EvaluateSensorRequest = { sensorName: sensor.name, cursor: data.cursor, lastTickTime: data.lastTickTimestamp, lastRunKey: data.lastRunKey, ...runStatus.request };
  const evaluation = await evaluateSafely(() => deps.workspace.client(target.locationName).evaluateSensor(request));
  if (!evaluation.ok) return failSensorTick(deps, target, tick, evaluation.error);

  // A request may leave its job out only when the sensor targets exactly one.
  const defaultJob = sensor.jobNames.length === 1 ? sensor.jobNames[0] : undefined;
  const requests = evaluation.runRequests.map((runRequest) => ({ ...runRequest, jobName: runRequest.jobName ?? defaultJob }));
  if (!requests.every((runRequest): runRequest is (typeof requests)[number] & { jobName: string } => runRequest.jobName !== undefined)) {
    const message = `Sensor ${sensor.name} targets ${sensor.jobNames.length} jobs, so each RunRequest must name its job (jobName)`;
    return failSensorTick(deps, target, tick, { message, className: "InvalidRunRequest", stack: [] });
  }
  const runs: TickRun[] = await Promise.all(
    requests.map(async ({ runKey: requestedKey, jobName, runConfig, tags: requestTags }) => {
      const runKey = requestedKey ?? null;
      const tags = { ...requestTags, [SENSOR_NAME_TAG]: sensor.name, ...(runKey === null ? {} : { [RUN_KEY_TAG]: runKey }) };
      const runId = runKey === null ? crypto.randomUUID() : await instigatorRunId(target.selectorId, runKey);
      return { runId, runKey, jobName, runConfig, tags };
    }),
  );
  const result = await launchTickRuns(launchDepsOf(deps), target, runs);
  const cursor = evaluation.cursor ?? data.cursor;
  const lastRunKey = runs.findLast((run) => run.runKey !== null)?.runKey ?? data.lastRunKey;
  await patchInstigatorData(deps.storage.schedules, target, "SENSOR", { cursor, lastTickTimestamp: deps.now, lastRunKey, runStatusCursor: runStatus.nextCursor });

  const recorded: TickUpdate = {
    cursor,
    runIds: result.launched.map((run) => run.runId),
    runKeys: result.launched.flatMap((run) => (run.runKey === null ? [] : [run.runKey])),
  };
  if (result.failures.length > 0) return endTick(deps, tick, "FAILURE", { ...recorded, error: launchFailureError(result.failures) });
  if (result.launched.length > 0) return endTick(deps, tick, "SUCCESS", recorded);
  return endTick(deps, tick, "SKIPPED", { ...recorded, skipReason: skipReasonOf(evaluation.skipReason, sensor.name, result.existing) });
}

/** Ends a tick FAILURE, keeping the cursor: the same input is evaluated again at the next interval. */
async function failSensorTick(deps: TickDeps, target: InstigatorTarget<SensorSnapshot>, tick: TickRecord, error: SerializableError): Promise<TickRecord> {
  await patchInstigatorData(deps.storage.schedules, target, "SENSOR", { lastTickTimestamp: deps.now });
  return endTick(deps, tick, "FAILURE", { error });
}

function skipReasonOf(reason: string | undefined, sensorName: string, existing: readonly TickRun[]): string {
  if (existing.length === 0) return reason ?? `Sensor ${sensorName} returned no run requests`;
  const keys = existing.map((run) => run.runKey ?? run.runId).join(", ");
  return `Skipped ${existing.length} run request(s) whose run key was already used: ${keys}`;
}

/**
 * Run status sensors: the runs of the monitored status updated after the stored cursor (from the first
 * tick on, as Dagster starts such a sensor from "now"), and the cursor to store after this tick.
 */
async function runUpdatesSince(
  deps: TickDeps,
  sensor: SensorSnapshot,
  since: number | null,
): Promise<{ request: Pick<EvaluateSensorRequest, "runUpdates">; nextCursor: number | null }> {
  if (sensor.sensorType !== "RUN_STATUS" || !sensor.monitoredRunStatus) return { request: {}, nextCursor: null };
  if (since === null) return { request: { runUpdates: [] }, nextCursor: deps.now };
  const runs = await deps.storage.runs.getRuns({ statuses: [sensor.monitoredRunStatus], updatedAfter: since });
  const runUpdates = runs.map((run) => ({ runId: run.runId, jobName: run.jobName, status: run.status, tags: run.tags }));
  return { request: { runUpdates }, nextCursor: Math.max(since, ...runs.map((run) => run.updateTime)) };
}
