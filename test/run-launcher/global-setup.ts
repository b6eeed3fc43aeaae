/**
 * Once for the run-launcher project: the UI assets the webserver serves, and the run-worker image's
 * entrypoint bundled as the Dockerfile bundles it (shared/run-worker/adapter/node-service/bundle.mjs), with the test
 * location's definitions, for the container tests to run as a process.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildAssets } from "../../scripts/lib/build-assets.mjs";
import { bundleRunWorker } from "../../shared/run-worker/adapter/node-service/bundle.mjs";
import { FIXTURE_DEFINITIONS } from "./run-worker-process";

declare module "vitest" {
  export interface ProvidedContext {
    runWorkerImageDir: string;
  }
}

const root = join(import.meta.dirname, "..", "..");

export default async function setup(project: TestProject) {
  const outdir = join(".dagflare", `run-worker-image-${process.pid}`);
  await Promise.all([buildAssets(root), bundleRunWorker({ definitions: FIXTURE_DEFINITIONS, outdir })]);
  project.provide("runWorkerImageDir", join(root, outdir));
  return () => rmSync(join(root, outdir), { recursive: true, force: true });
}
