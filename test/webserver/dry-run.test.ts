/**
 * scheduleDryRun / sensorDryRun over GraphQL, as the UI's "Test schedule" / "Test sensor" dialogs call
 * them: the example location evaluates the instigator for real, and nothing is stored.
 */
import { describe, expect, it } from "vitest";
import { instigatorSelectorId } from "../../shared/scheduling/instigator-selector";
import { instanceStorage } from "../setup/instance-storage";
import { graphql } from "./graphql-client";

const storage = instanceStorage();
const repository = { repositoryLocationName: "example", repositoryName: "__repository__" };

const result = (notFound: string) => `__typename
  ... on DryRunInstigationTick { timestamp evaluationResult { runRequests { runKey tags { key value } runConfigYaml jobName } skipReason error { message } cursor } }
  ... on ${notFound} { message }
  ... on PythonError { message }`;

type RunRequest = {
  runKey: string | null;
  tags: { key: string; value: string }[];
  runConfigYaml: string;
  jobName: string | null;
};
type DryRun = {
  __typename: string;
  message?: string;
  timestamp?: number;
  evaluationResult?: {
    runRequests: RunRequest[] | null;
    skipReason: string | null;
    error: { message: string } | null;
    cursor: string | null;
  };
};

const scheduleDryRun = async (scheduleName: string, timestamp?: number) =>
  (
    await graphql<{ scheduleDryRun: DryRun }>(
      `mutation ($selector: ScheduleSelector!, $timestamp: Float) { scheduleDryRun(selectorData: $selector, timestamp: $timestamp) { ${result("ScheduleNotFoundError")} } }`,
      {
        selector: { ...repository, scheduleName },
        timestamp,
      },
    )
  ).scheduleDryRun;

const sensorDryRun = async (sensorName: string, cursor: string | null) =>
  (
    await graphql<{ sensorDryRun: DryRun }>(
      `mutation ($selector: SensorSelector!, $cursor: String) { sensorDryRun(selectorData: $selector, cursor: $cursor) { ${result("SensorNotFoundError")} } }`,
      {
        selector: { ...repository, sensorName },
        cursor,
      },
    )
  ).sensorDryRun;

/** Runs and ticks stored for `name`: a dry run must leave both unchanged. */
const stored = async (name: string) => ({
  runs: await storage.runs.getRunsCount(),
  ticks: (await storage.schedules.getTicks(instigatorSelectorId("example", "__repository__", name))).length,
});

describe("scheduleDryRun", () => {
  it("evaluates the schedule at the given time without creating a run or a tick", async () => {
    const before = await stored("every_minute");
    const timestamp = Date.UTC(2026, 0, 2, 3, 4) / 1000;
    const result = await scheduleDryRun("every_minute", timestamp);
    expect(result.__typename).toBe("DryRunInstigationTick");
    expect(result.timestamp).toBe(timestamp);
    expect(result.evaluationResult).toMatchObject({ skipReason: null, error: null });
    expect(result.evaluationResult?.runRequests).toEqual([
      {
        runKey: null,
        tags: [{ key: "scheduled_for", value: "2026-01-02T03:04:00.000Z" }],
        runConfigYaml: "{}\n",
        jobName: "hello_job",
      },
    ]);
    expect(await stored("every_minute")).toEqual(before);
  });

  it("evaluates at the current time when no timestamp is given", async () => {
    const before = Date.now() / 1000;
    const result = await scheduleDryRun("every_minute");
    expect(result.timestamp).toBeGreaterThanOrEqual(Math.floor(before));
    expect(result.evaluationResult?.runRequests).toHaveLength(1);
  });

  it("answers ScheduleNotFoundError for an unknown schedule", async () => {
    expect(await scheduleDryRun("no_such_schedule")).toEqual({
      __typename: "ScheduleNotFoundError",
      message: "Could not find schedule no_such_schedule in example.",
    });
  });
});

describe("sensorDryRun", () => {
  it("evaluates the sensor from the given cursor: its run requests and next cursor, nothing stored", async () => {
    const before = await stored("file_sensor");
    const newest = Math.floor(Date.now() / 1000 / 300) * 300;
    const result = await sensorDryRun("file_sensor", `file-${newest - 600}.csv`);
    const evaluation = result.evaluationResult;
    expect(evaluation?.runRequests?.map((request) => [request.runKey, request.jobName])).toEqual([
      [`file-${newest - 300}.csv`, "etl_job"],
      [`file-${newest}.csv`, "etl_job"],
    ]);
    expect(evaluation?.runRequests?.[0]?.runConfigYaml).toContain(
      `source_url: https://files.example.com/incoming/file-${newest - 300}.csv`,
    );
    expect(evaluation?.cursor).toBe(`file-${newest}.csv`);
    expect(await stored("file_sensor")).toEqual(before);
  });

  it("reports the skip reason, and the sensor's own error in the evaluation", async () => {
    const newest = `file-${Math.floor(Date.now() / 1000 / 300) * 300}.csv`;
    expect((await sensorDryRun("file_sensor", newest)).evaluationResult).toMatchObject({
      runRequests: [],
      skipReason: `no file newer than ${newest}`,
    });
    const failed = (await sensorDryRun("file_sensor", "not-a-file")).evaluationResult;
    expect(failed?.runRequests).toBeNull();
    expect(failed?.error?.message).toContain('cursor "not-a-file" is not a file name');
  });

  it("answers SensorNotFoundError for an unknown sensor or repository", async () => {
    expect(await sensorDryRun("no_such_sensor", null)).toEqual({
      __typename: "SensorNotFoundError",
      message: "Could not find sensor no_such_sensor in example.",
    });
    const missingRepository = await graphql<{ sensorDryRun: DryRun }>(
      `mutation ($selector: SensorSelector!) { sensorDryRun(selectorData: $selector) { ${result("SensorNotFoundError")} } }`,
      {
        selector: {
          repositoryLocationName: "nowhere",
          repositoryName: "__repository__",
          sensorName: "file_sensor",
        },
      },
    );
    expect(missingRepository.sensorDryRun.__typename).toBe("SensorNotFoundError");
  });
});
