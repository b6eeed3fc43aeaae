// Plans downstream of a dynamic output: unresolved steps `node[?]`, their resolution once mapping keys
// are known, step selections of mapped steps, and which steps a re-execution from failure runs.
import { describe, expect, it } from "vitest";
import { loadExampleDefinitions } from "../../../examples/example-location/definitions";
import {
  buildExecutionPlan,
  isUnresolved,
  planExecutes,
  resolveStep,
  rootsOf,
  unknownStepKey,
} from "../../../shared/planning/execution-plan";
import { reexecutionStepKeys } from "../../../shared/planning/reexecution-step-keys";

const snapshot = await loadExampleDefinitions().snapshot();
const fanOut = snapshot.jobs.find((job) => job.name === "fan_out_job");
if (fanOut === undefined) throw new Error("test setup: no fan_out_job");
const keys = (steps: readonly { key: string }[]) => steps.map((step) => step.key);

describe("an unresolved plan", () => {
  const plan = buildExecutionPlan(fanOut);

  it("holds one node[?] step per mapped node and a collecting step with pending inputs", () => {
    expect(keys(plan.steps)).toEqual(["split_chunks", "process[?]", "double[?]", "merge"]);
    expect(plan.steps.map(isUnresolved)).toEqual([false, true, true, true]);
    const [, processStep, doubleStep, merge] = plan.steps;
    expect(processStep?.inputs[0]).toEqual({
      name: "chunk",
      typeName: "Array<Float>",
      isFanIn: false,
      sources: [],
      pending: {
        kind: "MAPPED",
        node: "split_chunks",
        outputName: "result",
        root: { stepKey: "split_chunks", outputName: "result" },
      },
    });
    expect(doubleStep?.mapped).toEqual({
      nodeName: "double",
      root: { stepKey: "split_chunks", outputName: "result" },
      mappingKey: "?",
    });
    expect(merge?.inputs[0]?.pending).toEqual({
      kind: "COLLECT",
      node: "double",
      outputName: "result",
      root: { stepKey: "split_chunks", outputName: "result" },
    });
    expect(merge && rootsOf(merge)).toEqual([{ stepKey: "split_chunks", outputName: "result" }]);
  });

  it("resolves into one step per mapping key, and a collecting step reading each of them", () => {
    const executes = planExecutes(plan);
    const mappingKeys = () => ["a", "b"];
    const [, processStep, doubleStep, merge] = plan.steps;
    if (!processStep || !doubleStep || !merge) throw new Error("test setup");
    const processes = resolveStep(processStep, mappingKeys, executes);
    expect(keys(processes)).toEqual(["process[a]", "process[b]"]);
    expect(processes[1]?.inputs[0]?.sources).toEqual([
      { stepKey: "split_chunks", outputName: "result", mappingKey: "b", fromParentRun: false },
    ]);
    expect(resolveStep(doubleStep, mappingKeys, executes)[0]?.inputs[0]?.sources).toEqual([
      { stepKey: "process[a]", outputName: "result", fromParentRun: false },
    ]);
    const [resolvedMerge] = resolveStep(merge, mappingKeys, executes);
    expect(resolvedMerge?.inputs[0]).toMatchObject({
      isFanIn: true,
      collects: { stepKey: "split_chunks", outputName: "result" },
      sources: [
        { stepKey: "double[a]", outputName: "result", fromParentRun: false },
        { stepKey: "double[b]", outputName: "result", fromParentRun: false },
      ],
    });
    expect(resolvedMerge && isUnresolved(resolvedMerge)).toBe(false);
    expect(resolveStep(processStep, () => [], executes)).toEqual([]);
  });
});

describe("selecting mapped steps", () => {
  it("plans one mapped step at once, reading its mapping key from the parent run", () => {
    const plan = buildExecutionPlan(fanOut, { stepKeysToExecute: ["process[chunk_2]"] });
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]).toMatchObject({ key: "process[chunk_2]", mapped: { mappingKey: "chunk_2" } });
    expect(plan.steps[0]?.inputs[0]?.sources).toEqual([
      { stepKey: "split_chunks", outputName: "result", mappingKey: "chunk_2", fromParentRun: true },
    ]);
    expect(plan.steps.some(isUnresolved)).toBe(false);
  });

  it("collects from the parent run what the plan does not execute", () => {
    const plan = buildExecutionPlan(fanOut, { stepKeysToExecute: ["double[b]", "merge"] });
    const merge = plan.steps.find((step) => step.key === "merge");
    if (!merge) throw new Error("test setup");
    const [resolved] = resolveStep(merge, () => ["a", "b"], planExecutes(plan));
    expect(resolved?.inputs[0]?.sources.map((source) => [source.stepKey, source.fromParentRun])).toEqual([
      ["double[a]", true],
      ["double[b]", false],
    ]);
  });

  it("refuses a mapped node without a mapping key, and a plain node with one, listing the step keys", () => {
    expect(() =>
      buildExecutionPlan(fanOut, { stepKeysToExecute: ["process", "merge[a]", "double[x-y]"] }),
    ).toThrow(
      'stepKeysToExecute: job "fan_out_job" has no step(s) "process", "merge[a]", "double[x-y]" (steps: split_chunks, process[?], double[?], merge)',
    );
    expect(unknownStepKey(fanOut, ["process[a]", "double[?]", "merge"])).toBeUndefined();
    expect(unknownStepKey(fanOut, ["merge", "split_chunks[a]"])).toBe("split_chunks[a]");
  });
});

describe("re-execution from failure of a mapped run", () => {
  const plan = buildExecutionPlan(fanOut);

  it("runs the failed mapped step, its chained step and the collect; not the chunks that succeeded", () => {
    const statuses = {
      split_chunks: "SUCCESS",
      "process[chunk_1]": "SUCCESS",
      "process[chunk_2]": "FAILURE",
      "double[chunk_1]": "SUCCESS",
      "double[chunk_2]": "SKIPPED",
      merge: "SKIPPED",
    } as const;
    expect(reexecutionStepKeys(plan, statuses, "FROM_FAILURE")).toEqual([
      "process[chunk_2]",
      "double[chunk_2]",
      "merge",
    ]);
  });

  it("maps anew (node[?]) when the dynamic step itself failed", () => {
    expect(reexecutionStepKeys(plan, { split_chunks: "FAILURE", merge: "SKIPPED" }, "FROM_FAILURE")).toEqual([
      "split_chunks",
      "process[?]",
      "double[?]",
      "merge",
    ]);
  });

  it("re-runs a collect that failed on its own, loading every mapped value from the parent", () => {
    const statuses = {
      split_chunks: "SUCCESS",
      "process[a]": "SUCCESS",
      "double[a]": "SUCCESS",
      merge: "FAILURE",
    } as const;
    expect(reexecutionStepKeys(plan, statuses, "FROM_FAILURE")).toEqual(["merge"]);
    expect(reexecutionStepKeys(plan, statuses, "ALL_STEPS")).toEqual([
      "split_chunks",
      "process[?]",
      "double[?]",
      "merge",
    ]);
  });
});
