/**
 * What the workspace holds, read once per command: every repository's jobs, schedules and sensors, and
 * finding one by name (with `--location` when two locations share it).
 * @module
 */
import { CliError } from "../output/cli-error";
import { expectType, type GraphQLClient, type Typed } from "./client";

export type InstigatorState = { id: string; selectorId: string; status: "RUNNING" | "STOPPED" };
export type JobEntry = { name: string; description: string | null };
export type ScheduleEntry = {
  name: string;
  cronSchedule: string;
  pipelineName: string;
  executionTimezone: string | null;
  scheduleState: InstigatorState;
  futureTicks: { results: { timestamp: number }[] };
};
export type SensorEntry = {
  name: string;
  sensorType: string;
  minIntervalSeconds: number;
  targets: { pipelineName: string }[] | null;
  sensorState: InstigatorState & { typeSpecificData: { lastCursor?: string | null } | null };
};
export type RepositoryEntry = {
  name: string;
  location: { name: string };
  jobs: JobEntry[];
  schedules: ScheduleEntry[];
  sensors: SensorEntry[];
};

const STATE = "id selectorId status";
const REPOSITORIES = `query CliRepositories {
  repositoriesOrError {
    __typename
    ... on Error { message }
    ... on RepositoryConnection {
      nodes {
        name
        location { name }
        jobs { name description }
        schedules { name cronSchedule pipelineName executionTimezone scheduleState { ${STATE} } futureTicks(limit: 1) { results { timestamp } } }
        sensors { name sensorType minIntervalSeconds targets { pipelineName } sensorState { ${STATE} typeSpecificData { ... on SensorData { lastCursor } } } }
      }
    }
  }
}`;

export async function readRepositories(client: GraphQLClient): Promise<RepositoryEntry[]> {
  const data = await client.request<{ repositoriesOrError: Typed }>(REPOSITORIES);
  return expectType<Typed & { nodes: RepositoryEntry[] }>(
    data.repositoriesOrError,
    ["RepositoryConnection"],
    "reading the workspace",
  ).nodes;
}

export type Found<T> = { repository: RepositoryEntry; item: T };

/** Finds the job, schedule or sensor `name`; an unknown or ambiguous name lists what exists. */
export function findIn<T extends { name: string }>(
  repositories: readonly RepositoryEntry[],
  kind: "job" | "schedule" | "sensor",
  name: string,
  location: string | undefined,
): Found<T> {
  const items = (repository: RepositoryEntry) =>
    (kind === "job"
      ? repository.jobs
      : kind === "schedule"
        ? repository.schedules
        : repository.sensors) as unknown as T[];
  const inScope = repositories.filter(
    (repository) => location === undefined || repository.location.name === location,
  );
  if (location !== undefined && inScope.length === 0) {
    throw new CliError(`--location: no code location named "${location}"`, [
      `locations: ${repositories.map((r) => r.location.name).join(", ") || "(none)"}`,
    ]);
  }
  const matches = inScope.flatMap((repository) =>
    items(repository)
      .filter((item) => item.name === name)
      .map((item) => ({ repository, item })),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new CliError(`${kind} "${name}" exists in several code locations; choose one with --location`, [
      `locations: ${matches.map((match) => match.repository.location.name).join(", ")}`,
    ]);
  }
  const known = inScope.flatMap((repository) => items(repository).map((item) => item.name));
  throw new CliError(`no ${kind} named "${name}"${location ? ` in location "${location}"` : ""}`, [
    `${kind}s: ${known.join(", ") || "(none)"}`,
  ]);
}

/** The selector GraphQL takes for a repository's schedule or sensor. */
export function repositorySelector(repository: RepositoryEntry) {
  return { repositoryName: repository.name, repositoryLocationName: repository.location.name };
}
