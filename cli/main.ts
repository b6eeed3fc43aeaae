/**
 * The `dagflare` command: the local system, the config check, and the instance's jobs, runs, schedules and
 * sensors over its GraphQL API (the same against `dagflare dev` and a deployment), scaffolding and deploying.
 * @module
 */
import { Command, Option } from "commander";
import { deployCommand } from "./commands/deploy";
import { checkCommand, devCommand } from "./commands/dev";
import { instanceCommand } from "./commands/instance";
import { jobCommand } from "./commands/job";
import { runCommand } from "./commands/run";
import { initCommand, locationCommand } from "./commands/scaffold";
import { scheduleCommand } from "./commands/schedule";
import { sensorCommand } from "./commands/sensor";
import { tokenCommand } from "./commands/token";
import { DEFAULT_URL } from "./context";
import { CliError } from "./output/cli-error";
import { printError } from "./output/output";
import { SDK_VERSION } from "../shared/definitions/sdk-version";

const program = new Command("dagflare")
  .description("Dagster's deployment architecture on Cloudflare Workers, from the terminal")
  .version(SDK_VERSION)
  .addOption(new Option("--url <url>", "the instance's URL").env("DAGFLARE_URL").default(DEFAULT_URL))
  .addOption(
    new Option("--token <token>", "sent as Authorization: Bearer (for instances with access control)").env(
      "DAGFLARE_TOKEN",
    ),
  )
  .option("--json", "print results as JSON, for scripts")
  .showHelpAfterError("(add --help for usage)")
  .addHelpText(
    "after",
    [
      "",
      "Examples:",
      "  dagflare dev                                 # the whole system on http://localhost:3000",
      "  dagflare job launch hello_job --wait         # launch a run and follow it to its end",
      "  dagflare run list --status FAILURE --json",
      "  dagflare location new billing                # scaffold a code location",
      "  dagflare deploy --dry-run                    # build and check every Worker, no account needed",
      "  dagflare token create ci --role launcher     # an API token for CI (shown once)",
      "",
      "`asset` and `backfill` commands arrive with assets and partitions.",
    ].join("\n"),
  );

for (const command of [
  devCommand(),
  checkCommand(),
  jobCommand(),
  runCommand(),
  scheduleCommand(),
  sensorCommand(),
  tokenCommand(),
  instanceCommand(),
  locationCommand(),
  initCommand(),
  deployCommand(),
]) {
  program.addCommand(command);
}
for (const command of program.commands.flatMap((group) => [group, ...group.commands])) {
  command.showHelpAfterError("(add --help for usage)");
}

// Commander reports a bad flag or argument itself (naming it) and exits 1; everything else lands here.
try {
  await program.parseAsync(process.argv);
} catch (error) {
  printError(error);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
}
