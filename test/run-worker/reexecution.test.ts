/**
 * Re-executions (stepKeysToExecute + parentRunId): steps not executed feed their downstream steps with
 * the parent run's outputs, which the parent's RunWorker object serves, following a parent that was
 * itself a re-execution back to the run that produced them.
 */
import { describe, expect, it } from "vitest";
import type { RunRecord } from "../../shared/storage/run-storage";
import { addStartingRun, launchToEnd, typesOf } from "./launched-runs";

const EXPLODE_SUCCEEDS = { ops: { explode: { config: { fail: false } } } };

function reexecutionOf(parent: RunRecord, stepKeysToExecute: string[]): Promise<RunRecord> {
  return addStartingRun("failing_job", {
    runConfig: EXPLODE_SUCCEEDS,
    stepKeysToExecute,
    parentRunId: parent.runId,
    rootRunId: parent.rootRunId ?? parent.runId,
  });
}

describe("re-execution", () => {
  it("from failure: runs explode and after_explode on the parent's output of prepare", async () => {
    const parent = await addStartingRun("failing_job");
    await launchToEnd(parent, "FAILURE");
    const child = await reexecutionOf(parent, ["explode", "after_explode"]);
    const events = await launchToEnd(child, "SUCCESS");
    expect(typesOf(events, "prepare")).toEqual([]);
    expect(
      events.find((event) => event.eventType === "LOADED_INPUT" && event.stepKey === "explode")?.message,
    ).toBe(
      `Loaded input "value" using input manager "io_manager", from output "result" of step "prepare" of parent run ${parent.runId}`,
    );
    expect(
      events.some((event) => event.stepKey === "after_explode" && event.message === "after_explode got 42"),
    ).toBe(true);
  });

  it("of a re-execution: outputs the parent itself loaded come from the run that produced them", async () => {
    const root = await addStartingRun("failing_job");
    await launchToEnd(root, "FAILURE");
    const child = await reexecutionOf(root, ["explode", "after_explode"]);
    await launchToEnd(child, "SUCCESS");
    // prepare's output lives in the root's worker only: the child forwards the lookup.
    const grandchild = await reexecutionOf(child, ["explode", "after_explode"]);
    const events = await launchToEnd(grandchild, "SUCCESS");
    expect(
      events.some((event) => event.stepKey === "after_explode" && event.message === "after_explode got 42"),
    ).toBe(true);
  });

  it("fails the step, naming the output, when the parent never produced it", async () => {
    const parent = await addStartingRun("failing_job");
    await launchToEnd(parent, "FAILURE");
    const events = await launchToEnd(await reexecutionOf(parent, ["after_explode"]), "FAILURE");
    const failure = events.find((event) => event.eventType === "STEP_FAILURE");
    expect(failure).toMatchObject({ stepKey: "after_explode", data: { errorSource: "FRAMEWORK_ERROR" } });
    expect(failure?.data?.error?.message).toMatch(`output "result" of step "explode" (run ${parent.runId})`);
  });
});
