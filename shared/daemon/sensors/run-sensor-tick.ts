/**
 * One sensor evaluation (Dagster's SensorDaemon per-tick work): a STARTED tick at the daemon's time, the
 * evaluation with the stored cursor, last run key and (run status sensors) the runs that reached the
 * monitored status since the last tick, then the tick's runs, and only then the new cursor.
 *
 * Every run id is fixed before any run is created: from (sensor, run key) for a request with a run key,
 * so a run key already used by this sensor never makes a second run, and from (sensor, tick, request
 * index) otherwise. The runs still to create are recorded as the sensor's tick in flight first, so a
 * tick that stops partway (a crash, a storage error) is resumed at the next iteration, creating only the
 * runs missing, before the sensor is evaluated anew; as in Dagster, the cursor moves on with that tick.
 * @module
 */
import type { EvaluateSensorRequest, SensorSnapshot } from "../../protocol/code-location-protocol";
import type { SerializableError } from "../../errors/serializable-error";
import {
  readRunStatusChanges,
  RUN_END_EVENT_TYPES,
  runsOfChanges,
  type RunStatusChangeCursor,
} from "../run-status-changes";
import type { InstigatorState, TickRecord } from "../../storage/schedule-storage";
import { instigatorRunId } from "../ticks/instigator-run-id";
import { launchFailureError, launchTickRuns, type TickRun } from "../ticks/launch-tick-runs";
import { patchInstigatorData, type InstigatorRef } from "../ticks/patch-instigator-data";
import { RUN_KEY_TAG } from "../scheduler/run-schedule-tick";
import type { InstigatorTarget } from "../ticks/scan-instigators";
import { sensorDataOf, type InFlightSensorTick } from "./sensor-data";
import { endTick, evaluateSafely, type TickDeps } from "../ticks/tick-deps";

export const SENSOR_NAME_TAG = "dagster/sensor_name";

/** How many run ends a run status sensor is given per tick; the rest come at the next ticks. */
const RUN_STATUS_PAGE_SIZE = 100;

type SensorTarget = InstigatorTarget<SensorSnapshot>;

/**
 * Evaluates `target` once at `deps.now` and records the tick. An evaluation that throws or a location
 * that is down ends the tick FAILURE (the cursor is kept, the sensor is tried again at its interval).
 * @throws what storage throws; the tick is then resumed by resumeSensorTick if its runs were recorded.
 */
export async function runSensorTick(deps: TickDeps, target: SensorTarget): Promise<TickRecord> {
  const sensor = target.definition;
  const data = sensorDataOf(target.state?.data, target.selectorId);
  const tick = await deps.storage.schedules.createTick({
    selectorId: target.selectorId,
    instigatorName: sensor.name,
    type: "SENSOR",
    status: "STARTED",
    timestamp: deps.now,
  });
  const runStatus = await runUpdatesSince(deps, sensor, data.runStatusCursor);
  const request: EvaluateSensorRequest = {
    sensorName: sensor.name,
    cursor: data.cursor,
    lastTickTime: data.lastTickTimestamp,
    lastRunKey: data.lastRunKey,
    ...runStatus.request,
  };
  const evaluation = await evaluateSafely(() =>
    deps.workspace.client(target.locationName).evaluateSensor(request),
  );
  if (!evaluation.ok) return failSensorTick(deps, target, tick, evaluation.error);

  // A request may leave its job out only when the sensor targets exactly one.
  const defaultJob = sensor.jobNames.length === 1 ? sensor.jobNames[0] : undefined;
  const requests = evaluation.runRequests.map((runRequest) => ({
    ...runRequest,
    jobName: runRequest.jobName ?? defaultJob,
  }));
  if (
    !requests.every(
      (runRequest): runRequest is (typeof requests)[number] & { jobName: string } =>
        runRequest.jobName !== undefined,
    )
  ) {
    const message = `Sensor ${sensor.name} targets ${sensor.jobNames.length} jobs, so each RunRequest must name its job (jobName)`;
    return failSensorTick(deps, target, tick, { message, className: "InvalidRunRequest", stack: [] });
  }
  const runs: TickRun[] = await Promise.all(
    requests.map(async ({ runKey: requestedKey, jobName, runConfig, tags: requestTags }, index) => {
      const runKey = requestedKey ?? null;
      const tags = {
        ...requestTags,
        [SENSOR_NAME_TAG]: sensor.name,
        ...(runKey === null ? {} : { [RUN_KEY_TAG]: runKey }),
      };
      const runId =
        runKey === null
          ? await instigatorRunId(target.selectorId, "tick", String(tick.tickId), String(index))
          : await instigatorRunId(target.selectorId, runKey);
      return { runId, runKey, jobName, runConfig, tags };
    }),
  );
  // Runs whose key an earlier tick used exist already: reported as skipped, never part of this tick.
  const existing = new Set(
    (runs.length === 0 ? [] : await deps.storage.runs.getRuns({ runIds: runs.map((run) => run.runId) })).map(
      (run) => run.runId,
    ),
  );
  const usedKeys = runs.filter((run) => existing.has(run.runId));
  const inFlight: InFlightSensorTick = {
    tickId: tick.tickId,
    timestamp: deps.now,
    runs: runs.filter((run) => !existing.has(run.runId)),
    cursor: evaluation.cursor ?? data.cursor,
    lastRunKey: runs.findLast((run) => run.runKey !== null)?.runKey ?? data.lastRunKey,
    runStatusCursor: runStatus.nextCursor,
  };
  if (inFlight.runs.length > 0)
    await patchSensorData(deps, target, { lastTickTimestamp: deps.now, inFlightTick: inFlight });
  return (
    await completeSensorTick(
      deps,
      target,
      inFlight,
      skipReasonOf(evaluation.skipReason, sensor.name, usedKeys),
    )
  ).tick;
}

/**
 * Finishes the tick `target` has in flight, if any: creates its runs not created yet, ends it and moves
 * the sensor on to its cursor. Returns the target with its state as now stored. Idempotent.
 * @throws what storage throws; the tick then stays in flight.
 */
export async function resumeSensorTick(deps: TickDeps, target: SensorTarget): Promise<SensorTarget> {
  const { inFlightTick } = sensorDataOf(target.state?.data, target.selectorId);
  if (inFlightTick === null) return target;
  const { state } = await completeSensorTick(
    deps,
    target,
    inFlightTick,
    `Sensor ${target.definition.name} had no runs left to create`,
  );
  return { ...target, state };
}

/**
 * Records a FAILURE tick carrying `error` for a running sensor whose location cannot load (Dagster: the
 * code server is unreachable), keeping its cursor and any tick in flight for when the location is back.
 */
export async function failUnloadableSensorTick(
  deps: TickDeps,
  state: InstigatorState,
  error: SerializableError,
): Promise<TickRecord> {
  const tick = await deps.storage.schedules.createTick({
    selectorId: state.selectorId,
    instigatorName: state.name,
    type: "SENSOR",
    status: "STARTED",
    timestamp: deps.now,
  });
  await patchInstigatorData(
    deps.storage.schedules,
    { ...state, definition: { name: state.name } },
    "SENSOR",
    { lastTickTimestamp: deps.now },
  );
  return endTick(deps, tick, "FAILURE", { error });
}

/** Creates the tick's runs (those created before count as created), ends the tick, then stores the sensor's new position. */
async function completeSensorTick(
  deps: TickDeps,
  target: SensorTarget,
  inFlight: InFlightSensorTick,
  skipReason: string,
): Promise<{ tick: TickRecord; state: InstigatorState }> {
  const result = await launchTickRuns(deps, target, inFlight.runs);
  const createdIds = new Set([...result.launched, ...result.existing].map((run) => run.runId));
  const created = inFlight.runs.filter((run) => createdIds.has(run.runId));
  const recorded = {
    cursor: inFlight.cursor,
    runIds: created.map((run) => run.runId),
    runKeys: created.flatMap((run) => (run.runKey === null ? [] : [run.runKey])),
  };
  const tick =
    result.failures.length > 0
      ? await endTick(deps, inFlight, "FAILURE", { ...recorded, error: launchFailureError(result.failures) })
      : await endTick(
          deps,
          inFlight,
          created.length > 0 ? "SUCCESS" : "SKIPPED",
          created.length > 0 ? recorded : { ...recorded, skipReason },
        );
  const state = await patchSensorData(deps, target, {
    cursor: inFlight.cursor,
    lastTickTimestamp: inFlight.timestamp,
    lastRunKey: inFlight.lastRunKey,
    runStatusCursor: inFlight.runStatusCursor,
    inFlightTick: null,
  });
  return { tick, state };
}

/** Ends a tick FAILURE, keeping the cursor: the same input is evaluated again at the next interval. */
async function failSensorTick(
  deps: TickDeps,
  target: SensorTarget,
  tick: TickRecord,
  error: SerializableError,
): Promise<TickRecord> {
  await patchSensorData(deps, target, { lastTickTimestamp: deps.now });
  return endTick(deps, tick, "FAILURE", { error });
}

/** Patches the sensor's data, always noting its minimum interval for when its location cannot load. */
function patchSensorData(
  deps: TickDeps,
  target: SensorTarget,
  patch: Record<string, unknown>,
): Promise<InstigatorState> {
  const ref: InstigatorRef = target;
  return patchInstigatorData(deps.storage.schedules, ref, "SENSOR", {
    ...patch,
    minimumIntervalSeconds: target.definition.minimumIntervalSeconds,
  });
}

function skipReasonOf(reason: string | undefined, sensorName: string, usedKeys: readonly TickRun[]): string {
  if (usedKeys.length === 0) return reason ?? `Sensor ${sensorName} returned no run requests`;
  const keys = usedKeys.map((run) => run.runKey ?? run.runId).join(", ");
  return `Skipped ${usedKeys.length} run request(s) whose run key was already used: ${keys}`;
}

/**
 * Run status sensors: the runs that reached the monitored status since the stored cursor, read by the
 * storage ids of their run-end events (from the first tick on, as Dagster starts such a sensor from
 * "now"), and the cursor to store once this tick is done. A run-end event logged for a run that ended
 * otherwise (a late duplicate) is not given.
 */
async function runUpdatesSince(
  deps: TickDeps,
  sensor: SensorSnapshot,
  since: RunStatusChangeCursor | null,
): Promise<{ request: Pick<EvaluateSensorRequest, "runUpdates">; nextCursor: RunStatusChangeCursor | null }> {
  const status = sensor.sensorType === "RUN_STATUS" ? sensor.monitoredRunStatus : undefined;
  if (status === undefined) return { request: {}, nextCursor: null };
  if (since === null) return { request: { runUpdates: [] }, nextCursor: { afterTimestamp: deps.now } };
  const changes = await readRunStatusChanges(
    deps.storage.events,
    [RUN_END_EVENT_TYPES[status]],
    since,
    RUN_STATUS_PAGE_SIZE,
  );
  const runs = await runsOfChanges(deps.storage.runs, changes.events, [status]);
  const runUpdates = [...runs.values()].map((run) => ({
    runId: run.runId,
    jobName: run.jobName,
    status: run.status,
    tags: run.tags,
  }));
  return { request: { runUpdates }, nextCursor: changes.cursor };
}
