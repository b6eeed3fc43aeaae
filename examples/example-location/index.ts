/**
 * The example code location Worker (`dagflare-example`): its definitions served over RPC and HTTP, and
 * the RunWorker Durable Object that executes runs of its jobs.
 * @module
 */
import { defineRunWorker, serve } from "dagflare/worker";
import { loadExampleDefinitions } from "./definitions";

export default serve(loadExampleDefinitions);

export const RunWorker = defineRunWorker(loadExampleDefinitions);
