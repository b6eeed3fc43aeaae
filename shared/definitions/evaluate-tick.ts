/**
 * Evaluates schedule and sensor ticks (Dagster's ExternalScheduleExecution / ExternalSensorExecution):
 * runs the user function with its context and normalises what it returns. Never throws: a failing
 * function is an `{ ok: false }` evaluation carrying the error and the logs written before it.
 * @module
 */
import type {
  EvaluateScheduleRequest,
  EvaluateSensorRequest,
  RunRequest as ProtocolRunRequest,
  TickEvaluation,
} from "../protocol/code-location-protocol";
import { toSerializableError } from "../errors/serializable-error";
import type { ScheduleDefinition } from "./define-schedule";
import type { SensorDefinition } from "./define-sensor";
import { createLogCollector, type Logger } from "./log-collector";
import { optional } from "./optional-entry";
import { normalizeTickResult, RunRequest, type RunRequestDefaults } from "./run-request";

type TickOutcome = {
  runRequests: ProtocolRunRequest[];
  skipReason: string | undefined;
  cursor: string | undefined;
};

async function evaluateTick(evaluate: (log: Logger) => Promise<TickOutcome>): Promise<TickEvaluation> {
  const { log, lines } = createLogCollector();
  try {
    const { runRequests, skipReason, cursor } = await evaluate(log);
    return {
      ok: true,
      runRequests,
      ...optional("skipReason", skipReason),
      ...optional("cursor", cursor),
      logs: lines,
    };
  } catch (error) {
    return { ok: false, error: toSerializableError(error), logs: lines };
  }
}

/** A schedule without `fn` requests one run with its run config and tags. */
export function evaluateSchedule(
  schedule: ScheduleDefinition,
  request: EvaluateScheduleRequest,
): Promise<TickEvaluation> {
  const defaults: RunRequestDefaults = {
    label: `schedule "${schedule.name}"`,
    targetJobs: [schedule.jobName],
    runConfig: schedule.runConfig,
    tags: schedule.tags,
  };
  return evaluateTick(async (log) => {
    const value = schedule.fn
      ? await schedule.fn({ scheduledExecutionTime: new Date(request.scheduledExecutionTime * 1000), log })
      : RunRequest();
    return { ...normalizeTickResult(value, defaults), cursor: undefined };
  });
}

/**
 * A standard sensor runs once with the stored cursor; a run status sensor runs once per run in
 * `request.runUpdates` that reached its status (of `monitoredJobs`, default `locationJobs`).
 */
export function evaluateSensor(
  sensor: SensorDefinition,
  request: EvaluateSensorRequest,
  locationJobs: readonly string[],
): Promise<TickEvaluation> {
  const defaults: RunRequestDefaults = {
    label: `sensor "${sensor.name}"`,
    targetJobs: sensor.jobNames,
    runConfig: {},
    tags: {},
  };
  if (sensor.sensorType === "STANDARD") {
    return evaluateTick(async (log) => {
      let updatedCursor: string | undefined;
      const value = await sensor.fn({
        cursor: request.cursor,
        lastRunKey: request.lastRunKey,
        lastTickTime: request.lastTickTime === null ? null : new Date(request.lastTickTime * 1000),
        log,
        updateCursor: (cursor) => {
          updatedCursor = cursor;
        },
      });
      const outcome = normalizeTickResult(value, defaults);
      return { ...outcome, cursor: outcome.cursor ?? updatedCursor };
    });
  }
  const monitored = sensor.monitoredJobs ?? locationJobs;
  const runs = (request.runUpdates ?? []).filter(
    (run) => run.status === sensor.runStatus && monitored.includes(run.jobName),
  );
  return evaluateTick(async (log) => {
    const outcomes: TickOutcome[] = [];
    for (const run of runs) outcomes.push(normalizeTickResult(await sensor.fn({ run, log }), defaults));
    const runRequests = outcomes.flatMap((outcome) => outcome.runRequests);
    const reasons = outcomes.flatMap((outcome) => outcome.skipReason ?? []);
    const skipReason =
      runRequests.length > 0
        ? undefined
        : reasons.length > 0
          ? reasons.join("; ")
          : `no run of ${monitored.join(", ")} reached ${sensor.runStatus}`;
    return { runRequests, skipReason, cursor: undefined };
  });
}
