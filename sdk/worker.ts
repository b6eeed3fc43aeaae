/**
 * `dagflare/worker`: what a code location's Worker entry exports — `serve()` for its default export (the
 * code location protocol over RPC and HTTP) and `defineRunWorker()` for the RunWorker Durable Object that
 * executes its runs. Workers runtime only (`cloudflare:workers`), hence apart from the SDK.
 * @module
 */
export { serve } from "../shared/code-location/serve";
export { defineRunWorker } from "../shared/run-worker/adapter/durable-object/define-run-worker";
