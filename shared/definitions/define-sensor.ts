/**
 * Sensors (Dagster's @sensor and @run_status_sensor): functions evaluated at least
 * `minimumIntervalSeconds` apart that request runs, keeping their progress in a cursor.
 * @module
 */
import type { Logger } from "./log-collector";
import { targetName, type DefaultStatus, type JobTarget } from "./instigator-target";
import type { RunRequest, SensorResult, SkipReason } from "./run-request";
import type { Awaitable } from "./sdk-types";

export interface SensorContext {
  /** The cursor stored by the previous evaluation, or null. */
  readonly cursor: string | null;
  /** Run key of the last run this sensor requested, or null. */
  readonly lastRunKey: string | null;
  /** When the previous tick ran, or null. */
  readonly lastTickTime: Date | null;
  readonly log: Logger;
  /** Sets the cursor to store (a cursor in the returned result wins). */
  updateCursor(cursor: string): void;
}

export type SensorFn = (
  context: SensorContext,
) => Awaitable<SensorResult | RunRequest | readonly RunRequest[] | SkipReason | undefined | void>;

export type MonitoredRunStatus = "SUCCESS" | "FAILURE" | "CANCELED";

export interface RunStatusSensorContext {
  readonly run: {
    readonly runId: string;
    readonly jobName: string;
    readonly status: string;
    readonly tags: Readonly<Record<string, string>>;
  };
  readonly log: Logger;
}

export type RunStatusSensorFn = (
  context: RunStatusSensorContext,
) => Awaitable<RunRequest | SkipReason | undefined | void>;

interface SensorBase {
  readonly kind: "sensor";
  readonly name: string;
  /** Jobs its run requests may target. */
  readonly jobNames: readonly string[];
  readonly minimumIntervalSeconds: number;
  readonly description: string | undefined;
  readonly defaultStatus: DefaultStatus;
}
export type SensorDefinition =
  | (SensorBase & { readonly sensorType: "STANDARD"; readonly fn: SensorFn })
  | (SensorBase & {
      readonly sensorType: "RUN_STATUS";
      readonly runStatus: MonitoredRunStatus;
      readonly monitoredJobs: readonly string[] | undefined;
      readonly fn: RunStatusSensorFn;
    });

interface SensorSpecBase {
  /** `^[A-Za-z0-9_]+$`. */
  name: string;
  /** Floor between evaluations; default 30 s, as in Dagster. */
  minimumIntervalSeconds?: number;
  description?: string;
  /** Default STOPPED, as in Dagster. */
  defaultStatus?: DefaultStatus;
}

export type SensorSpec = SensorSpecBase &
  ({ job: JobTarget; jobs?: undefined } | { jobs: readonly JobTarget[]; job?: undefined }) & { fn: SensorFn };

const DEFAULT_MINIMUM_INTERVAL_SECONDS = 30;

function base(spec: SensorSpecBase, jobNames: readonly string[]): SensorBase {
  return {
    kind: "sensor",
    name: spec.name,
    jobNames,
    minimumIntervalSeconds: spec.minimumIntervalSeconds ?? DEFAULT_MINIMUM_INTERVAL_SECONDS,
    description: spec.description,
    defaultStatus: spec.defaultStatus ?? "STOPPED",
  };
}

/** Defines a sensor. Pure: its jobs and interval are checked by defineDefinitions. */
export function defineSensor(spec: SensorSpec): SensorDefinition {
  const jobs = spec.jobs ?? (spec.job === undefined ? [] : [spec.job]);
  return { ...base(spec, jobs.map(targetName)), sensorType: "STANDARD", fn: spec.fn };
}

export interface RunStatusSensorSpec extends SensorSpecBase {
  runStatus: MonitoredRunStatus;
  /** Only runs of these jobs; default every job of this code location. */
  monitoredJobs?: readonly JobTarget[];
  /** The job its run requests launch. */
  requestJob: JobTarget;
  /** Called once per run that reached `runStatus` since the previous tick. */
  fn: RunStatusSensorFn;
}

/** Defines a run status sensor (Dagster's @run_status_sensor with request_job). */
export function defineRunStatusSensor(spec: RunStatusSensorSpec): SensorDefinition {
  return {
    ...base(spec, [targetName(spec.requestJob)]),
    sensorType: "RUN_STATUS",
    runStatus: spec.runStatus,
    monitoredJobs: spec.monitoredJobs?.map(targetName),
    fn: spec.fn,
  };
}
