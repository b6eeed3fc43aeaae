/**
 * slow_job: one op that runs for `seconds` (default 30), logging progress each second; for
 * termination tests.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "../../../shared/definitions";

const sleepOneSecond = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1000));

const slowOp = defineOp({
  name: "slow_op",
  config: z.object({ seconds: z.number().int().min(0).default(30) }),
  out: z.number().int(),
  fn: async (ctx) => {
    for (let second = 1; second <= ctx.config.seconds; second += 1) {
      await sleepOneSecond();
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
