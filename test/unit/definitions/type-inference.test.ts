// The SDK's types are part of its contract: this file fails `tsc --noEmit` when inference regresses
// (each @ts-expect-error must still be an error), and its test checks the same job at run time.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  defineDefinitions,
  defineJob,
  defineOp,
  defineResource,
  RetryPolicy,
  type OutputHandle,
} from "../../../shared/definitions";

const warehouse = defineResource({
  config: z.object({ prefix: z.string().default("t_") }),
  create: ({ config }) => ({ table: (name: string) => `${config.prefix}${name}` }),
});

const extract = defineOp({
  name: "extract",
  config: z.object({ source_url: z.string(), limit: z.number().int().default(10) }),
  outs: { rows: z.array(z.string()), note: z.string().optional() },
  requiredResources: ["warehouse"],
  retryPolicy: RetryPolicy({ maxRetries: 2, delay: 0.1, backoff: "EXPONENTIAL" }),
  fn: async (ctx) => {
    const url: string = ctx.config.source_url;
    const limit: number = ctx.config.limit;
    // @ts-expect-error config fields are typed, not any
    const wrong: number = ctx.config.source_url;
    // @ts-expect-error only declared resources exist
    void ctx.resources.other;
    const unknownWarehouse: unknown = ctx.resources.warehouse;
    void [wrong, unknownWarehouse];
    return { rows: [url, String(limit)] };
  },
});
const transform = defineOp({
  name: "transform",
  ins: { rows: z.array(z.string()) },
  out: z.number(),
  fn: async (_ctx, { rows }) => rows.length,
});
const load = defineOp({
  name: "load",
  ins: { counts: z.array(z.number()) },
  requiredResources: { warehouse },
  fn: async (ctx, { counts }) => ctx.resources.warehouse.table(String(counts.length)),
});

const job = defineJob({
  name: "typed_job",
  resources: { warehouse },
  graph: () => {
    const { rows } = extract();
    const a = transform.alias("transform_a")({ rows });
    const b = transform.alias("transform_b")({ rows });
    load({ counts: [a, b] });
  },
});

/** Wiring mistakes the compiler must reject (never run: it would record extra nodes). */
export function rejectedWiring(): void {
  const { rows } = extract();
  const count: OutputHandle<number> = transform({ rows });
  // @ts-expect-error a number output cannot feed a string[] input
  transform({ rows: count });
  // @ts-expect-error a required input cannot be left out
  transform({});
  // @ts-expect-error an op without inputs takes no argument
  extract({ rows });
}

// @ts-expect-error fn must return the declared output type
defineOp({ name: "bad_return", out: z.number(), fn: async () => "not a number" });
// @ts-expect-error named outputs must all be returned (optional ones may be left out)
defineOp({ name: "bad_outs", outs: { a: z.string(), b: z.string() }, fn: async () => ({ a: "x" }) });

describe("type inference", () => {
  it("builds the job the types describe", async () => {
    const nodes = (await defineDefinitions({ jobs: [job] }).snapshot()).jobs[0]?.ops.map((op) => op.name);
    expect(nodes).toEqual(["extract", "transform_a", "transform_b", "load"]);
  });
});
