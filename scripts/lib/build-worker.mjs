// Bundles one Worker exactly as `wrangler deploy` would, without uploading (`--dry-run --outdir`).
// Used to prove every Worker deploys, and to hand pre-built code locations to the workerd test pool.
import { spawnSync } from "node:child_process";
import { renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// This package's wrangler: `root` may be a project depending on this package, with no wrangler of its own.
const WRANGLER = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "node_modules",
  "wrangler",
  "bin",
  "wrangler.js",
);

// Builds into a fresh folder and swaps it in, so concurrent builds (vitest loads its config more than
// once) never see each other's half-written output.
// Paths are made absolute: wrangler resolves a relative --outdir against the config's folder for the bundle.
export function buildWorker({ root, config, outdir: relativeOutdir }) {
  const outdir = resolve(root, relativeOutdir);
  const staging = `${outdir}.${process.pid}-${Date.now()}`;
  const result = spawnSync(
    process.execPath,
    [WRANGLER, "deploy", "--dry-run", "--outdir", staging, "-c", config],
    {
      cwd: root,
      env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
      encoding: "utf8",
    },
  );
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`wrangler deploy --dry-run -c ${config} failed:\n${result.stdout}\n${result.stderr}`);
  }
  rmSync(outdir, { recursive: true, force: true });
  try {
    renameSync(staging, outdir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another build won the swap with identical output
  }
  return { outdir, output: result.stdout };
}
