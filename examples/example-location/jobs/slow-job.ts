/**
 * slow_job: one op that runs for `seconds` (default 30), logging progress each second; for
 * termination tests. It waits with `ctx.sleep`, so termination stops it at once; with
 * `ignore_termination: true` it waits on plain timers instead, as an op that ignores its signal would.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "dagflare";

const timer = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const slowOp = defineOp({
  name: "slow_op",
  config: z.object({
    seconds: z.number().int().min(0).default(30),
    ignore_termination: z
      .boolean()
      .default(false)
      .describe("Wait without watching context.signal, so termination cannot stop the op."),
  }),
  out: z.number().int(),
  fn: async (ctx) => {
    for (let second = 1; second <= ctx.config.seconds; second += 1) {
      await (ctx.config.ignore_termination ? timer(1000) : ctx.sleep(1000));
      ctx.log.info(`slow_op: ${second}/${ctx.config.seconds} s`);
    }
    return ctx.config.seconds;
  },
});

export const slowJob = defineJob({
  name: "slow_job",
  description: "Takes its time (30 s by default).",
  graph: () => {
    slowOp();
  },
});
