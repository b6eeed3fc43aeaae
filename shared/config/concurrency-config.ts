/**
 * `concurrency` in dagflare.yaml (Dagster 1.10's consolidated concurrency settings): the op concurrency
 * pools. `pools.default_limit` caps every pool no limit was set for (absent: such pools are unlimited);
 * `pools.granularity` says what a slot is held by: `op` (one slot per executing step of the pool, across all
 * runs) or `run` (one slot per run containing a step of the pool, held from its first such step to the
 * run's end). Limits set at run time (GraphQL `setConcurrencyLimit`) override the default per pool.
 * @module
 */
import { z } from "zod";
import { integerField } from "./config-fields";
import { envable, type Resolved } from "./pending-env-value";
import { yamlMapping } from "./yaml-mapping";

export const POOL_GRANULARITIES = ["op", "run"] as const;

export const PoolsConfigSchema = yamlMapping({
  default_limit: integerField(0).optional(),
  granularity: envable(
    z.enum(POOL_GRANULARITIES, { error: `expected one of ${POOL_GRANULARITIES.join(", ")}` }),
  ).default("op"),
});

export const ConcurrencyConfigSchema = yamlMapping({
  pools: PoolsConfigSchema.prefault({}),
});

export type PoolsConfig = Resolved<z.output<typeof PoolsConfigSchema>>;
export type PoolGranularity = (typeof POOL_GRANULARITIES)[number];
