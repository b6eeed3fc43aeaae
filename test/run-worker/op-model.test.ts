/**
 * The op model end to end: runs of the example location's fan_out_job, hooks_job and optional_branch_job
 * launched into real RunWorker objects, their events as stored through the instance API, re-execution of
 * one mapped step and from failure (the other chunks loaded from the parent run's worker), and how
 * GraphQL shows the mapped steps.
 */
import { describe, expect, it } from "vitest";
import { buildExecutionPlan } from "../../shared/planning/execution-plan";
import { reexecutionStepKeys } from "../../shared/planning/reexecution-step-keys";
import type { EventRecord } from "../../shared/storage/event-log-storage";
import type { RunRecord } from "../../shared/storage/run-storage";
import { findJob } from "../../shared/workspace/lookup";
import { graphql } from "../webserver/graphql-client";
import { addStartingRun, launchToEnd, storage, typesOf, workspace } from "./launched-runs";

const FAIL_CHUNK_2 = { ops: { process: { config: { fail_on: "chunk_2" } } } };

const stepKeysOf = (events: readonly EventRecord[], eventType: string) =>
  events.filter((event) => event.eventType === eventType).map((event) => event.stepKey);
const logOf = (events: readonly EventRecord[], stepKey: string) =>
  events
    .filter((event) => event.stepKey === stepKey && event.eventType === null)
    .map((event) => event.message);

function reexecutionOf(parent: RunRecord, stepKeysToExecute: string[]): Promise<RunRecord> {
  return addStartingRun(parent.jobName, {
    stepKeysToExecute,
    parentRunId: parent.runId,
    rootRunId: parent.rootRunId ?? parent.runId,
  });
}

/** What re-execution FROM_FAILURE picks, as launching one does: the parent's plan and its step stats. */
async function fromFailureStepKeys(parent: RunRecord): Promise<string[]> {
  const lookup = findJob(await workspace.entries(), parent);
  if (lookup.kind !== "found") throw new Error(`test setup: no job ${parent.jobName}`);
  const job = lookup.job;
  const statuses = Object.fromEntries(
    (await storage.events.getStepStatsForRun(parent.runId)).map((step) => [step.stepKey, step.status]),
  );
  return reexecutionStepKeys(
    buildExecutionPlan(job, { stepKeysToExecute: parent.stepKeysToExecute }),
    statuses,
    "FROM_FAILURE",
  );
}

describe("dynamic fan-out and fan-in", () => {
  it("runs a step per chunk under Dagster's mapped step keys and collects their results", async () => {
    const run = await addStartingRun("fan_out_job");
    const events = await launchToEnd(run, "SUCCESS");
    expect(stepKeysOf(events, "STEP_START")).toEqual([
      "split_chunks",
      "process[chunk_1]",
      "process[chunk_2]",
      "process[chunk_3]",
      "double[chunk_1]",
      "double[chunk_2]",
      "double[chunk_3]",
      "merge",
    ]);
    expect(typesOf(events, "process[chunk_2]")).toEqual([
      "STEP_START",
      "LOADED_INPUT",
      "STEP_INPUT",
      "LOG",
      "STEP_OUTPUT",
      "HANDLED_OUTPUT",
      "STEP_SUCCESS",
    ]);
    expect(
      events
        .filter((event) => event.eventType === "STEP_OUTPUT" && event.stepKey === "split_chunks")
        .map((event) => event.data?.mappingKey),
    ).toEqual(["chunk_1", "chunk_2", "chunk_3"]);
    expect(logOf(events, "merge")).toEqual(["merged 3 chunks: [6,14,22] = 42"]);
    const stats = await storage.events.getStepStatsForRun(run.runId);
    expect(stats.map((step) => [step.stepKey, step.status])).toContainEqual(["double[chunk_3]", "SUCCESS"]);
  });

  it("shows the mapped steps in GraphQL: step stats per mapping key, the plan's unresolved steps", async () => {
    const run = await addStartingRun("fan_out_job");
    await launchToEnd(run, "SUCCESS");
    const data = await graphql<{
      runOrError: {
        stepStats: { stepKey: string; status: string }[];
        executionPlan: {
          steps: {
            key: string;
            kind: string;
            solidHandleID: string;
            inputs: { dependsOn: { key: string }[] }[];
          }[];
        };
      };
    }>(
      `query ($runId: ID!) { runOrError(runId: $runId) { ... on Run {
        stepStats { stepKey status }
        executionPlan { steps { key kind solidHandleID inputs { dependsOn { key } } } }
      } } }`,
      { runId: run.runId },
    );
    expect(data.runOrError.stepStats.map((step) => step.stepKey)).toEqual([
      "split_chunks",
      "process[chunk_1]",
      "process[chunk_2]",
      "process[chunk_3]",
      "double[chunk_1]",
      "double[chunk_2]",
      "double[chunk_3]",
      "merge",
    ]);
    expect(
      data.runOrError.executionPlan.steps.map((step) => [
        step.key,
        step.kind,
        step.solidHandleID,
        step.inputs.flatMap((input) => input.dependsOn.map((dep) => dep.key)),
      ]),
    ).toEqual([
      ["split_chunks", "COMPUTE", "split_chunks", []],
      ["process[?]", "UNRESOLVED_MAPPED", "process", ["split_chunks"]],
      ["double[?]", "UNRESOLVED_MAPPED", "double", ["process[?]"]],
      ["merge", "UNRESOLVED_COLLECT", "merge", ["double[?]"]],
    ]);
  });

  it("re-executes from failure: only the failed chunk's steps and the collect run, the others come from the parent run", async () => {
    const parent = await addStartingRun("fan_out_job", { runConfig: FAIL_CHUNK_2 });
    const parentEvents = await launchToEnd(parent, "FAILURE");
    expect(stepKeysOf(parentEvents, "STEP_FAILURE")).toEqual(["process[chunk_2]"]);
    expect(stepKeysOf(parentEvents, "STEP_SKIPPED")).toEqual(["double[chunk_2]", "merge"]);

    const stepKeys = await fromFailureStepKeys(parent);
    expect(stepKeys).toEqual(["process[chunk_2]", "double[chunk_2]", "merge"]);
    const child = await reexecutionOf(parent, stepKeys);
    const events = await launchToEnd(child, "SUCCESS");
    expect(stepKeysOf(events, "STEP_START")).toEqual(["process[chunk_2]", "double[chunk_2]", "merge"]);
    expect(
      events
        .filter((event) => event.eventType === "LOADED_INPUT" && event.stepKey === "merge")
        .map((event) => event.message),
    ).toEqual([
      `Loaded input "totals" using input manager "io_manager", from output "result" of step "double[chunk_1]" of parent run ${parent.runId}`,
      `Loaded input "totals" using input manager "io_manager", from output "result" of step "double[chunk_2]"`,
      `Loaded input "totals" using input manager "io_manager", from output "result" of step "double[chunk_3]" of parent run ${parent.runId}`,
    ]);
    expect(logOf(events, "merge")).toEqual(["merged 3 chunks: [6,14,22] = 42"]);
  });

  it("re-executes one mapped step on its chunk from the parent run", async () => {
    const parent = await addStartingRun("fan_out_job");
    await launchToEnd(parent, "SUCCESS");
    const events = await launchToEnd(await reexecutionOf(parent, ["process[chunk_3]"]), "SUCCESS");
    expect(stepKeysOf(events, "STEP_START")).toEqual(["process[chunk_3]"]);
    expect(events.find((event) => event.eventType === "LOADED_INPUT")?.message).toBe(
      `Loaded input "chunk" using input manager "io_manager", from output "result" (mapping key "chunk_3") of step "split_chunks" of parent run ${parent.runId}`,
    );
    expect(logOf(events, "process[chunk_3]")).toEqual(["process[chunk_3] summed 2 numbers to 11"]);
  });
});

describe("hooks", () => {
  it("emits HOOK_COMPLETED, HOOK_ERRORED and HOOK_SKIPPED after each step; a failing hook leaves the run successful", async () => {
    const events = await launchToEnd(await addStartingRun("hooks_job"), "SUCCESS");
    expect(
      typesOf(events, "greet").filter((type) => type.startsWith("HOOK_") || type === "STEP_SUCCESS"),
    ).toEqual(["STEP_SUCCESS", "HOOK_ERRORED", "HOOK_COMPLETED", "HOOK_SKIPPED"]);
    expect(typesOf(events, "shout").filter((type) => type.startsWith("HOOK_"))).toEqual([
      "HOOK_COMPLETED",
      "HOOK_SKIPPED",
    ]);
    // Hooks run after the step: what they log follows its STEP_SUCCESS.
    expect(typesOf(events, "shout").slice(-4)).toEqual([
      "STEP_SUCCESS",
      "LOG",
      "HOOK_COMPLETED",
      "HOOK_SKIPPED",
    ]);
    const errored = events.find((event) => event.eventType === "HOOK_ERRORED");
    expect(errored).toMatchObject({
      stepKey: "greet",
      level: "ERROR",
      data: { hookName: "broken_notifier", error: { message: "the notifier is down" } },
    });
    expect(logOf(events, "shout")).toContain(
      `hook announce_success: shout of run ${events[0]?.runId} produced {"result":"HELLO"}`,
    );
  });

  it("runs the failure hook with the op's error when a step fails", async () => {
    const events = await launchToEnd(
      await addStartingRun("hooks_job", { runConfig: { ops: { shout: { config: { fail: true } } } } }),
      "FAILURE",
    );
    expect(
      typesOf(events, "shout").filter((type) => type.startsWith("HOOK_") || type === "STEP_FAILURE"),
    ).toEqual(["STEP_FAILURE", "HOOK_SKIPPED", "HOOK_COMPLETED"]);
    expect(logOf(events, "shout")).toContain("hook report_failure: shout failed: shout: lost its voice");
  });
});

describe("optional outputs", () => {
  it("skips the branch reading an output the op did not produce; the run succeeds", async () => {
    const events = await launchToEnd(await addStartingRun("optional_branch_job"), "SUCCESS");
    expect(stepKeysOf(events, "STEP_SKIPPED")).toEqual(["on_right"]);
    expect(stepKeysOf(events, "STEP_SUCCESS")).toEqual(["route", "on_left", "summarize"]);
    expect(logOf(events, "on_left")).toEqual(["on_left: went left"]);
  });

  it("fails the step that leaves out a required output, with Dagster's message", async () => {
    const events = await launchToEnd(
      await addStartingRun("optional_branch_job", {
        runConfig: { ops: { summarize: { config: { forget: true } } } },
      }),
      "FAILURE",
    );
    const failure = events.find((event) => event.eventType === "STEP_FAILURE");
    expect(failure).toMatchObject({
      stepKey: "summarize",
      data: { errorSource: "FRAMEWORK_ERROR", error: { className: "DagsterStepOutputNotFoundError" } },
    });
    expect(failure?.data?.error?.message).toBe(
      'Core compute for op "summarize" did not return an output for non-optional output "summary"',
    );
  });
});
