/**
 * chain_job: 100 trivial ops in a line, each adding one to its input. It shows a long job's graph and
 * is what bench/run-latency.mjs uses to measure per-step overhead.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "dagflare";

export const CHAIN_LENGTH = 100;

const start = defineOp({
  name: "start",
  description: "Starts the count at zero.",
  out: z.number(),
  fn: async () => 0,
});

const increment = defineOp({
  name: "increment",
  description: "Adds one to its input.",
  ins: { value: z.number() },
  out: z.number(),
  fn: async (_ctx, { value }) => value + 1,
});

export const chainJob = defineJob({
  name: "chain_job",
  description: `${CHAIN_LENGTH} trivial ops in a line.`,
  graph: () => {
    let value = start();
    for (let index = 1; index < CHAIN_LENGTH; index++)
      value = increment.alias(`increment_${index}`)({ value });
  },
});
