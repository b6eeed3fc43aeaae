/**
 * etl_job: extract → transform_a / transform_b (fan-out of one op under two aliases) → load (fan-in).
 * `extract` needs `ops.extract.config.source_url`; `load` uses the configurable `warehouse` resource;
 * the transforms print their progress (their stdout).
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "dagflare";
import { warehouseResource } from "./warehouse-resource";

const extract = defineOp({
  name: "extract",
  description: "Reads up to `limit` rows from `source_url` (simulated, deterministic).",
  config: z.object({
    source_url: z.string().describe("Where to read rows from."),
    limit: z.number().int().min(0).default(10).describe("How many rows to read."),
  }),
  outs: { rows: z.array(z.string()).describe("The rows read.") },
  tags: { team: "data" },
  fn: async (ctx) => {
    const rows = Array.from({ length: ctx.config.limit }, (_, index) => `${ctx.config.source_url}#${index}`);
    ctx.log.info(`extracted ${rows.length} rows from ${ctx.config.source_url}`);
    return { rows };
  },
});

const transform = defineOp({
  name: "transform",
  description: "Counts the rows.",
  ins: { rows: z.array(z.string()) },
  out: z.number().int(),
  fn: async (ctx, { rows }) => {
    console.log(`${ctx.stepKey}: counting ${rows.length} rows`);
    // Counting takes a moment (simulated), so under the multi executor transform_a and transform_b overlap.
    await ctx.sleep(50);
    console.log(`${ctx.stepKey}: counted`);
    ctx.log.info(`${ctx.stepKey} counted ${rows.length} rows`);
    return rows.length;
  },
});

const load = defineOp({
  name: "load",
  description: "Writes every count to the warehouse and reports the table as an asset.",
  ins: { counts: z.array(z.number().int()) },
  out: z.number().int(),
  requiredResources: { warehouse: warehouseResource },
  fn: async (ctx, { counts }) => {
    const { warehouse } = ctx.resources;
    ctx.log.info(warehouse.insert(counts));
    const total = counts.reduce((sum, count) => sum + count, 0);
    ctx.reportAssetMaterialization({ assetKey: ["warehouse", warehouse.table], metadata: { total } });
    return total;
  },
});

export const etlJob = defineJob({
  name: "etl_job",
  description: "Extracts rows, counts them twice in parallel, loads the counts.",
  tags: { team: "data" },
  resources: { warehouse: warehouseResource },
  graph: () => {
    const { rows } = extract();
    const a = transform.alias("transform_a")({ rows });
    const b = transform.alias("transform_b")({ rows });
    load({ counts: [a, b] });
  },
});
