import { EXAMPLE_JOB_NAMES } from "../../fixtures/example-jobs";
import { describe, expect, it } from "vitest";
import { loadExampleDefinitions } from "../../../examples/example-location/definitions";
import {
  RepositorySnapshotSchema,
  type JobSnapshot,
  type RepositorySnapshot,
} from "../../../shared/protocol/code-location-protocol";
import { defineDefinitions, defineJob } from "../../../shared/definitions";
import { source } from "./sample-ops";

const snapshot: RepositorySnapshot = await loadExampleDefinitions().snapshot();

function job(name: string): JobSnapshot {
  const found = snapshot.jobs.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no job ${name}`);
  return found;
}
const node = (jobName: string, nodeName: string) => job(jobName).ops.find((op) => op.name === nodeName);

describe("the example repository snapshot", () => {
  it("matches the protocol and lists every job, schedule and sensor", () => {
    expect(RepositorySnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.repositoryName).toBe("__repository__");
    expect(snapshot.jobs.map((entry) => entry.name)).toEqual(EXAMPLE_JOB_NAMES);
    expect(snapshot.schedules).toEqual([
      expect.objectContaining({
        name: "every_minute",
        jobName: "hello_job",
        cronSchedule: "* * * * *",
        executionTimezone: "Europe/Berlin",
        defaultStatus: "STOPPED",
      }),
    ]);
    expect(snapshot.sensors).toEqual([
      expect.objectContaining({
        name: "file_sensor",
        jobNames: ["etl_job"],
        minimumIntervalSeconds: 30,
        sensorType: "STANDARD",
      }),
      expect.objectContaining({
        name: "failure_alert",
        jobNames: ["hello_job"],
        sensorType: "RUN_STATUS",
        monitoredRunStatus: "FAILURE",
      }),
    ]);
    expect(snapshot.resources).toEqual([
      expect.objectContaining({
        name: "warehouse",
        configSchema: expect.objectContaining({ type: "object" }),
      }),
      expect.objectContaining({
        name: "reporting",
        resourceType: "ReportingApiClient",
        // An env var reference is carried by name: its value is read only where a step runs.
        configuredValues: [
          { key: "base_url", type: "VALUE", value: '"https://reports.example.com"' },
          { key: "api_token", type: "ENV_VAR", value: "REPORTING_API_TOKEN" },
        ],
        nestedResources: [{ name: "warehouse", type: "TOP_LEVEL", resourceKey: "warehouse" }],
      }),
    ]);
  });

  it("orders etl_job topologically, with the aliased fan-out and the fan-in wired", () => {
    expect(job("etl_job").ops.map((op) => [op.name, op.opName])).toEqual([
      ["extract", "extract"],
      ["transform_a", "transform"],
      ["transform_b", "transform"],
      ["load", "load"],
    ]);
    for (const alias of ["transform_a", "transform_b"]) {
      expect(node("etl_job", alias)?.inputs).toEqual([
        {
          name: "rows",
          typeName: "Array<String>",
          dependsOn: [{ node: "extract", output: "rows" }],
          isFanIn: false,
        },
      ]);
    }
    expect(node("etl_job", "load")?.inputs).toEqual([
      {
        name: "counts",
        typeName: "Array<Int>",
        dependsOn: [
          { node: "transform_a", output: "result" },
          { node: "transform_b", output: "result" },
        ],
        isFanIn: true,
      },
    ]);
    expect(node("etl_job", "load")?.requiredResources).toEqual(["warehouse"]);
  });

  it("names types the Dagster way", () => {
    expect(node("etl_job", "extract")?.outputs).toEqual([
      { name: "rows", typeName: "Array<String>", description: "The rows read.", isRequired: true },
    ]);
    expect(node("etl_job", "transform_a")?.outputs[0]?.typeName).toBe("Int");
    expect(node("hello_job", "hello")?.outputs[0]?.typeName).toBe("String");
    expect(node("failing_job", "explode")?.inputs[0]?.typeName).toBe("Float");
    expect(node("failing_job", "after_explode")?.outputs).toEqual([
      { name: "result", typeName: "Any", isRequired: true },
    ]);
  });

  it("gives op config JSON Schemas with defaults, required fields and closed objects", () => {
    expect(node("etl_job", "extract")?.configSchema).toMatchObject({
      type: "object",
      properties: { source_url: { type: "string" }, limit: { type: "integer", default: 10, minimum: 0 } },
      required: ["source_url"],
      additionalProperties: false,
    });
    expect(node("hello_job", "hello")?.configSchema).toBeUndefined();
    expect(node("retry_job", "flaky")?.retryPolicy).toEqual({ maxRetries: 3 });
    expect(node("etl_job", "extract")?.tags).toEqual({ team: "data" });
  });

  it("describes the whole run config, requiring ops only where config is required", () => {
    const schema = job("etl_job").runConfigSchema;
    expect(schema).toMatchObject({
      type: "object",
      required: ["ops"],
      additionalProperties: false,
      properties: {
        ops: { required: ["extract"], properties: { extract: { required: ["config"] } } },
        resources: {
          properties: {
            warehouse: { properties: { config: { properties: { table: { default: "row_counts" } } } } },
          },
        },
        execution: {
          required: ["config"],
          properties: {
            config: {
              oneOf: [
                { required: ["in_process"] },
                { required: ["multi"] },
                { required: ["remote"] },
                { required: ["container"] },
              ],
            },
          },
        },
      },
    });
    expect(JSON.stringify(schema)).toContain('"max_concurrent":{"type":"integer","minimum":1');
    expect(job("hello_job").runConfigSchema).not.toHaveProperty("required");
  });

  it("fills the default run config with defaults only", () => {
    expect(job("etl_job").defaultRunConfig).toEqual({
      ops: { extract: { config: { limit: 10 } } },
      resources: { warehouse: { config: { table: "row_counts" } } },
    });
    expect(job("failing_job").defaultRunConfig).toEqual({ ops: { explode: { config: { fail: true } } } });
    expect(job("hello_job").defaultRunConfig).toEqual({});
  });

  it("hashes each job to a stable snapshot id that changes with the content", async () => {
    const again = await loadExampleDefinitions().snapshot();
    expect(job("etl_job").snapshotId).toMatch(/^[0-9a-f]{64}$/);
    expect(again.jobs.map((entry) => entry.snapshotId)).toEqual(
      snapshot.jobs.map((entry) => entry.snapshotId),
    );
    expect(new Set(snapshot.jobs.map((entry) => entry.snapshotId)).size).toBe(snapshot.jobs.length);
    const idOf = async (description: string) =>
      (
        await defineDefinitions({
          jobs: [defineJob({ name: "j", description, graph: () => void source() })],
        }).snapshot()
      ).jobs[0]?.snapshotId;
    expect(await idOf("one")).toBe(await idOf("one"));
    expect(await idOf("one")).not.toBe(await idOf("two"));
  });
});
