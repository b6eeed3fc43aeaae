// `npm start` and `npm test` work on a fresh clone: install dependencies first when they are missing or
// older than package-lock.json (npm writes node_modules/.package-lock.json on every install).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

export function ensureDependencies(root) {
  const installed = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  const stale =
    !existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs);
  if (!stale) return;
  console.log("Installing dependencies (npm ci)...");
  const result = spawnSync("npm", [existsSync(lock) ? "ci" : "install"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) {
    console.error("Installing dependencies failed; see the npm output above.");
    process.exit(result.status ?? 1);
  }
}
