/**
 * hello_job: the smallest job, one op that logs a greeting and returns it.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "../../../shared/definitions";

const hello = defineOp({
  name: "hello",
  description: "Logs a greeting and returns it.",
  out: z.string(),
  fn: async (ctx) => {
    const greeting = `Hello from Dagflare (run ${ctx.runId})`;
    ctx.log.info(greeting);
    return greeting;
  },
});

export const helloJob = defineJob({
  name: "hello_job",
  description: "Says hello.",
  graph: () => {
    hello();
  },
});
