// `npm test`: the whole suite — type check, then every vitest project (unit, workerd, integration).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDependencies } from "./lib/ensure-dependencies.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
ensureDependencies(root);

const { buildAssets } = await import("./lib/build-assets.mjs");
await buildAssets(root);

const run = (command, args) => {
  const result = spawnSync(process.execPath, [join(root, "node_modules", ...command), ...args], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(["typescript", "bin", "tsc"], ["--noEmit", "-p", "."]);
run(["typescript", "bin", "tsc"], ["--noEmit", "-p", "ui"]);
run(["vitest", "vitest.mjs"], ["run", ...process.argv.slice(2)]);
