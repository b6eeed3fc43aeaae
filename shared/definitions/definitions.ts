/**
 * A checked set of definitions (Dagster's Definitions / RepositoryDefinition) and the code location
 * operations on it: the repository snapshot, tick evaluation and step execution. Built only by
 * defineDefinitions, which is where every check happens.
 * @module
 */
import {
  DEFAULT_REPOSITORY_NAME,
  PROTOCOL_VERSION,
  type EvaluateScheduleRequest,
  type EvaluateSensorRequest,
  type ExecuteStepRequest,
  type ExecuteStepResult,
  type RepositorySnapshot,
  type ResourceSnapshot,
  type TickEvaluation,
} from "../protocol/code-location-protocol";
import { DagflareError } from "../errors/dagflare-error";
import { toSerializableError } from "../errors/serializable-error";
import type { ResourceDefinition } from "./define-resource";
import { isEnvVarRef } from "./env-var";
import type { ScheduleDefinition } from "./define-schedule";
import type { SensorDefinition } from "./define-sensor";
import { evaluateSchedule, evaluateSensor } from "./evaluate-tick";
import { executeStep, type StepExecutionHooks } from "./execute-step";
import { buildJobSnapshot } from "./job-snapshot";
import { optional } from "./optional-entry";
import type { ResolvedJob } from "./resolved-job";
import { toJsonSchema } from "./run-config-schema";
import { SDK_VERSION } from "./sdk-version";

export interface DefinitionsParts {
  readonly jobs: ReadonlyMap<string, ResolvedJob>;
  readonly schedules: ReadonlyMap<string, ScheduleDefinition>;
  readonly sensors: ReadonlyMap<string, SensorDefinition>;
  readonly resources: ReadonlyMap<string, ResourceDefinition>;
}

function notFound(what: string, name: string, known: Iterable<string>): DagflareError {
  return new DagflareError(
    "NOT_FOUND",
    `no ${what} named "${name}" in this code location (${what}s: ${[...known].join(", ") || "none"})`,
  );
}

export class Definitions {
  #snapshot: Promise<RepositorySnapshot> | undefined;

  /** @internal Use defineDefinitions, which checks the parts. */
  constructor(private readonly parts: DefinitionsParts) {}

  get jobNames(): string[] {
    return [...this.parts.jobs.keys()];
  }

  /** The repository snapshot; computed once (definitions are immutable). */
  snapshot(): Promise<RepositorySnapshot> {
    this.#snapshot ??= this.buildSnapshot();
    return this.#snapshot;
  }

  private async buildSnapshot(): Promise<RepositorySnapshot> {
    return {
      protocolVersion: PROTOCOL_VERSION,
      sdkVersion: SDK_VERSION,
      repositoryName: DEFAULT_REPOSITORY_NAME,
      jobs: await Promise.all([...this.parts.jobs.values()].map(buildJobSnapshot)),
      schedules: [...this.parts.schedules.values()].map((schedule) => ({
        name: schedule.name,
        jobName: schedule.jobName,
        cronSchedule: schedule.cronSchedule,
        executionTimezone: schedule.executionTimezone,
        ...optional("description", schedule.description),
        defaultStatus: schedule.defaultStatus,
        tags: { ...schedule.tags },
      })),
      sensors: [...this.parts.sensors.values()].map((sensor) => ({
        name: sensor.name,
        jobNames: [...sensor.jobNames],
        minimumIntervalSeconds: sensor.minimumIntervalSeconds,
        ...optional("description", sensor.description),
        defaultStatus: sensor.defaultStatus,
        sensorType: sensor.sensorType,
        ...optional("monitoredRunStatus", sensor.sensorType === "RUN_STATUS" ? sensor.runStatus : undefined),
      })),
      resources: [...this.parts.resources].map(([name, resource]) =>
        resourceSnapshot(name, resource, this.parts.resources),
      ),
    };
  }

  /** Evaluates one tick of a schedule. Never throws; an unknown schedule is an `ok: false` NOT_FOUND. */
  async evaluateSchedule(request: EvaluateScheduleRequest): Promise<TickEvaluation> {
    const schedule = this.parts.schedules.get(request.scheduleName);
    if (schedule === undefined)
      return failedTick(notFound("schedule", request.scheduleName, this.parts.schedules.keys()));
    return evaluateSchedule(schedule, request);
  }

  /** Evaluates one tick of a sensor. Never throws; an unknown sensor is an `ok: false` NOT_FOUND. */
  async evaluateSensor(request: EvaluateSensorRequest): Promise<TickEvaluation> {
    const sensor = this.parts.sensors.get(request.sensorName);
    if (sensor === undefined)
      return failedTick(notFound("sensor", request.sensorName, this.parts.sensors.keys()));
    return evaluateSensor(sensor, request, this.jobNames);
  }

  /**
   * Executes one step. Never throws; an unknown job or step is a FRAMEWORK_ERROR failure (NOT_FOUND).
   * `hooks` stream the op's log lines and console output as they happen, and can interrupt it.
   */
  async executeStep(
    request: ExecuteStepRequest,
    random?: () => number,
    hooks?: StepExecutionHooks,
  ): Promise<ExecuteStepResult> {
    const job = this.parts.jobs.get(request.jobName);
    if (job === undefined) {
      const error = toSerializableError(notFound("job", request.jobName, this.parts.jobs.keys()));
      return { status: "FAILURE", error, errorSource: "FRAMEWORK_ERROR", logs: [], reports: [] };
    }
    return executeStep(job, request, random, hooks);
  }
}

function failedTick(error: DagflareError): TickEvaluation {
  return { ok: false, error: toSerializableError(error), logs: [] };
}

/** A resource as the webserver shows it: env var references by name only, never their values. */
function resourceSnapshot(
  name: string,
  resource: ResourceDefinition,
  topLevel: ReadonlyMap<string, ResourceDefinition>,
): ResourceSnapshot {
  const topLevelKey = (definition: ResourceDefinition) =>
    [...topLevel].find(([, candidate]) => candidate === definition)?.[0];
  return {
    name,
    ...optional("description", resource.description),
    ...optional("configSchema", resource.config && toJsonSchema(resource.config)),
    resourceType: resource.name ?? name,
    configuredValues: Object.entries(resource.values).map(([key, value]) =>
      isEnvVarRef(value)
        ? { key, type: "ENV_VAR" as const, value: value.env }
        : { key, type: "VALUE" as const, value: JSON.stringify(value) },
    ),
    nestedResources: Object.entries(resource.resources).map(([nestedName, nested]) => {
      const resourceKey = topLevelKey(nested);
      return resourceKey === undefined
        ? { name: nestedName, type: "ANONYMOUS" as const }
        : { name: nestedName, type: "TOP_LEVEL" as const, resourceKey };
    }),
  };
}
