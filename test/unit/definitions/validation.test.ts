import { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  defineDefinitions,
  defineJob,
  defineOp,
  defineResource,
  defineRunStatusSensor,
  defineSchedule,
  defineSensor,
  RetryPolicy,
} from "../../../shared/definitions";
import { counter, double, expectInvalid, source, sum } from "./sample-ops";

const okJob = defineJob({ name: "ok_job", graph: () => void double({ value: source() }) });
const noSensorFn = () => undefined;

describe("graph composition", () => {
  it("refuses to run an op outside a graph function", () => {
    expect(() => source()).toThrow(/op "source" was invoked outside a job's graph function/);
  });

  it("records fan-out and fan-in without problems", () => {
    const job = defineJob({
      name: "fan_job",
      graph: () => {
        const one = source();
        sum({ values: [double.alias("left")({ value: one }), double.alias("right")({ value: one })] });
      },
    });
    expect(defineDefinitions({ jobs: [job] }).jobNames).toEqual(["fan_job"]);
  });
});

describe("defineDefinitions rejects", () => {
  it("a cycle, naming the job and the cycle", () => {
    const job = defineJob({
      name: "cyclic_job",
      nodes: [double.alias("ping"), double.alias("pong")],
      dependencies: { ping: { value: { node: "pong" } }, pong: { value: { node: "ping" } } },
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [job] }),
      [/job "cyclic_job": cycle between ops: pong → ping → pong/],
    );
  });

  it("an input that is not wired, unless its schema is optional", () => {
    const maybe = defineOp({
      name: "maybe",
      ins: { value: z.number().optional() },
      fn: async () => undefined,
    });
    const job = defineJob({
      name: "dangling_job",
      graph: () => {
        maybe();
        // @ts-expect-error the compiler rejects it too; the load-time check covers untyped callers
        double({});
      },
    });
    const message = expectInvalid(
      () => defineDefinitions({ jobs: [job] }),
      [/job "dangling_job": node "double" input "value" is not connected to any upstream output/],
    );
    expect(message).not.toMatch(/maybe/);
  });

  it("inputs wired to unknown nodes or outputs", () => {
    const job = defineJob({
      name: "wiring_job",
      nodes: [source, double, double.alias("again")],
      dependencies: {
        double: { value: { node: "source", output: "nope" } },
        again: { value: { node: "ghost" } },
      },
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [job] }),
      [
        /job "wiring_job": node "double" input "value" depends on output "nope" of node "source", which has outputs: result/,
        /job "wiring_job": node "again" input "value" depends on unknown node "ghost"/,
      ],
    );
  });

  it("an invocation with an input the op does not declare", () => {
    const job = defineJob({
      name: "extra_job",
      // @ts-expect-error the compiler rejects it too; the load-time check covers untyped callers
      graph: () => void source.alias("other")({ bogus: source() }),
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [job] }),
      [/job "extra_job": node "other" input "bogus": op "source" has no such input/],
    );
  });

  it("the same node name twice in a job", () => {
    const job = defineJob({
      name: "dup_node_job",
      graph: () => {
        source();
        source();
      },
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [job] }),
      [/job "dup_node_job": duplicate node name "source" \(use op.alias/],
    );
  });

  it("duplicate job, schedule and sensor names", () => {
    const schedule = defineSchedule({ name: "tick", job: okJob, cron: "@daily" });
    const sensor = defineSensor({ name: "watch", job: okJob, fn: noSensorFn });
    expectInvalid(
      () =>
        defineDefinitions({
          jobs: [okJob, okJob],
          schedules: [schedule, schedule],
          sensors: [sensor, sensor],
        }),
      [/duplicate job name "ok_job"/, /duplicate schedule name "tick"/, /duplicate sensor name "watch"/],
    );
  });

  it("one resource name bound to different definitions", () => {
    const other = defineResource({ create: () => 2 });
    const first = defineJob({ name: "first_job", resources: { counter }, graph: () => void source() });
    const second = defineJob({
      name: "second_job",
      resources: { counter: other },
      graph: () => void source(),
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [first, second] }),
      [/duplicate resource name "counter": job "second_job" defines it differently/],
    );
  });

  it("an op requiring a resource the job does not provide", () => {
    const needy = defineOp({ name: "needy", requiredResources: ["counter"], fn: async () => undefined });
    const job = defineJob({ name: "needy_job", graph: () => void needy() });
    expectInvalid(
      () => defineDefinitions({ jobs: [job] }),
      [
        /job "needy_job": op "needy" \(node "needy"\) requires resource "counter", which the job does not provide/,
      ],
    );
    expect(defineDefinitions({ jobs: [job], resources: { counter } }).jobNames).toEqual(["needy_job"]);
  });

  it("schedules and sensors targeting jobs outside the Definitions", () => {
    const schedule = defineSchedule({ name: "tick", job: "missing_job", cron: "@daily" });
    const sensor = defineSensor({ name: "watch", jobs: [okJob, "ghost_job"], fn: noSensorFn });
    const alert = defineRunStatusSensor({
      name: "alert",
      runStatus: "FAILURE",
      monitoredJobs: ["elsewhere_job"],
      requestJob: okJob,
      fn: () => undefined,
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [okJob], schedules: [schedule], sensors: [sensor, alert] }),
      [
        /schedule "tick" targets job "missing_job", which is not in these Definitions/,
        /sensor "watch" targets job "ghost_job"/,
        /sensor "alert" monitors job "elsewhere_job"/,
      ],
    );
  });

  it("invalid crons and unknown time zones", () => {
    const badCron = defineSchedule({ name: "bad_cron", job: okJob, cron: "61 * * * *" });
    const badZone = defineSchedule({
      name: "bad_zone",
      job: okJob,
      cron: "* * * * *",
      timezone: "Europe/Atlantis",
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [okJob], schedules: [badCron, badZone] }),
      [
        /schedule "bad_cron": Invalid cron schedule "61 \* \* \* \*"/,
        /schedule "bad_zone": unknown timezone "Europe\/Atlantis"/,
      ],
    );
  });

  it("names outside ^[A-Za-z0-9_]+$", () => {
    const badOp = defineOp({ name: "bad-op", fn: async () => undefined });
    const job = defineJob({ name: "bad job", graph: () => void badOp.alias("x y")() });
    const schedule = defineSchedule({ name: "every.minute", job: "bad job", cron: "* * * * *" });
    expectInvalid(
      () => defineDefinitions({ jobs: [job], schedules: [schedule] }),
      [
        /job name "bad job" is invalid/,
        /node "x y": node name "x y" is invalid/,
        /node "x y": op name "bad-op" is invalid/,
        /schedule name "every.minute" is invalid/,
      ],
    );
  });

  it("a minimum interval below one second", () => {
    const sensor = defineSensor({ name: "eager", job: okJob, minimumIntervalSeconds: 0, fn: noSensorFn });
    expectInvalid(
      () => defineDefinitions({ jobs: [okJob], sensors: [sensor] }),
      [/sensor "eager": minimumIntervalSeconds must be a whole number >= 1, got 0/],
    );
  });

  it("a retry policy with backoff but no delay", () => {
    const flaky = defineOp({
      name: "flaky",
      retryPolicy: RetryPolicy({ maxRetries: 2, backoff: "LINEAR" }),
      fn: async () => undefined,
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [defineJob({ name: "retry_job", graph: () => void flaky() })] }),
      [/op "flaky": retryPolicy: backoff and jitter need a delay/],
    );
  });

  it("a graph function that throws or is async", () => {
    const throwing = defineJob({
      name: "throwing_job",
      graph: () => {
        throw new Error("oops");
      },
    });
    const asyncJob = defineJob({ name: "async_job", graph: (async () => undefined) as () => void });
    expectInvalid(
      () => defineDefinitions({ jobs: [throwing, asyncJob] }),
      [
        /job "throwing_job": the graph function threw: oops/,
        /job "async_job": the graph function must be synchronous/,
      ],
    );
  });

  it("with every problem of the Definitions in one error, one per line", () => {
    const message = expectInvalid(
      () =>
        defineDefinitions({
          jobs: [okJob, okJob],
          schedules: [defineSchedule({ name: "s", job: "nope", cron: "x" })],
        }),
      [/^Invalid definitions \(3 problems\):\n- /],
    );
    expect(message.split("\n- ")).toHaveLength(4);
  });
});
