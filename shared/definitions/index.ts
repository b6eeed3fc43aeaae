/**
 * The Dagflare definitions SDK (Dagster's @op / @job / @graph / Definitions, in TypeScript): what a code
 * location imports to declare its jobs, schedules, sensors and resources.
 * @module
 */
export { Failure, RetryRequested } from "./control-flow";
export { defineDefinitions, type DefinitionsSpec } from "./define-definitions";
export {
  defineJob,
  type DependencyMap,
  type DependencySource,
  type JobDefinition,
  type JobSpec,
} from "./define-job";
export {
  defineOp,
  type AnyOpNode,
  type AssetMaterialization,
  type InputArgs,
  type OpContext,
  type OpDefinition,
  type OpNode,
} from "./define-op";
export {
  defineResource,
  type ConfiguredValue,
  type ResourceDefinition,
  type ResourceSpec,
} from "./define-resource";
export { EnvVar, type EnvVarRef } from "./env-var";
export {
  defineSchedule,
  type ScheduleContext,
  type ScheduleDefinition,
  type ScheduleSpec,
} from "./define-schedule";
export {
  defineRunStatusSensor,
  defineSensor,
  type MonitoredRunStatus,
  type RunStatusSensorContext,
  type RunStatusSensorSpec,
  type SensorContext,
  type SensorDefinition,
  type SensorSpec,
} from "./define-sensor";
export { Definitions } from "./definitions";
export {
  defineFailureHook,
  defineSuccessHook,
  type HookContext,
  type HookDefinition,
  type HookSpec,
} from "./hooks";
export type { Logger } from "./log-collector";
export type { DynamicOutputHandle, OutputHandle } from "./output-handle";
export {
  DagsterInvalidDefinitionError,
  DagsterInvariantViolationError,
  DynamicOut,
  DynamicOutput,
  Out,
  Output,
  type OutSpec,
} from "./outputs";
export { retryDelaySeconds, RetryPolicy } from "./retry-policy";
export { ExecutionConfigSchema } from "./run-config-schema";
export { RunRequest, SkipReason, type SensorResult } from "./run-request";
export { SDK_VERSION } from "./sdk-version";
export { TypeCheckError } from "./type-check-error";
