// `npm test`: the whole suite — provision what the selected projects need from the machine (Chromium for
// the ui project), type check, then every vitest project (unit, workerd, integration, ui).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDependencies } from "./lib/ensure-dependencies.mjs";
import { ensureDebianPackages, ProvisionError } from "./lib/provision.mjs";
import { needsOfTestRun } from "./lib/provision-test-needs.mjs";

/** Every folder of code the architecture check reads. */
const ARCHITECTURE_ROOTS = [
  "shared",
  "workers",
  "durable-objects",
  "sdk",
  "cli",
  "examples",
  "ui/src",
  "test",
  "scripts",
  "bench",
];
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vitestArgs = process.argv.slice(2);
ensureDependencies(root);
try {
  ensureDebianPackages(await needsOfTestRun(root, vitestArgs));
} catch (error) {
  if (!(error instanceof ProvisionError)) throw error;
  console.error(`npm test cannot run here yet.\n${error.message}`);
  process.exit(1);
}

const { buildAssets } = await import("./lib/build-assets.mjs");
await buildAssets(root);

const run = (command, args) => {
  const result = spawnSync(process.execPath, [join(root, "node_modules", ...command), ...args], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// The static checks, each failing npm test on its own: the formatter and linter, the architecture
// (import cycles, layers), the generated GraphQL types against the SDL, then the type check.
run(["@biomejs", "biome", "bin", "biome"], ["check", "--diagnostic-level=error", "."]);
run(
  ["dependency-cruiser", "bin", "dependency-cruise.mjs"],
  ["--config", ".dependency-cruiser.cjs", ...ARCHITECTURE_ROOTS],
);
run(["tsx", "dist", "cli.mjs"], ["scripts/graphql-codegen.ts", "--check"]);
run(["typescript", "bin", "tsc"], ["--noEmit", "-p", "."]);
run(["typescript", "bin", "tsc"], ["--noEmit", "-p", "ui"]);
run(["vitest", "vitest.mjs"], ["run", ...vitestArgs]);
