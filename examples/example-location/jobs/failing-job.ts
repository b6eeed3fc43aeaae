/**
 * failing_job: prepare → explode → after_explode, where explode throws (unless
 * `ops.explode.config.fail` is false), so re-execution FROM_FAILURE has a finished step to skip.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "dagflare";

const prepare = defineOp({
  name: "prepare",
  out: z.number(),
  fn: async (ctx) => {
    ctx.log.info("prepared the value 21");
    return 21;
  },
});

const explode = defineOp({
  name: "explode",
  config: z.object({ fail: z.boolean().default(true).describe("Throw instead of doubling the value.") }),
  ins: { value: z.number() },
  out: z.number(),
  fn: async (ctx, { value }) => {
    if (ctx.config.fail) throw new Error(`explode: boom (value was ${value})`);
    return value * 2;
  },
});

const afterExplode = defineOp({
  name: "after_explode",
  ins: { value: z.number() },
  fn: async (ctx, { value }) => {
    ctx.log.info(`after_explode got ${value}`);
  },
});

export const failingJob = defineJob({
  name: "failing_job",
  description: "Fails in its second op.",
  graph: () => {
    afterExplode({ value: explode({ value: prepare() }) });
  },
});
