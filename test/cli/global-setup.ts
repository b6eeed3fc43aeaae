/**
 * Starts the system once for the cli project, as `npm start` / `dagflare dev` does (this repository's
 * wrangler.toml and the code locations it binds, local D1 migrated), on a free port, for the CLI to drive.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildAssets } from "../../scripts/lib/build-assets.mjs";
import {
  applyLocalMigrations,
  boundServices,
  codeLocationConfigs,
  startWranglerDev,
} from "../../scripts/lib/dev-system.mjs";
import { freePort } from "../integration/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    cliSystemUrl: string;
  }
}

const root = join(import.meta.dirname, "..", "..");

export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), "dagflare-cli-"));
  await buildAssets(root);
  applyLocalMigrations({ root, persistTo, quiet: true });
  const system = await startWranglerDev({
    root,
    configs: ["wrangler.toml", ...codeLocationConfigs(root, boundServices(join(root, "wrangler.toml")))],
    port: await freePort(),
    persistTo,
    extraArgs: ["--test-scheduled"],
    ...(process.env.DAGFLARE_TEST_LOG && { log: (text: string) => process.stderr.write(text) }),
  });
  // As `dagflare dev` does: wrangler dev fires no cron triggers, so play the watchdog that starts the daemon.
  const watchdog = () =>
    fetch(`${system.url}/__scheduled?cron=${encodeURIComponent("* * * * *")}`).catch(() => undefined);
  await watchdog();
  const timer = setInterval(watchdog, 60_000);
  project.provide("cliSystemUrl", system.url);
  return async () => {
    clearInterval(timer);
    await system.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
