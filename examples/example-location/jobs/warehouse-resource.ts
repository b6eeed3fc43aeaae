/**
 * The `warehouse` resource: a stand-in for a database client, configured per run, so the example
 * shows resource config without needing a network.
 * @module
 */
import { z } from "zod";
import { defineResource } from "dagflare";

export const warehouseResource = defineResource({
  description: "Writes row counts to a (simulated) warehouse table.",
  config: z.object({ table: z.string().default("row_counts") }),
  create: ({ config }) => ({
    table: config.table,
    /** The statement a real client would run; returned so the op can log it. */
    insert: (values: readonly number[]) => `INSERT INTO ${config.table} VALUES (${values.join(", ")})`,
  }),
});
