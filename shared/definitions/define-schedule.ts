/**
 * Schedules (Dagster's ScheduleDefinition / @schedule): a cron in a time zone that requests runs of one
 * job, either a fixed run config and tags or whatever its function returns for each tick.
 * @module
 */
import type { Logger } from "./log-collector";
import { targetName, type DefaultStatus, type JobTarget } from "./instigator-target";
import type { RunRequest, SkipReason } from "./run-request";
import type { Awaitable, Tags } from "./sdk-types";

export interface ScheduleContext {
  /** The tick being evaluated (not the wall time of the evaluation). */
  readonly scheduledExecutionTime: Date;
  readonly log: Logger;
}

export type ScheduleFn = (
  context: ScheduleContext,
) => Awaitable<RunRequest | readonly RunRequest[] | SkipReason | undefined | void>;

export interface ScheduleSpec {
  /** `^[A-Za-z0-9_]+$`. */
  name: string;
  job: JobTarget;
  /** 5 fields or @hourly/@daily/@weekly/@monthly/@yearly; checked when the location loads. */
  cron: string;
  /** IANA time zone the cron is read in; default UTC. */
  timezone?: string;
  description?: string;
  /** Default STOPPED, as in Dagster. */
  defaultStatus?: DefaultStatus;
  /** Run config of the run requested when there is no `fn`. */
  runConfig?: Readonly<Record<string, unknown>>;
  /** Tags of every run this schedule requests. */
  tags?: Tags;
  fn?: ScheduleFn;
}

export interface ScheduleDefinition {
  readonly kind: "schedule";
  readonly name: string;
  readonly jobName: string;
  readonly cronSchedule: string;
  readonly executionTimezone: string;
  readonly description: string | undefined;
  readonly defaultStatus: DefaultStatus;
  readonly runConfig: Readonly<Record<string, unknown>>;
  readonly tags: Tags;
  readonly fn: ScheduleFn | undefined;
}

/** Defines a schedule. Pure: the cron, time zone and job are checked by defineDefinitions. */
export function defineSchedule(spec: ScheduleSpec): ScheduleDefinition {
  return {
    kind: "schedule",
    name: spec.name,
    jobName: targetName(spec.job),
    cronSchedule: spec.cron,
    executionTimezone: spec.timezone ?? "UTC",
    description: spec.description,
    defaultStatus: spec.defaultStatus ?? "STOPPED",
    runConfig: spec.runConfig ?? {},
    tags: spec.tags ?? {},
    fn: spec.fn,
  };
}
