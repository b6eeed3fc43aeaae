/**
 * The files of a new code location: its definitions with one job, its Worker entry, and its wrangler.toml
 * with the RunWorker Durable Object and the INSTANCE binding back to the instance host (the shape of
 * examples/example-location/wrangler.toml). Everything is imported from the `dagflare` package (`dagflare/worker` for the Worker glue).
 * @module
 */
import type { LocationNames } from "./names";

export function locationFiles(names: LocationNames, hostWorker: string): Record<string, string> {
  return {
    "definitions.ts": `/**
 * The ${names.location} code location's definitions: its jobs, schedules and sensors.
 * @module
 */
import { defineDefinitions, defineJob, defineOp, z } from "dagflare";

const greet = defineOp({
  name: "greet",
  description: "Logs a greeting and returns it.",
  out: z.string(),
  fn: async (ctx) => {
    const greeting = \`Hello from ${names.location} (run \${ctx.runId})\`;
    ctx.log.info(greeting);
    return greeting;
  },
});

export const ${camel(names.job)} = defineJob({
  name: "${names.job}",
  description: "Says hello.",
  graph: () => {
    greet();
  },
});

/** Built on demand, so an invalid definition is reported by the location rather than crashing it. */
export function loadDefinitions() {
  return defineDefinitions({ jobs: [${camel(names.job)}] });
}
`,
    "index.ts": `/**
 * The ${names.location} code location Worker: its definitions served to the instance, and the RunWorker
 * Durable Object that executes runs of its jobs.
 * @module
 */
import { defineRunWorker, serve } from "dagflare/worker";
import { loadDefinitions } from "./definitions";

export default serve(loadDefinitions);

export const RunWorker = defineRunWorker(loadDefinitions);
`,
    "wrangler.toml": `# The ${names.location} code location: one Worker built with the definitions SDK.
name = "${names.worker}"
main = "index.ts"
compatibility_date = "2026-04-01"
compatibility_flags = ["nodejs_compat"]

# Run workers: one RunWorker Durable Object per run of this location's jobs (the durable_object run launcher).
[[durable_objects.bindings]]
name = "RUN_WORKER"
class_name = "RunWorker"

[[migrations]]
tag = "v1"
new_sqlite_classes = ["RunWorker"]

# Run workers report events to, and read run status from, the instance host's InstanceApi entrypoint.
[[services]]
binding = "INSTANCE"
service = "${hostWorker}"
entrypoint = "InstanceApi"
`,
  };
}

function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}
