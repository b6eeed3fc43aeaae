/**
 * The example code location Worker (`dagflare-example`): its definitions served over RPC and HTTP, and
 * the RunWorker Durable Object that executes runs of its jobs.
 * @module
 */
import { defineRunWorker } from "../../shared/run-worker/adapter/durable-object/define-run-worker";
import { serve } from "../../shared/code-location/serve";
import { loadExampleDefinitions } from "./definitions";

export default serve(loadExampleDefinitions);

export const RunWorker = defineRunWorker(loadExampleDefinitions);
