/**
 * `dagflare dev` and `dagflare check`: the local system as `npm start` runs it (scripts/start.mjs, over
 * the current project), and the config files' validation as `npm run check` does it.
 * @module
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Command } from "commander";
import { checkConfigFiles } from "../../shared/config/check-config-files";
import { positiveInteger } from "../options";
import { PACKAGE_ROOT } from "../system/package-root";
import { findProject } from "../system/project";

export function devCommand(): Command {
  return new Command("dev")
    .description(
      "run the whole system locally: the UI and GraphQL, the daemon and every code location in workspace.yaml",
    )
    .option("-p, --port <port>", "port to listen on (default $PORT or 3000)", positiveInteger)
    .option(
      "--persist-to <dir>",
      "where local D1, R2 and Durable Object state is kept (default .wrangler/state)",
    )
    .addHelpText(
      "after",
      "\nExample:\n  dagflare dev --port 3001\n\nCtrl-C stops it; data persists in .wrangler/state, so a restart keeps runs and schedule state.",
    )
    .action(async (options: { port?: number; persistTo?: string }) => {
      const project = findProject();
      const env = {
        ...process.env,
        DAGFLARE_PROJECT: project,
        ...(options.port && { PORT: String(options.port) }),
        ...(options.persistTo && { DAGFLARE_PERSIST_TO: options.persistTo }),
      };
      const child = spawn(process.execPath, [join(PACKAGE_ROOT, "scripts", "start.mjs")], {
        cwd: project,
        env,
        stdio: "inherit",
      });
      // The start script stops wrangler on SIGINT/SIGTERM; pass ours on and wait for it to finish.
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
      process.exitCode = await new Promise<number>((resolve) =>
        child.on("exit", (code) => resolve(code ?? 1)),
      );
    });
}

export function checkCommand(): Command {
  return new Command("check")
    .description("validate dagflare.yaml and workspace.yaml without starting anything")
    .option("--instance <file>", "the instance config (default dagflare.yaml)")
    .option("--workspace <file>", "the workspace config (default workspace.yaml)")
    .addHelpText("after", "\nExample:\n  dagflare check --workspace staging-workspace.yaml")
    .action((options: { instance?: string; workspace?: string }) => {
      const result = checkConfigFiles({
        ...(options.instance !== undefined && { instancePath: options.instance }),
        ...(options.workspace !== undefined && { workspacePath: options.workspace }),
      });
      for (const line of result.lines) console.log(line);
      process.exitCode = result.ok ? 0 : 1;
    });
}
