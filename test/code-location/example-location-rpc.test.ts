import { EXAMPLE_JOB_NAMES } from "../fixtures/example-jobs";
import { describe, expect, it } from "vitest";
import { fileName, FILE_INTERVAL_SECONDS } from "../../examples/example-location/instigators/file-sensor";
import {
  ExecuteStepResultSchema,
  LoadResultSchema,
  PingResultSchema,
  RunWorkerHealthSchema,
  StartRunResultSchema,
  TerminateRunResultSchema,
  TickEvaluationSchema,
} from "../../shared/protocol/code-location-protocol";
import { EXTRACT_CONFIG, exampleLocation, startRequest, stepRequest } from "./example-location";

const location = exampleLocation();
const tick = async (answer: Promise<unknown>) => TickEvaluationSchema.parse(await answer);
const step = async (answer: Promise<unknown>) => ExecuteStepResultSchema.parse(await answer);

describe("the example location over RPC", () => {
  it("answers ping with the protocol version and a server id stable within the isolate", async () => {
    const first = PingResultSchema.parse(await location.ping("hello"));
    const second = PingResultSchema.parse(await location.ping("again"));
    expect(first).toMatchObject({ protocolVersion: 1, sdkVersion: "0.1.0", echo: "hello" });
    expect(second.serverId).toBe(first.serverId);
  });

  it("loads every job, schedule and sensor", async () => {
    const result = LoadResultSchema.parse(await location.loadDefinitions());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.snapshot.jobs.map((job) => job.name)).toEqual(EXAMPLE_JOB_NAMES);
    expect(result.snapshot.schedules.map((schedule) => schedule.name)).toEqual(["every_minute"]);
    expect(result.snapshot.sensors.map((sensor) => sensor.name)).toEqual(["file_sensor", "failure_alert"]);
  });

  it("evaluates the schedule", async () => {
    const evaluation = await tick(
      location.evaluateSchedule({ scheduleName: "every_minute", scheduledExecutionTime: 1_800_000_000 }),
    );
    expect(evaluation).toMatchObject({
      ok: true,
      runRequests: [{ jobName: "hello_job", tags: { scheduled_for: "2027-01-15T08:00:00.000Z" } }],
    });
  });

  it("evaluates the file sensor and honours its cursor", async () => {
    const first = await tick(
      location.evaluateSensor({
        sensorName: "file_sensor",
        cursor: null,
        lastTickTime: null,
        lastRunKey: null,
      }),
    );
    if (!first.ok || first.cursor === undefined)
      throw new Error(`unexpected first tick ${JSON.stringify(first)}`);
    expect(first.runRequests.map((request) => request.runKey)).toEqual([first.cursor]);
    const newest = Number(/\d+/.exec(first.cursor)?.[0]);
    const older = fileName(newest - 2 * FILE_INTERVAL_SECONDS);
    const caughtUp = await tick(
      location.evaluateSensor({
        sensorName: "file_sensor",
        cursor: older,
        lastTickTime: null,
        lastRunKey: older,
      }),
    );
    if (!caughtUp.ok) throw new Error(caughtUp.error.message);
    expect(caughtUp.runRequests.map((request) => request.runKey)).toEqual(
      expect.arrayContaining([fileName(newest - FILE_INTERVAL_SECONDS), fileName(newest)]),
    );
    expect(caughtUp.runRequests.map((request) => request.runKey)).not.toContain(older);
  });

  it("executes hello", async () => {
    expect(await step(location.executeStep(stepRequest("hello_job", "hello")))).toMatchObject({
      status: "SUCCESS",
      outputs: { result: "Hello from Dagflare (run run-1)" },
    });
  });

  it("executes extract with its config, and fails it without", async () => {
    const configured = await step(
      location.executeStep(stepRequest("etl_job", "extract", { runConfig: EXTRACT_CONFIG })),
    );
    expect(configured).toMatchObject({
      status: "SUCCESS",
      outputs: {
        rows: [
          "https://files.example.com/a.csv#0",
          "https://files.example.com/a.csv#1",
          "https://files.example.com/a.csv#2",
        ],
      },
    });
    const missing = await step(location.executeStep(stepRequest("etl_job", "extract")));
    expect(missing).toMatchObject({
      status: "FAILURE",
      errorSource: "FRAMEWORK_ERROR",
      error: { className: "DagflareError[INVALID_RUN_CONFIG]" },
    });
  });

  it("answers a malformed request with a failed result naming the bad field", async () => {
    const result = await step(
      location.executeStep(
        JSON.parse(
          '{"runId":"r","jobName":"hello_job","stepKey":"hello","runConfig":{},"inputs":{},"attempt":-1}',
        ),
      ),
    );
    expect(result).toMatchObject({
      status: "FAILURE",
      errorSource: "FRAMEWORK_ERROR",
      error: { className: "DagflareError[BAD_REQUEST]" },
    });
    expect(result.status === "FAILURE" && result.error.message).toMatch(
      /executeStep: malformed request: request\.attempt/,
    );
    const evaluation = await tick(
      location.evaluateSensor(
        JSON.parse('{"sensorName":"file_sensor","cursor":null,"lastTickTime":"yesterday","lastRunKey":null}'),
      ),
    );
    expect(evaluation.ok === false && evaluation.error.message).toMatch(
      /evaluateSensor: malformed request: request\.lastTickTime/,
    );
  });

  it("hosts run workers: a run never started is NOT_FOUND and cannot be terminated", async () => {
    expect(
      RunWorkerHealthSchema.parse(await location.runWorkerHealth({ runId: "never-started" })),
    ).toMatchObject({ status: "NOT_FOUND" });
    expect(TerminateRunResultSchema.parse(await location.terminateRun({ runId: "never-started" }))).toEqual({
      accepted: false,
      message: "no run was started in this run worker",
    });
  });

  it("refuses to start a run of a job it does not define, naming the job", async () => {
    const result = StartRunResultSchema.parse(await location.startRun(startRequest("nope_job")));
    expect(result).toMatchObject({
      ok: false,
      error: {
        className: "DagflareError[NOT_FOUND]",
        message: expect.stringContaining('has no job "nope_job"'),
      },
    });
    expect(
      RunWorkerHealthSchema.parse(await location.runWorkerHealth({ runId: startRequest("nope_job").runId }))
        .status,
    ).toBe("NOT_FOUND");
  });

  it("answers a malformed startRun with a failed result naming the bad field", async () => {
    const result = StartRunResultSchema.parse(
      await location.startRun(
        JSON.parse(
          '{"runId":"r","jobName":"hello_job","runConfig":{},"stepKeysToExecute":"all","parentRunId":null,"opSelection":null}',
        ),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        className: "DagflareError[BAD_REQUEST]",
        message: expect.stringMatching(/^startRun: malformed request: request\.stepKeysToExecute/),
      },
    });
  });
});
