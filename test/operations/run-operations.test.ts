/**
 * The run operations called directly, without GraphQL or HTTP, over real D1 with the example location
 * bound: launch, re-execute, terminate (one or many) and delete, each success and each refusal, with
 * time passed in and checked where it is stored. Terminating and deleting come first: a launch wakes the
 * daemon, whose dequeue pass would start (and here, with no run worker bound, fail) the queued runs those
 * tests store.
 */
import { describe, expect, it } from "vitest";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import type { NewRun } from "../../shared/storage/run-storage";
import { deleteRun } from "../../shared/operations/delete-run";
import { launchRun, type LaunchRequest } from "../../shared/operations/launch-run";
import { reexecuteRun } from "../../shared/operations/reexecute-run";
import { terminateRun, terminateRuns } from "../../shared/operations/terminate-runs";
import { instanceWithUnboundLocation, newInstance, uniqueId } from "./instances";

const instance = newInstance();
const { storage } = instance;
const NOW = 1_900_000_000;
const example = { locationName: "example", repositoryName: "__repository__" };
const hello: LaunchRequest = { ...example, jobName: "hello_job" };

/** A run stored as the coordinator and a run worker would leave it, moved to its status by its events. */
async function storedRun(
  jobName: string,
  events: NewEvent["eventType"][],
  extra: Partial<NewRun> = {},
): Promise<string> {
  const runId = uniqueId(jobName);
  await storage.runs.addRun({
    ...example,
    runId,
    jobName,
    runConfig: {},
    tags: { team: "data" },
    status: "NOT_STARTED",
    createTime: NOW - 100,
    ...extra,
  });
  const t = (NOW - 90) * 1000;
  if (events.length > 0)
    await storage.events.storeEvents(
      events.map((eventType, index) => ({
        runId,
        timestamp: t + index,
        level: "INFO",
        message: String(eventType),
        eventType,
      })),
    );
  return runId;
}

const STARTED: NewEvent["eventType"][] = ["RUN_STARTING", "RUN_START"];
const SUCCEEDED: NewEvent["eventType"][] = [...STARTED, "RUN_SUCCESS"];

/** A failing_job run that failed in `explode` after `prepare` succeeded, so `after_explode` never ran. */
async function failedFailingJobRun(jobName = "failing_job"): Promise<string> {
  const runId = await storedRun(jobName, []);
  const t = (NOW - 80) * 1000;
  const event = (eventType: NewEvent["eventType"], offset: number, stepKey?: string): NewEvent => ({
    runId,
    timestamp: t + offset,
    level: "INFO",
    message: String(eventType),
    eventType,
    ...(stepKey ? { stepKey } : {}),
  });
  await storage.events.storeEvents([
    event("RUN_STARTING", 0),
    event("RUN_START", 1),
    event("STEP_START", 2, "prepare"),
    event("STEP_SUCCESS", 3, "prepare"),
    event("STEP_START", 4, "explode"),
    event("STEP_FAILURE", 5, "explode"),
    event("RUN_FAILURE", 6),
  ]);
  return runId;
}

describe("terminateRun and terminateRuns", () => {
  it("cancels a queued run, which no launcher has seen yet (SAFE_TERMINATE)", async () => {
    const runId = await storedRun("hello_job", [], { status: "QUEUED" });
    const outcome = await terminateRun(instance, runId, "SAFE_TERMINATE", NOW);
    expect(outcome).toMatchObject({ kind: "terminated", run: { runId, status: "CANCELED" } });
  });

  it("marks a started run CANCELED at once (MARK_AS_CANCELED_IMMEDIATELY), its events stamped with the time given", async () => {
    const runId = await storedRun("slow_job", STARTED);
    const outcome = await terminateRun(instance, runId, "MARK_AS_CANCELED_IMMEDIATELY", NOW);
    expect(outcome).toMatchObject({ kind: "terminated", run: { status: "CANCELED" } });
    const events = (await storage.events.getLogsForRun(runId)).events;
    const canceled = events.find((event) => event.eventType === "RUN_CANCELED");
    expect(canceled?.timestamp).toBe(NOW * 1000);
    expect(events.map((event) => event.message)).toContain("Run was marked as canceled immediately.");
  });

  it("answers failed for a finished run, under either policy, and leaves it as it was", async () => {
    const runId = await storedRun("hello_job", SUCCEEDED);
    for (const policy of ["SAFE_TERMINATE", "MARK_AS_CANCELED_IMMEDIATELY"] as const) {
      expect(await terminateRun(instance, runId, policy, NOW)).toMatchObject({
        kind: "failed",
        run: { status: "SUCCESS" },
        message: `Run ${runId} could not be terminated due to having status SUCCESS.`,
      });
    }
  });

  it("answers not_found for an unknown run", async () => {
    expect(await terminateRun(instance, "no-such-run", "SAFE_TERMINATE", NOW)).toEqual({
      kind: "not_found",
      runId: "no-such-run",
    });
  });

  it("terminates many runs in order, one outcome each, a refusal not stopping the rest", async () => {
    const finished = await storedRun("hello_job", SUCCEEDED);
    const pending = await storedRun("hello_job", [], { status: "QUEUED" });
    const outcomes = await terminateRuns(instance, [finished, "no-such-run", pending], "SAFE_TERMINATE", NOW);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["failed", "not_found", "terminated"]);
    expect((await storage.runs.getRun(pending))?.status).toBe("CANCELED");
  });
});

describe("deleteRun", () => {
  it("deletes a finished run and its events", async () => {
    const runId = await storedRun("hello_job", SUCCEEDED);
    expect(await deleteRun(instance, runId)).toEqual({ kind: "deleted", runId });
    expect(await storage.runs.getRun(runId)).toBeNull();
    expect((await storage.events.getLogsForRun(runId)).events).toEqual([]);
  });

  it("deletes a run that never started", async () => {
    const runId = await storedRun("hello_job", []);
    expect((await deleteRun(instance, runId)).kind).toBe("deleted");
  });

  it("answers conflict for a run in progress, and keeps it", async () => {
    const runId = await storedRun("slow_job", STARTED);
    expect(await deleteRun(instance, runId)).toMatchObject({
      kind: "conflict",
      run: { runId, status: "STARTED" },
      message: `Run ${runId} is STARTED; terminate it before deleting it.`,
    });
    expect((await storage.runs.getRun(runId))?.status).toBe("STARTED");
  });

  it("answers not_found for an unknown run", async () => {
    expect(await deleteRun(instance, "no-such-run")).toEqual({
      kind: "not_found",
      runId: "no-such-run",
      message: "Run no-such-run could not be found.",
    });
  });
});

describe("launchRun", () => {
  it("stores the run at the time given, with the job's location tag, and submits it to the coordinator", async () => {
    const outcome = await launchRun(instance, { ...hello, tags: { team: "data" } }, NOW);
    if (outcome.kind !== "launched") throw new Error(`expected launched, got ${outcome.kind}`);
    expect(outcome.run).toMatchObject({ jobName: "hello_job", status: "QUEUED", createTime: NOW });
    expect(outcome.run.tags).toMatchObject({ team: "data", ".dagster/repository": "__repository__@example" });
    expect((await storage.runs.getRun(outcome.run.runId))?.createTime).toBe(NOW);
  });

  it("answers job_not_found naming the job, and stores nothing", async () => {
    const runId = uniqueId("missing");
    expect(await launchRun(instance, { ...hello, jobName: "no_such_job", runId }, NOW)).toEqual({
      kind: "job_not_found",
      ...example,
      jobName: "no_such_job",
      message: "Could not find Pipeline example.__repository__.no_such_job",
    });
    expect(await storage.runs.getRun(runId)).toBeNull();
  });

  it("answers invalid_subset for an op selection that names no op", async () => {
    const outcome = await launchRun(instance, { ...hello, opSelection: ["no_such_op"] }, NOW);
    expect(outcome).toMatchObject({ kind: "invalid_subset", message: expect.stringContaining("no_such_op") });
  });

  it("answers invalid_run_config with every error at its path, and stores nothing", async () => {
    const runId = uniqueId("bad-config");
    const outcome = await launchRun(
      instance,
      { ...example, jobName: "etl_job", runId, runConfig: { ops: { extract: { config: {} } } } },
      NOW,
    );
    if (outcome.kind !== "invalid_run_config")
      throw new Error(`expected invalid_run_config, got ${outcome.kind}`);
    expect(outcome.jobName).toBe("etl_job");
    expect(outcome.errors).toContainEqual(
      expect.objectContaining({
        path: ["ops", "extract", "config"],
        message: expect.stringContaining("source_url"),
      }),
    );
    expect(await storage.runs.getRun(runId)).toBeNull();
  });

  it("answers invalid_step for a step key the job does not have", async () => {
    expect(await launchRun(instance, { ...hello, stepKeys: ["no_such_step"] }, NOW)).toEqual({
      kind: "invalid_step",
      stepKey: "no_such_step",
    });
  });

  it("answers run_conflict for a run id already used, leaving the first run as it was", async () => {
    const runId = uniqueId("twice");
    expect((await launchRun(instance, { ...hello, runId }, NOW)).kind).toBe("launched");
    const outcome = await launchRun(instance, { ...hello, runId, tags: { other: "x" } }, NOW + 1);
    expect(outcome).toMatchObject({ kind: "run_conflict", message: expect.stringContaining(runId) });
    const stored = await storage.runs.getRun(runId);
    expect(stored?.createTime).toBe(NOW);
    expect(stored?.tags.other).toBeUndefined();
  });

  it("answers location_error with the load error of a location that cannot load", async () => {
    const outcome = await launchRun(
      instanceWithUnboundLocation(),
      { locationName: "unbound", repositoryName: "__repository__", jobName: "hello_job" },
      NOW,
    );
    expect(outcome).toMatchObject({
      kind: "location_error",
      error: { message: expect.stringContaining("NO_SUCH_LOCATION") },
    });
  });
});

describe("reexecuteRun", () => {
  it("re-executes FROM_FAILURE only the failed and unexecuted steps, linked to the parent, with its tags and the extra ones", async () => {
    const parentRunId = await failedFailingJobRun();
    const outcome = await reexecuteRun(
      instance,
      { parentRunId, strategy: "FROM_FAILURE", extraTags: { attempt: "2" } },
      NOW,
    );
    if (outcome.kind !== "launched") throw new Error(`expected launched, got ${outcome.kind}`);
    expect(outcome.run).toMatchObject({
      jobName: "failing_job",
      parentRunId,
      rootRunId: parentRunId,
      stepKeysToExecute: ["explode", "after_explode"],
      createTime: NOW,
    });
    expect(outcome.run.tags).toMatchObject({
      team: "data",
      attempt: "2",
      "dagster/parent_run_id": parentRunId,
      "dagster/root_run_id": parentRunId,
    });
  });

  it("re-executes ALL_STEPS of a run that succeeded, and a fixed run id cannot launch twice", async () => {
    const parentRunId = await storedRun("hello_job", SUCCEEDED);
    const runId = uniqueId("retry");
    const first = await reexecuteRun(instance, { parentRunId, strategy: "ALL_STEPS", runId }, NOW);
    expect(first).toMatchObject({ kind: "launched", run: { runId, parentRunId, stepKeysToExecute: null } });
    expect((await reexecuteRun(instance, { parentRunId, strategy: "ALL_STEPS", runId }, NOW)).kind).toBe(
      "run_conflict",
    );
  });

  it("answers parent_not_found for an unknown parent run", async () => {
    expect(await reexecuteRun(instance, { parentRunId: "no-such-run", strategy: "ALL_STEPS" }, NOW)).toEqual({
      kind: "parent_not_found",
      runId: "no-such-run",
      message: "Run no-such-run could not be found.",
    });
  });

  it("answers not_reexecutable for FROM_FAILURE of a run that did not fail", async () => {
    const parentRunId = await storedRun("hello_job", SUCCEEDED);
    expect(await reexecuteRun(instance, { parentRunId, strategy: "FROM_FAILURE" }, NOW)).toEqual({
      kind: "not_reexecutable",
      message: `Cannot re-execute run ${parentRunId} from failure: its status is SUCCESS, not FAILURE.`,
    });
  });

  it("answers job_not_found when the parent's job is no longer in its location", async () => {
    const parentRunId = await failedFailingJobRun("retired_job");
    const outcome = await reexecuteRun(instance, { parentRunId, strategy: "FROM_FAILURE" }, NOW);
    expect(outcome).toMatchObject({
      kind: "job_not_found",
      jobName: "retired_job",
      message: `Job retired_job of run ${parentRunId} is no longer in location example.`,
    });
  });
});
