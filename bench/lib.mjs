// Shared pieces of the benchmarks: start the system as `npm start` does (temp state, free port), talk
// GraphQL, and summarise latencies. Benchmarks print figures; they never assert on timing.
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAssets } from "../scripts/lib/build-assets.mjs";
import {
  applyLocalMigrations,
  boundServices,
  codeLocationConfigs,
  startWranglerDev,
} from "../scripts/lib/dev-system.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// A dev registry of the benchmark's own: wrangler dev processes sharing one (~/.config/.wrangler/registry)
// connect service bindings of the same Worker names across processes and restart their workers whenever
// another one starts or stops, so a test run elsewhere on the machine would cut into the figures.
process.env.WRANGLER_REGISTRY_PATH ??= mkdtempSync(join(tmpdir(), "dagflare-bench-registry-"));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts webserver + bound code locations on a fresh local D1; `vars` replace config files.
 * `beforeStart(persistTo)` may seed the migrated database before anything serves it.
 */
export async function startSystem(vars = {}, { beforeStart } = {}) {
  const persistTo = mkdtempSync(join(tmpdir(), "dagflare-bench-"));
  await buildAssets(root);
  applyLocalMigrations({ root, persistTo, quiet: true });
  await beforeStart?.(persistTo);
  const configs = ["wrangler.toml", ...codeLocationConfigs(root, boundServices(join(root, "wrangler.toml")))];
  const system = await startWranglerDev({
    root,
    configs,
    port: await freePort(),
    persistTo,
    vars,
    log: wranglerLog("dagflare"),
  });
  return {
    url: system.url,
    stop: async () => {
      await system.stop();
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

/** With BENCH_WRANGLER_LOG=<folder>, each wrangler's output goes to <folder>/<name>.log (to see why a worker restarted). */
export function wranglerLog(name) {
  const folder = process.env.BENCH_WRANGLER_LOG;
  return folder ? (chunk) => appendFileSync(join(folder, `${name}.log`), chunk) : undefined;
}

export async function graphql(url, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value) => `${value.toFixed(1)} ms`;
