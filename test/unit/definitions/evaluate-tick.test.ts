import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadExampleDefinitions } from "../../../examples/example-location/definitions";
import {
  fileName,
  fileUrl,
  FILE_INTERVAL_SECONDS,
} from "../../../examples/example-location/instigators/file-sensor";
import type { EvaluateSensorRequest, TickEvaluation } from "../../../shared/protocol/code-location-protocol";
import {
  defineDefinitions,
  defineJob,
  defineSchedule,
  defineSensor,
  RunRequest,
  SkipReason,
} from "../../../shared/definitions";
import { source } from "./sample-ops";

const example = loadExampleDefinitions();
const jobA = defineJob({ name: "job_a", graph: () => void source() });
const jobB = defineJob({ name: "job_b", graph: () => void source() });
const sensorRequest = (
  sensorName: string,
  extra: Partial<EvaluateSensorRequest> = {},
): EvaluateSensorRequest => ({
  sensorName,
  cursor: null,
  lastTickTime: null,
  lastRunKey: null,
  ...extra,
});

function ok(evaluation: TickEvaluation) {
  if (!evaluation.ok) throw new Error(`expected ok, got ${JSON.stringify(evaluation.error)}`);
  return evaluation;
}
function failed(evaluation: TickEvaluation) {
  if (evaluation.ok) throw new Error(`expected a failed evaluation, got ${JSON.stringify(evaluation)}`);
  return evaluation;
}

describe("evaluateSchedule", () => {
  it("runs the example schedule's function with the tick time", async () => {
    const tick = Date.parse("2026-10-25T01:30:00Z") / 1000;
    const evaluation = ok(
      await example.evaluateSchedule({ scheduleName: "every_minute", scheduledExecutionTime: tick }),
    );
    expect(evaluation.runRequests).toEqual([
      { jobName: "hello_job", runConfig: {}, tags: { scheduled_for: "2026-10-25T01:30:00.000Z" } },
    ]);
  });

  it("requests one run with the schedule's run config and tags when it has no function", async () => {
    const schedule = defineSchedule({
      name: "plain",
      job: jobA,
      cron: "@daily",
      runConfig: { ops: {} },
      tags: { kind: "nightly" },
    });
    const evaluation = ok(
      await defineDefinitions({ jobs: [jobA], schedules: [schedule] }).evaluateSchedule({
        scheduleName: "plain",
        scheduledExecutionTime: 0,
      }),
    );
    expect(evaluation.runRequests).toEqual([
      { jobName: "job_a", runConfig: { ops: {} }, tags: { kind: "nightly" } },
    ]);
  });

  it("passes skips and lists through, and turns a throw into ok: false with the logs so far", async () => {
    const skipping = defineSchedule({
      name: "skipping",
      job: jobA,
      cron: "@daily",
      fn: () => SkipReason("holiday"),
    });
    const listing = defineSchedule({
      name: "listing",
      job: jobA,
      cron: "@daily",
      fn: () => [RunRequest({ runKey: "a" }), RunRequest({ runKey: "b", tags: { x: "1" } })],
    });
    const throwing = defineSchedule({
      name: "throwing",
      job: jobA,
      cron: "@daily",
      fn: ({ log }) => {
        log.info("about to fail");
        throw new Error("schedule broke");
      },
    });
    const definitions = defineDefinitions({ jobs: [jobA], schedules: [skipping, listing, throwing] });
    const evaluate = (scheduleName: string) =>
      definitions.evaluateSchedule({ scheduleName, scheduledExecutionTime: 0 });
    expect(ok(await evaluate("skipping"))).toMatchObject({ runRequests: [], skipReason: "holiday" });
    expect(
      ok(await evaluate("listing")).runRequests.map((request) => [request.runKey, request.tags]),
    ).toEqual([
      ["a", {}],
      ["b", { x: "1" }],
    ]);
    const broken = failed(await evaluate("throwing"));
    expect(broken.error.message).toBe("schedule broke");
    expect(broken.logs.map((line) => line.message)).toEqual(["about to fail"]);
    expect(failed(await evaluate("nope")).error.message).toMatch(/no schedule named "nope"/);
  });
});

describe("the example file_sensor", () => {
  const now = Date.parse("2026-01-01T00:07:00Z") / 1000;
  const newest = Math.floor(now / FILE_INTERVAL_SECONDS) * FILE_INTERVAL_SECONDS;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now * 1000);
  });
  afterEach(() => vi.useRealTimers());

  it("requests the newest file on its first tick and moves the cursor to it", async () => {
    const evaluation = ok(await example.evaluateSensor(sensorRequest("file_sensor")));
    expect(evaluation.runRequests).toEqual([
      {
        runKey: fileName(newest),
        jobName: "etl_job",
        runConfig: { ops: { extract: { config: { source_url: fileUrl(fileName(newest)) } } } },
        tags: {},
      },
    ]);
    expect(evaluation.cursor).toBe(fileName(newest));
  });

  it("skips when nothing is newer than the cursor", async () => {
    const evaluation = ok(
      await example.evaluateSensor(sensorRequest("file_sensor", { cursor: fileName(newest) })),
    );
    expect(evaluation.runRequests).toEqual([]);
    expect(evaluation.skipReason).toBe(`no file newer than ${fileName(newest)}`);
    expect(evaluation.cursor).toBeUndefined();
  });

  it("requests every file newer than the cursor, at most five per tick", async () => {
    const twoBehind = ok(
      await example.evaluateSensor(
        sensorRequest("file_sensor", { cursor: fileName(newest - 2 * FILE_INTERVAL_SECONDS) }),
      ),
    );
    expect(twoBehind.runRequests.map((request) => request.runKey)).toEqual([
      fileName(newest - FILE_INTERVAL_SECONDS),
      fileName(newest),
    ]);
    const farBehind = ok(await example.evaluateSensor(sensorRequest("file_sensor", { cursor: fileName(0) })));
    expect(farBehind.runRequests).toHaveLength(5);
    expect(farBehind.cursor).toBe(fileName(newest));
  });

  it("fails the tick on a cursor it cannot read", async () => {
    expect(
      failed(await example.evaluateSensor(sensorRequest("file_sensor", { cursor: "garbage" }))).error.message,
    ).toMatch(/cursor "garbage" is not a file name/);
  });
});

describe("evaluateSensor", () => {
  it("stores a cursor set with updateCursor and gives the previous tick time as a Date", async () => {
    const sensor = defineSensor({
      name: "cursor_sensor",
      job: jobA,
      fn: ({ cursor, lastTickTime, updateCursor }) => {
        updateCursor(`${cursor ?? "start"}+1`);
        return [RunRequest({ runKey: lastTickTime?.toISOString() })];
      },
    });
    const definitions = defineDefinitions({ jobs: [jobA], sensors: [sensor] });
    const evaluation = ok(
      await definitions.evaluateSensor(sensorRequest("cursor_sensor", { cursor: "c0", lastTickTime: 60 })),
    );
    expect(evaluation.cursor).toBe("c0+1");
    expect(evaluation.runRequests).toEqual([
      { runKey: "1970-01-01T00:01:00.000Z", jobName: "job_a", runConfig: {}, tags: {} },
    ]);
  });

  it("requires a jobName when a sensor targets several jobs, and only one it targets", async () => {
    const make = (name: string, request: RunRequest) =>
      defineSensor({ name, jobs: [jobA, jobB], fn: () => request });
    const definitions = defineDefinitions({
      jobs: [jobA, jobB],
      sensors: [
        make("unnamed", RunRequest()),
        make("stranger", RunRequest({ jobName: "job_c" })),
        make("named", RunRequest({ jobName: "job_b" })),
      ],
    });
    expect(failed(await definitions.evaluateSensor(sensorRequest("unnamed"))).error.message).toMatch(
      /sensor "unnamed" targets several jobs \(job_a, job_b\); each RunRequest must name its jobName/,
    );
    expect(failed(await definitions.evaluateSensor(sensorRequest("stranger"))).error.message).toMatch(
      /requested a run of job "job_c", which it does not target/,
    );
    expect(ok(await definitions.evaluateSensor(sensorRequest("named"))).runRequests[0]?.jobName).toBe(
      "job_b",
    );
  });

  it("rejects run requests not built with RunRequest()", async () => {
    const sensor = defineSensor({
      name: "sloppy",
      job: jobA,
      fn: () => ({ runRequests: [JSON.parse('{"runKey": 5}')] }),
    });
    const evaluation = failed(
      await defineDefinitions({ jobs: [jobA], sensors: [sensor] }).evaluateSensor(sensorRequest("sloppy")),
    );
    expect(evaluation.error.message).toMatch(/sensor "sloppy" returned an invalid run request/);
  });

  it("calls a run status sensor once per matching run", async () => {
    const runUpdates = [
      { runId: "r1", jobName: "failing_job", status: "FAILURE", tags: {} },
      { runId: "r2", jobName: "hello_job", status: "FAILURE", tags: {} },
      { runId: "r3", jobName: "failing_job", status: "SUCCESS", tags: {} },
    ];
    const evaluation = ok(await example.evaluateSensor(sensorRequest("failure_alert", { runUpdates })));
    expect(evaluation.runRequests).toEqual([
      { runKey: "failure_alert_r1", jobName: "hello_job", runConfig: {}, tags: { failed_run_id: "r1" } },
    ]);
    expect(evaluation.logs).toEqual([
      expect.objectContaining({ level: "WARNING", message: "run r1 of failing_job failed" }),
    ]);
    expect(ok(await example.evaluateSensor(sensorRequest("failure_alert"))).skipReason).toBe(
      "no run of failing_job reached FAILURE",
    );
  });
});
