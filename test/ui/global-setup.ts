/**
 * Starts the system exactly as the README's quick start does (`npm start`, i.e. scripts/start.mjs) on a
 * free port with its own data folder, for the browser tests to drive. The folder starts empty, so the
 * tests see a fresh install.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../integration/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    uiUrl: string;
  }
}

const root = join(import.meta.dirname, "..", "..");
const START_TIMEOUT_MS = 180_000;

export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), "dagflare-ui-"));
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DAGFLARE_PERSIST_TO: persistTo },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (process.env.DAGFLARE_TEST_LOG) process.stderr.write(chunk);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start did not report ready within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    child.stdout.on("data", () => {
      if (output.includes("Dagflare is running")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`));
    });
  });
  project.provide("uiUrl", `http://127.0.0.1:${port}`);
  return async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // The whole process group: start.mjs and the wrangler dev it spawned.
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    rmSync(persistTo, { recursive: true, force: true });
  };
}
