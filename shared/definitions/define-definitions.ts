/**
 * defineDefinitions: collects a code location's jobs, schedules, sensors and resources and checks them
 * all, as Dagster does when it loads a repository, reporting every problem in one error.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import { isValidTimezone, validateCronSchedule } from "../scheduling/cron";
import type { JobDefinition } from "./define-job";
import { z } from "zod";
import type { ResourceDefinition } from "./define-resource";
import type { ScheduleDefinition } from "./define-schedule";
import type { SensorDefinition } from "./define-sensor";
import { Definitions } from "./definitions";
import { buildJobGraph } from "./job-graph";
import { duplicateProblems, nameProblems } from "./names";
import type { ResolvedJob } from "./resolved-job";

export interface DefinitionsSpec {
  jobs: readonly JobDefinition[];
  schedules?: readonly ScheduleDefinition[];
  sensors?: readonly SensorDefinition[];
  /** Resources available to every job (a job's own resources win). */
  resources?: Readonly<Record<string, ResourceDefinition>>;
}

/**
 * Checks and bundles definitions. Pure and deterministic: the same spec always gives the same result.
 * @throws DagflareError INVALID_DEFINITION listing every problem, one per line, each naming the job,
 * op, schedule, sensor or resource concerned.
 */
export function defineDefinitions(spec: DefinitionsSpec): Definitions {
  const schedules = spec.schedules ?? [];
  const sensors = spec.sensors ?? [];
  const shared = spec.resources ?? {};
  const { jobs, resources, problems } = resolveJobs(spec.jobs, shared);
  const jobNames = new Set(jobs.keys());
  problems.push(
    ...[...resources].flatMap(([key, resource]) => configuredValueProblems(`resource "${key}"`, resource)),
  );
  problems.push(...scheduleProblems(schedules, jobNames), ...sensorProblems(sensors, jobNames));
  if (problems.length > 0) {
    throw new DagflareError(
      "INVALID_DEFINITION",
      `Invalid definitions (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n- ${problems.join("\n- ")}`,
    );
  }
  return new Definitions({
    jobs,
    schedules: new Map(schedules.map((schedule) => [schedule.name, schedule])),
    sensors: new Map(sensors.map((sensor) => [sensor.name, sensor])),
    resources,
  });
}

function resolveJobs(
  definitions: readonly JobDefinition[],
  shared: Readonly<Record<string, ResourceDefinition>>,
) {
  const problems = [
    ...duplicateProblems(
      "job",
      definitions.map((job) => job.name),
    ),
    ...Object.keys(shared).flatMap((key) => nameProblems("resource", key)),
  ];
  const resources = new Map(Object.entries(shared));
  const jobs = new Map<string, ResolvedJob>();
  for (const job of definitions) {
    const graph = buildJobGraph(job);
    problems.push(...nameProblems("job", job.name), ...graph.problems);
    for (const [key, resource] of Object.entries(job.resources)) {
      const known = resources.get(key);
      if (known !== undefined && known !== resource)
        problems.push(
          `duplicate resource name "${key}": job "${job.name}" defines it differently from another job or the Definitions`,
        );
      else problems.push(...nameProblems(`job "${job.name}": resource`, key));
      resources.set(key, known ?? resource);
    }
    const available = { ...shared, ...job.resources };
    for (const node of graph.nodes) {
      for (const key of node.op.requiredResources.filter((required) => !Object.hasOwn(available, required))) {
        problems.push(
          `job "${job.name}": op "${node.op.name}" (node "${node.name}") requires resource "${key}", which the job does not provide (add it to defineJob({ resources }) or defineDefinitions({ resources }))`,
        );
      }
    }
    if (!jobs.has(job.name))
      jobs.set(job.name, { definition: job, nodes: graph.nodes, resources: available });
  }
  return { jobs, resources, problems };
}

/** Configured values must name fields of the resource's config, in it and in every resource it depends on. */
function configuredValueProblems(label: string, resource: ResourceDefinition): string[] {
  const fields = resource.config instanceof z.ZodObject ? Object.keys(resource.config.shape) : [];
  const unknown = Object.keys(resource.values).filter((key) => !fields.includes(key));
  return [
    ...(unknown.length === 0
      ? []
      : [
          `${label}: values ${unknown.map((key) => `"${key}"`).join(", ")} ${unknown.length === 1 ? "is not a field" : "are not fields"} of its config (fields: ${fields.join(", ") || "none"})`,
        ]),
    ...Object.entries(resource.resources).flatMap(([key, nested]) =>
      configuredValueProblems(`${label}: nested resource "${key}"`, nested),
    ),
  ];
}

function targetProblems(
  label: string,
  targets: readonly string[],
  jobNames: ReadonlySet<string>,
  verb = "targets",
): string[] {
  return targets
    .filter((name) => !jobNames.has(name))
    .map((name) => `${label} ${verb} job "${name}", which is not in these Definitions`);
}

function scheduleProblems(schedules: readonly ScheduleDefinition[], jobNames: ReadonlySet<string>): string[] {
  return [
    ...duplicateProblems(
      "schedule",
      schedules.map((schedule) => schedule.name),
    ),
    ...schedules.flatMap((schedule) => {
      const label = `schedule "${schedule.name}"`;
      return [
        ...nameProblems("schedule", schedule.name),
        ...targetProblems(label, [schedule.jobName], jobNames),
        ...cronProblems(label, schedule.cronSchedule),
        ...(isValidTimezone(schedule.executionTimezone)
          ? []
          : [
              `${label}: unknown timezone "${schedule.executionTimezone}" (expected an IANA name like "Europe/Berlin")`,
            ]),
      ];
    }),
  ];
}

function cronProblems(label: string, cron: string): string[] {
  try {
    validateCronSchedule(cron);
    return [];
  } catch (error) {
    return [`${label}: ${error instanceof Error ? error.message : String(error)}`];
  }
}

function sensorProblems(sensors: readonly SensorDefinition[], jobNames: ReadonlySet<string>): string[] {
  return [
    ...duplicateProblems(
      "sensor",
      sensors.map((sensor) => sensor.name),
    ),
    ...sensors.flatMap((sensor) => {
      const label = `sensor "${sensor.name}"`;
      const interval = sensor.minimumIntervalSeconds;
      return [
        ...nameProblems("sensor", sensor.name),
        ...(sensor.jobNames.length === 0
          ? [`${label} targets no job`]
          : targetProblems(label, sensor.jobNames, jobNames)),
        ...(sensor.sensorType === "RUN_STATUS"
          ? targetProblems(label, sensor.monitoredJobs ?? [], jobNames, "monitors")
          : []),
        ...(Number.isInteger(interval) && interval >= 1
          ? []
          : [`${label}: minimumIntervalSeconds must be a whole number >= 1, got ${interval}`]),
      ];
    }),
  ];
}
