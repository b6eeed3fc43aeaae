// The SDK's dynamic outputs, hooks and optional outputs: what a code location refuses to load, what
// its snapshot says, and how one step of a mapped node executes.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { loadExampleDefinitions } from "../../../examples/example-location/definitions";
import {
  DagsterInvalidDefinitionError,
  defineDefinitions,
  defineJob,
  defineOp,
  defineSuccessHook,
  DynamicOut,
  DynamicOutput,
  Out,
  Output,
} from "../../../shared/definitions";
import type { ExecuteStepRequest } from "../../../shared/protocol/code-location-protocol";
import { expectInvalid } from "./sample-ops";

const items = defineOp({
  name: "items",
  out: DynamicOut(z.number()),
  fn: async () => [new DynamicOutput(1, "one"), new DynamicOutput(2, "two")],
});
const letters = defineOp({
  name: "letters",
  out: DynamicOut(z.string()),
  fn: async () => [new DynamicOutput("a", "a")],
});
const inc = defineOp({
  name: "inc",
  ins: { value: z.number() },
  out: z.number(),
  fn: async (_ctx, { value }) => value + 1,
});
const pair = defineOp({
  name: "pair",
  ins: { left: z.number(), right: z.string() },
  fn: async () => undefined,
});
const total = defineOp({
  name: "total",
  ins: { values: z.array(z.number()) },
  out: z.number(),
  fn: async (_ctx, { values }) => values.reduce((a, b) => a + b, 0),
});
const nested = defineOp({
  name: "nested",
  ins: { value: z.number() },
  out: DynamicOut(z.number()),
  fn: async () => [],
});
const noop = defineSuccessHook({ name: "noop", fn: async () => undefined });

const load =
  (graph: () => void, extra: { hooks?: readonly ReturnType<typeof defineSuccessHook>[] } = {}) =>
  () =>
    defineDefinitions({ jobs: [defineJob({ name: "j", graph, ...extra })] });

describe("dynamic outputs in a graph", () => {
  it("accepts map, chained map and collect", () => {
    expect(
      load(
        () =>
          void total({
            values: items()
              .map((value) => inc.alias("again")({ value: inc({ value }) }))
              .collect(),
          }),
      )().jobNames,
    ).toEqual(["j"]);
  });

  it("refuses a dynamic output passed as an input without map or collect", () => {
    expectInvalid(
      load(() => void inc({ value: items() as never })),
      [
        /node "inc" input "value": output "result" of node "items" is dynamic; map over it \(\.map\(fn\)\) or fan it in \(\.collect\(\)\)/,
      ],
    );
  });

  it("refuses a node mapped over two dynamic outputs", () => {
    const graph = () => void items().map((left) => letters().map((right) => pair({ left, right })));
    expectInvalid(load(graph), [
      /node "pair" is mapped over dynamic output "result" of node "items" and dynamic output "result" of node "letters"; a node can be mapped over one dynamic output only/,
    ]);
  });

  it("refuses nested dynamic outputs and collecting inside a map", () => {
    expectInvalid(
      load(() => void items().map((value) => nested({ value }))),
      [
        /node "nested" is mapped over dynamic output "result" of node "items" and has dynamic output\(s\) result: nested dynamic outputs are not supported/,
      ],
    );
    const withAll = defineOp({
      name: "with_all",
      ins: { value: z.number(), values: z.array(z.number()) },
      fn: async () => undefined,
    });
    const collectInside = () => {
      const all = items();
      all.map((value) => withAll({ value, values: all.collect() }));
    };
    expectInvalid(load(collectInside), [
      /node "with_all" is mapped over dynamic output "result" of node "items" and collects dynamic output "result" of node "items"; collect outside the map function/,
    ]);
  });

  it("refuses a map function that returns something that is not mapped", () => {
    expectInvalid(
      load(() => void items().map(() => inc.alias("static")({ value: total({ values: [] }) }))),
      [
        /the function mapped over output "result" of node "items" returned output "result" of node "static", which is not mapped over it/,
      ],
    );
  });

  it("checks hook names on jobs and nodes", () => {
    const bad = defineSuccessHook({ name: "bad-name", fn: async () => undefined });
    expectInvalid(
      load(() => void inc.withHooks([noop, noop])({ value: total({ values: [] }) }), { hooks: [bad] }),
      [/job: hook name "bad-name" is invalid/, /node "inc": duplicate hook name "noop"/],
    );
  });

  it("refuses a dynamic output wired by a dependency map, which cannot map or collect", () => {
    const job = defineJob({
      name: "deps_job",
      nodes: [items, inc],
      dependencies: { inc: { value: { node: "items" } } },
    });
    expectInvalid(
      () => defineDefinitions({ jobs: [job] }),
      [
        /node "inc" input "value" depends on dynamic output "result" of node "items"; wire it with \.map\(fn\) or \.collect\(\) in a graph function/,
      ],
    );
  });

  it("refuses a mapping key that is not letters, digits and underscores", () => {
    expect(() => new DynamicOutput(1, "chunk-1")).toThrow(DagsterInvalidDefinitionError);
    expect(() => new DynamicOutput(1, "chunk-1")).toThrow(
      'DynamicOutput mapping_key "chunk-1" is invalid: names must be in regex ^[A-Za-z0-9_]+$ (letters, digits and underscores)',
    );
  });
});

describe("snapshots", () => {
  it("say which outputs are dynamic or optional, which nodes are mapped and which inputs map or collect", async () => {
    const snapshot = await loadExampleDefinitions().snapshot();
    const fanOut = snapshot.jobs.find((job) => job.name === "fan_out_job");
    const node = (name: string) => fanOut?.ops.find((op) => op.name === name);
    expect(node("split_chunks")?.outputs).toEqual([
      { name: "result", typeName: "Array<Float>", isRequired: true, isDynamic: true },
    ]);
    expect(node("process")).toMatchObject({
      mappedOver: { node: "split_chunks", output: "result" },
      inputs: [{ name: "chunk", dynamic: "MAPPED", dependsOn: [{ node: "split_chunks", output: "result" }] }],
    });
    expect(node("double")).toMatchObject({
      mappedOver: { node: "split_chunks", output: "result" },
      inputs: [{ dynamic: "MAPPED", dependsOn: [{ node: "process", output: "result" }] }],
    });
    expect(node("merge")?.mappedOver).toBeUndefined();
    expect(node("merge")?.inputs[0]).toMatchObject({
      dynamic: "COLLECT",
      dependsOn: [{ node: "double", output: "result" }],
    });
    const route = snapshot.jobs
      .find((job) => job.name === "optional_branch_job")
      ?.ops.find((op) => op.name === "route");
    expect(route?.outputs.map((output) => [output.name, output.isRequired])).toEqual([
      ["left", false],
      ["right", false],
    ]);
  });
});

describe("executing one step of a mapped node", () => {
  const seen: (string | undefined)[] = [];
  const show = defineOp({
    name: "show",
    ins: { value: z.number() },
    outs: { doubled: z.number(), note: Out(z.string(), { isRequired: false }) },
    fn: async (ctx, { value }) => {
      seen.push(ctx.stepKey, ctx.mappingKey);
      return { doubled: value * 2 };
    },
  });
  const definitions = defineDefinitions({
    jobs: [defineJob({ name: "j", graph: () => void items().map((value) => show({ value })) })],
  });
  const request = (stepKey: string, inputs: Record<string, unknown> = {}): ExecuteStepRequest => ({
    runId: "r",
    jobName: "j",
    stepKey,
    runConfig: {},
    inputs,
    attempt: 0,
  });

  it("gives the op its step key and mapping key; an optional output left out is absent", async () => {
    expect(await definitions.executeStep(request("show[two]", { value: 2 }))).toMatchObject({
      status: "SUCCESS",
      outputs: { doubled: 4 },
    });
    expect(seen).toEqual(["show[two]", "two"]);
  });

  it("returns dynamic outputs in yield order", async () => {
    expect(await definitions.executeStep(request("items"))).toMatchObject({
      status: "SUCCESS",
      outputs: {},
      dynamicOutputs: {
        result: [
          { mappingKey: "one", value: 1 },
          { mappingKey: "two", value: 2 },
        ],
      },
    });
  });

  it("takes yielded Outputs and DynamicOutputs, refusing one for an output it does not fit", async () => {
    const both = defineOp({
      name: "both",
      outs: { items: DynamicOut(z.number()), count: z.number() },
      fn: async function* () {
        yield new DynamicOutput(5, "five", "items");
        yield new Output(1, "count");
      },
    });
    const wrong = defineOp({
      name: "wrong",
      outs: { count: z.number() },
      fn: async function* () {
        yield new DynamicOutput(1, "one", "count");
      },
    });
    const yielding = defineDefinitions({
      jobs: [defineJob({ name: "y", graph: () => void [both(), wrong()] })],
    });
    const yieldRequest = (stepKey: string): ExecuteStepRequest => ({
      runId: "r",
      jobName: "y",
      stepKey,
      runConfig: {},
      inputs: {},
      attempt: 0,
    });
    expect(await yielding.executeStep(yieldRequest("both"))).toMatchObject({
      status: "SUCCESS",
      outputs: { count: 1 },
      dynamicOutputs: { items: [{ mappingKey: "five", value: 5 }] },
    });
    expect(await yielding.executeStep(yieldRequest("wrong"))).toMatchObject({
      status: "FAILURE",
      error: {
        message:
          'op "wrong" yielded a DynamicOutput for output "count", which is not dynamic: yield an Output',
      },
    });
  });

  it("knows a mapped node only under a mapping key", async () => {
    const result = await definitions.executeStep(request("show", { value: 2 }));
    expect(result).toMatchObject({
      status: "FAILURE",
      error: { message: 'job "j" has no step "show" (steps: items, show[?])' },
    });
  });
});
