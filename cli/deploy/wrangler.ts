/**
 * Running this package's wrangler from the CLI: output captured, failures as CliErrors with wrangler's words.
 * @module
 */
import { spawn } from "node:child_process";
import { CliError } from "../output/cli-error";
import { WRANGLER_CLI } from "../system/package-root";

export type WranglerResult = { stdout: string; stderr: string };

/** Async so a spinner keeps turning while wrangler works. */
export function wrangler(project: string, args: readonly string[]): Promise<WranglerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER_CLI, ...args], {
      cwd: project,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve({ stdout, stderr });
      const said = `${stdout}\n${stderr}`
        .split("\n")
        .filter((line) => /ERROR|✘|error/i.test(line))
        .slice(0, 8);
      reject(
        new CliError(
          `wrangler ${args.slice(0, 3).join(" ")} failed (exit ${code})`,
          said.length ? said : [stderr.trim().slice(-800)],
        ),
      );
    });
  });
}
