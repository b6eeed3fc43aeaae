/**
 * retry_job: an op that fails on attempts 0 and 1 and succeeds on attempt 2 under
 * `RetryPolicy({ maxRetries: 3 })`; it decides on `ctx.attempt`, so any isolate gives the same outcome.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp, RetryPolicy } from "dagflare";

const SUCCEEDS_ON_ATTEMPT = 2;

const flaky = defineOp({
  name: "flaky",
  out: z.string(),
  retryPolicy: RetryPolicy({ maxRetries: 3 }),
  fn: async (ctx) => {
    if (ctx.attempt < SUCCEEDS_ON_ATTEMPT) throw new Error(`flaky: failing on attempt ${ctx.attempt}`);
    ctx.log.info(`flaky: succeeded on attempt ${ctx.attempt}`);
    return `succeeded on attempt ${ctx.attempt}`;
  },
});

export const retryJob = defineJob({
  name: "retry_job",
  description: "Succeeds on its third attempt.",
  graph: () => {
    flaky();
  },
});
