/**
 * The `dagflare` package's entry: everything a code location imports — the definitions SDK, `serve()` for
 * its Worker and `defineRunWorker()` for the Durable Object that runs its jobs. `z` is the SDK's own zod, so
 * a location's config and output schemas are read by the same zod the SDK introspects.
 * @module
 */
export * from "../shared/definitions";
export { serve } from "../shared/code-location/serve";
export { defineRunWorker } from "../shared/run-worker/adapter/durable-object/define-run-worker";
export { z } from "zod";
