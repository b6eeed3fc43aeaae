/**
 * Choosing a run's IO manager in run config, as Dagster's `io_manager` resource is configured:
 * `resources: { io_manager: { config: { r2: { binding: OUTPUTS } } } }` keeps the run's outputs in that
 * R2 bucket; `{ kv: {} }`, or no `io_manager` entry, keeps them in the run worker's own storage. The
 * schema is part of every job's run config schema, so the webserver checks it before a run is stored.
 * @module
 */
import { z } from "zod";

/** `r2`: the name of the R2 bucket binding in the code location's wrangler.toml (`[[r2_buckets]]`). */
export const R2IOManagerConfigSchema = z.strictObject({
  binding: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "expected the name of an R2 bucket binding, e.g. OUTPUTS"),
});

/** `resources.io_manager.config`: exactly one of kv (the default) or r2. */
export const IOManagerConfigSchema = z.xor([
  z.strictObject({ kv: z.strictObject({}) }),
  z.strictObject({ r2: R2IOManagerConfigSchema }),
]);
