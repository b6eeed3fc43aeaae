/**
 * The `dagflare` command as a user runs it: a child process of the package's bin, colours off, its exit
 * code and both streams captured. `start` leaves it running (for `dagflare dev` and Ctrl-C).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const CLI_BIN = join(import.meta.dirname, "..", "..", "cli", "bin", "dagflare.mjs");

export type CliResult = { code: number | null; stdout: string; stderr: string };
export type CliOptions = { cwd?: string; url?: string; env?: Record<string, string> };

export function startCli(
  args: readonly string[],
  options: CliOptions = {},
): ChildProcess & { output: () => CliResult } {
  const child = spawn(process.execPath, [CLI_BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: "1", ...(options.url && { DAGFLARE_URL: options.url }), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return Object.assign(child, { output: () => ({ code: child.exitCode, stdout, stderr }) });
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const child = startCli(args, options);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ ...child.output(), code }));
  });
}

/** Runs a command that must succeed and parses its `--json` stdout. */
export async function cliJson<T>(args: readonly string[], options: CliOptions = {}): Promise<T> {
  const result = await runCli([...args, "--json"], options);
  if (result.code !== 0)
    throw new Error(`dagflare ${args.join(" ")} exited ${result.code}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
