/**
 * fan_out_job: dynamic fan-out and fan-in. split_chunks yields one DynamicOutput per chunk (mapping keys
 * chunk_1, chunk_2, ...); process and then double run once per chunk (steps `process[chunk_1]`,
 * `double[chunk_1]`, ...), and merge collects the doubled sums as a list. `ops.process.config.fail_on`
 * makes one chunk fail, so re-execution from failure has mapped steps to skip and one to run again.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp, DynamicOut, DynamicOutput } from "dagflare";

const splitChunks = defineOp({
  name: "split_chunks",
  description: "Splits 1..size*chunks into `chunks` lists of `size` numbers, one dynamic output each.",
  config: z.object({
    chunks: z.number().int().min(0).max(50).default(3),
    size: z.number().int().min(1).max(100).default(2),
  }),
  out: DynamicOut(z.array(z.number())),
  fn: async function* (ctx) {
    const { chunks, size } = ctx.config;
    for (let chunk = 1; chunk <= chunks; chunk++) {
      const numbers = Array.from({ length: size }, (_, index) => (chunk - 1) * size + index + 1);
      yield new DynamicOutput(numbers, `chunk_${chunk}`);
    }
  },
});

const processChunk = defineOp({
  name: "process",
  description: "Sums one chunk.",
  config: z.object({
    fail_on: z.string().optional().describe("A mapping key whose chunk fails, e.g. chunk_2."),
  }),
  ins: { chunk: z.array(z.number()) },
  out: z.number(),
  fn: async (ctx, { chunk }) => {
    if (ctx.config.fail_on === ctx.mappingKey)
      throw new Error(`process: failing ${ctx.mappingKey} as configured`);
    const sum = chunk.reduce((total, value) => total + value, 0);
    ctx.log.info(`${ctx.stepKey} summed ${chunk.length} numbers to ${sum}`);
    return sum;
  },
});

const double = defineOp({
  name: "double",
  ins: { value: z.number() },
  out: z.number(),
  fn: async (_ctx, { value }) => value * 2,
});

const merge = defineOp({
  name: "merge",
  description: "Collects every chunk's doubled sum.",
  ins: { totals: z.array(z.number()) },
  out: z.number(),
  fn: async (ctx, { totals }) => {
    const total = totals.reduce((sum, value) => sum + value, 0);
    ctx.log.info(`merged ${totals.length} chunks: ${JSON.stringify(totals)} = ${total}`);
    return total;
  },
});

export const fanOutJob = defineJob({
  name: "fan_out_job",
  description: "Dynamic fan-out (map, chained map) and fan-in (collect).",
  graph: () => {
    const doubled = splitChunks().map((chunk) => double({ value: processChunk({ chunk }) }));
    merge({ totals: doubled.collect() });
  },
});
