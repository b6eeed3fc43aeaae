// Bundles the run-worker service and one code location's definitions for the container image
// (Dockerfile) into <outdir>/main.mjs and <outdir>/definitions.mjs; run with `node dist/main.mjs`, which
// reads DAGFLARE_DEFINITIONS=<outdir>/definitions.mjs. Plain JavaScript: it runs before anything is compiled.
//   node shared/run-worker/adapter/node-service/bundle.mjs [definitions module] [outdir]
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "..", "..");

/** Bundles both entry points; resolves with the paths written. */
export async function bundleRunWorker({
  definitions = "examples/example-location/definitions.ts",
  outdir = "dist",
} = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // Bundled CommonJS dependencies may call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __dagflareRequire } from 'node:module'; const require = __dagflareRequire(import.meta.url);",
    },
  };
  const main = join(resolve(root, outdir), "main.mjs");
  const definitionsOut = join(resolve(root, outdir), "definitions.mjs");
  await Promise.all([
    build({ ...common, entryPoints: ["shared/run-worker/adapter/node-service/main.ts"], outfile: main }),
    build({ ...common, entryPoints: [definitions], outfile: definitionsOut }),
  ]);
  return { main, definitions: definitionsOut };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [definitions, outdir] = process.argv.slice(2);
  const written = await bundleRunWorker({ definitions, outdir });
  console.log(`Bundled ${written.main} and ${written.definitions}`);
}
