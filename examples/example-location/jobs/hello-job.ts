/**
 * hello_job: the smallest job, one op that logs a greeting and returns it. It also prints, to show a
 * step's compute logs: console.log goes to its stdout, console.error to its stderr.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "dagflare";

const hello = defineOp({
  name: "hello",
  description: "Logs a greeting and returns it.",
  out: z.string(),
  fn: async (ctx) => {
    const greeting = `Hello from Dagflare (run ${ctx.runId})`;
    ctx.log.info(greeting);
    console.log(greeting);
    console.error(`hello: attempt ${ctx.attempt + 1} of step ${ctx.stepKey}`);
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
