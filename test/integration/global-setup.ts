/**
 * Starts the real multi-worker system once for the integration project, as `npm start` does, plus what
 * the tests need beside the example location: a broken code location served over HTTP by its own
 * `wrangler dev`, and a URL where no location listens. The workspace for the run is passed as the
 * DAGFLARE_WORKSPACE_YAML var, the documented way to replace workspace.yaml per environment.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import {
  applyLocalMigrations,
  boundServices,
  codeLocationConfigs,
  startWranglerDev,
} from "../../scripts/lib/dev-system.mjs";
import { buildAssets } from "../../scripts/lib/build-assets.mjs";
import { freePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    webserverUrl: string;
    brokenLocationUrl: string;
  }
}

const root = join(import.meta.dirname, "..", "..");

export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), "dagflare-it-"));
  const brokenPersist = mkdtempSync(join(tmpdir(), "dagflare-it-broken-"));
  const log = process.env.DAGFLARE_TEST_LOG ? (text: string) => process.stderr.write(text) : undefined;
  await buildAssets(root);
  applyLocalMigrations({ root, persistTo, quiet: true });
  const [broken, unreachablePort] = await Promise.all([
    freePort().then((port) =>
      startWranglerDev({
        root,
        configs: ["test/fixtures/broken-location/wrangler.toml"],
        port,
        persistTo: brokenPersist,
        log,
        readyPath: "/__dagflare/ping",
      }),
    ),
    freePort(),
  ]);
  const workspaceYaml = [
    "load_from:",
    "  - service_binding: { binding: EXAMPLE_LOCATION, location_name: example }",
    `  - url: { url: "${broken.url}", location_name: broken }`,
    `  - url: { url: "http://127.0.0.1:${unreachablePort}", location_name: unreachable }`,
  ].join("\n");
  const configs = ["wrangler.toml", ...codeLocationConfigs(root, boundServices(join(root, "wrangler.toml")))];
  const system = await startWranglerDev({
    root,
    configs,
    port: await freePort(),
    persistTo,
    vars: { DAGFLARE_WORKSPACE_YAML: workspaceYaml },
    extraArgs: ["--test-scheduled"],
    log,
  });
  project.provide("webserverUrl", system.url);
  project.provide("brokenLocationUrl", broken.url);
  return async () => {
    await Promise.all([system.stop(), broken.stop()]);
    rmSync(persistTo, { recursive: true, force: true });
    rmSync(brokenPersist, { recursive: true, force: true });
  };
}
