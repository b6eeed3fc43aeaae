/**
 * The `dagflare` package's entry: the definitions SDK a code location declares its jobs, schedules and
 * sensors with. It runs anywhere (a Worker, the Node run-worker service); the Worker glue is
 * `dagflare/worker`. `z` is the SDK's own zod, so a location's config and output schemas are read by the
 * same zod the SDK introspects.
 * @module
 */
export * from "../shared/definitions";
export { z } from "zod";
