/**
 * pooled_job: two steps in the op concurrency pool "warehouse", each working for `ms` (default 300 ms),
 * so pool limits can be seen holding across runs. Waits with `ctx.sleep`, so termination stops it.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "dagflare";

export const WAREHOUSE_POOL = "warehouse";

const warehouseWrite = defineOp({
  name: "warehouse_write",
  description: 'Writes to the warehouse, which takes only so many writers at once (pool "warehouse").',
  pool: WAREHOUSE_POOL,
  config: z.object({ ms: z.number().int().min(0).default(300) }),
  out: z.number().int(),
  fn: async (ctx) => {
    await ctx.sleep(ctx.config.ms);
    return ctx.config.ms;
  },
});

export const pooledJob = defineJob({
  name: "pooled_job",
  description: "Two steps in the warehouse pool.",
  graph: () => {
    warehouseWrite.alias("write_a")();
    warehouseWrite.alias("write_b")();
  },
});
