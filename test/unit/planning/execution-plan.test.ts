import { z } from "zod";
import { describe, expect, it } from "vitest";
import { defineDefinitions, defineJob, defineOp } from "../../../shared/definitions";
import { buildExecutionPlan } from "../../../shared/planning/execution-plan";
import { reexecutionStepKeys } from "../../../shared/planning/reexecution-step-keys";
import { diamondJob, failingJob } from "../executor/sample-jobs";

const split = defineOp({
  name: "split",
  outs: { evens: z.array(z.number()), odds: z.array(z.number()).optional() },
  tags: { kind: "cpu" },
  fn: async () => ({ evens: [2], odds: [1] }),
});
const count = defineOp({
  name: "count",
  ins: { items: z.array(z.number()).optional() },
  out: z.number(),
  fn: async (_ctx, { items }) => items?.length ?? 0,
});
const multiOutputJob = defineJob({
  name: "multi_output_job",
  graph: () => {
    const { evens, odds } = split();
    count.alias("count_evens")({ items: evens });
    count.alias("count_odds")({ items: odds });
  },
});

const snapshot = await defineDefinitions({ jobs: [diamondJob, failingJob, multiOutputJob] }).snapshot();
function job(name: string) {
  const found = snapshot.jobs.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no job ${name}`);
  return found;
}
const keys = (plan: { steps: readonly { key: string }[] }) => plan.steps.map((step) => step.key);

describe("buildExecutionPlan", () => {
  it("orders steps topologically, with fan-out and fan-in inputs", () => {
    const plan = buildExecutionPlan(job("diamond_job"));
    expect(keys(plan)).toEqual(["emit_one", "add_a", "add_b", "total"]);
    const [, addA, , total] = plan.steps;
    expect(addA).toMatchObject({
      key: "add_a",
      opName: "add_one",
      outputs: [{ name: "result", typeName: "Float", isRequired: true }],
    });
    expect(addA?.inputs).toEqual([
      {
        name: "value",
        typeName: "Float",
        isFanIn: false,
        sources: [{ stepKey: "emit_one", outputName: "result", fromParentRun: false }],
      },
    ]);
    expect(total?.inputs[0]).toMatchObject({
      name: "values",
      isFanIn: true,
      sources: [
        { stepKey: "add_a", outputName: "result", fromParentRun: false },
        { stepKey: "add_b", outputName: "result", fromParentRun: false },
      ],
    });
  });

  it("re-sorts a snapshot whose nodes arrive out of order", () => {
    const diamond = job("diamond_job");
    const plan = buildExecutionPlan({ ...diamond, ops: [...diamond.ops].reverse() });
    const position = new Map(keys(plan).map((key, index) => [key, index]));
    for (const step of plan.steps) {
      for (const source of step.inputs.flatMap((input) => input.sources))
        expect(position.get(source.stepKey)).toBeLessThan(position.get(step.key) ?? -1);
    }
    expect(keys(plan)).toHaveLength(4);
  });

  it("keeps named outputs, optional outputs, tags and which output feeds which input", () => {
    const plan = buildExecutionPlan(job("multi_output_job"));
    expect(plan.steps[0]).toMatchObject({
      key: "split",
      tags: { kind: "cpu" },
      outputs: [
        { name: "evens", isRequired: true },
        { name: "odds", isRequired: false },
      ],
    });
    expect(plan.steps.find((step) => step.key === "count_odds")?.inputs[0]?.sources).toEqual([
      { stepKey: "split", outputName: "odds", fromParentRun: false },
    ]);
  });

  it("executes only the selected steps, reading the others' outputs from the parent run", () => {
    const plan = buildExecutionPlan(job("diamond_job"), { stepKeysToExecute: ["total", "add_b"] });
    expect(keys(plan)).toEqual(["add_b", "total"]);
    expect(plan.steps[0]?.inputs[0]?.sources).toEqual([
      { stepKey: "emit_one", outputName: "result", fromParentRun: true },
    ]);
    expect(plan.steps[1]?.inputs[0]?.sources.map((source) => [source.stepKey, source.fromParentRun])).toEqual(
      [
        ["add_a", true],
        ["add_b", false],
      ],
    );
  });

  it("rejects unknown step keys with BAD_REQUEST naming them", () => {
    expect(() =>
      buildExecutionPlan(job("diamond_job"), { stepKeysToExecute: ["total", "nope", "add_c"] }),
    ).toThrow(
      expect.objectContaining({
        code: "BAD_REQUEST",
        message:
          'stepKeysToExecute: job "diamond_job" has no step(s) "nope", "add_c" (steps: emit_one, add_a, add_b, total)',
      }),
    );
  });

  it("rejects a snapshot with a cycle or a dangling dependency", () => {
    const diamond = job("diamond_job");
    const cyclic = diamond.ops.map((node) =>
      node.name === "emit_one"
        ? {
            ...node,
            inputs: [
              {
                name: "x",
                typeName: "Any",
                dependsOn: [{ node: "total", output: "result" }],
                isFanIn: false,
              },
            ],
          }
        : node,
    );
    expect(() => buildExecutionPlan({ ...diamond, ops: cyclic })).toThrow(/cycle between ops: .*total/);
    const dangling = diamond.ops.map((node) =>
      node.name === "total"
        ? {
            ...node,
            inputs: [
              {
                name: "values",
                typeName: "Any",
                dependsOn: [{ node: "ghost", output: "result" }],
                isFanIn: false,
              },
            ],
          }
        : node,
    );
    expect(() => buildExecutionPlan({ ...diamond, ops: dangling })).toThrow(
      expect.objectContaining({
        code: "INVALID_DEFINITION",
        message: 'job "diamond_job": node "total" depends on unknown node(s) ghost',
      }),
    );
  });
});

describe("reexecutionStepKeys", () => {
  const plan = buildExecutionPlan(job("failing_job"));

  it("FROM_FAILURE takes failed, skipped and unrun steps plus everything downstream", () => {
    expect(
      reexecutionStepKeys(
        plan,
        {
          emit_one: "SUCCESS",
          explode: "FAILURE",
          after: "SKIPPED",
          emit_side: "SUCCESS",
          add_side: "SUCCESS",
        },
        "FROM_FAILURE",
      ),
    ).toEqual(["explode", "after"]);
    expect(
      reexecutionStepKeys(
        plan,
        { emit_one: "SUCCESS", explode: "SUCCESS", after: "SUCCESS", emit_side: "FAILURE" },
        "FROM_FAILURE",
      ),
    ).toEqual(["emit_side", "add_side"]);
    expect(
      reexecutionStepKeys(
        plan,
        {
          emit_one: "IN_PROGRESS",
          explode: "SUCCESS",
          after: "SUCCESS",
          emit_side: "SUCCESS",
          add_side: "SUCCESS",
        },
        "FROM_FAILURE",
      ),
    ).toEqual(["emit_one", "explode", "after"]);
  });

  it("FROM_FAILURE of a run where everything succeeded is empty; ALL_STEPS is every step", () => {
    const allSucceeded = Object.fromEntries(keys(plan).map((key) => [key, "SUCCESS" as const]));
    expect(reexecutionStepKeys(plan, allSucceeded, "FROM_FAILURE")).toEqual([]);
    expect(reexecutionStepKeys(plan, allSucceeded, "ALL_STEPS")).toEqual(keys(plan));
  });

  it("stays within the parent's own plan when the parent was itself a re-execution", () => {
    const parentPlan = buildExecutionPlan(job("failing_job"), { stepKeysToExecute: ["explode", "after"] });
    expect(reexecutionStepKeys(parentPlan, { explode: "FAILURE", after: "SKIPPED" }, "FROM_FAILURE")).toEqual(
      ["explode", "after"],
    );
  });
});
