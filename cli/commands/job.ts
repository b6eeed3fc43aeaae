/**
 * `dagflare job list | launch`: the workspace's jobs, and launching one (optionally following it to its end).
 * @module
 */
import { readFileSync } from "node:fs";
import { Command } from "commander";
import pc from "picocolors";
import { parse as parseYaml } from "yaml";
import { contextOf, type CommandContext } from "../context";
import { readRepositories, findIn, type JobEntry } from "../graphql/workspace";
import { launchRun, type Tag } from "../graphql/runs";
import { CliError } from "../output/cli-error";
import { emit, printTable } from "../output/output";
import { withProgress } from "../output/progress";
import { collectList, collectTag } from "../options";
import { waitForRun } from "../wait-for-run";

export function jobCommand(): Command {
  const job = new Command("job").description("list and launch jobs");
  job
    .command("list")
    .description("list the jobs of every code location")
    .addHelpText("after", "\nExample:\n  dagflare job list --json")
    .action(async (_options, command: Command) => {
      const context = contextOf(command);
      const repositories = await withProgress("Reading the workspace", () =>
        readRepositories(context.client),
      );
      const rows = repositories.flatMap((repository) =>
        repository.jobs.map((item) => ({
          location: repository.location.name,
          job: item.name,
          description: item.description,
        })),
      );
      emit(context.json, rows, () =>
        printTable(rows, [
          { header: "LOCATION", value: (row) => row.location },
          { header: "JOB", value: (row) => row.job },
          { header: "DESCRIPTION", value: (row) => row.description },
        ]),
      );
    });
  job
    .command("launch <job>")
    .description("launch a run of a job; with --wait, follow it to its end and exit 0 only on SUCCESS")
    .option("-l, --location <name>", "the code location, when several have this job")
    .option("-c, --config <file>", "run config as a YAML (or JSON) file")
    .option("-t, --tag <key=value>", "a run tag (repeatable)", collectTag)
    .option(
      "--op-selection <ops>",
      "ops to execute, comma-separated or repeated (Dagster's op selection syntax: a*, +b, c+)",
      collectList,
    )
    .option("-w, --wait", "follow the run live until it ends; Ctrl-C offers to terminate it")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  dagflare job launch hello_job --wait",
        "  dagflare job launch etl_job --config run.yaml --tag team=data --op-selection extract,transform",
        "",
        "With --wait, Ctrl-C in a terminal asks whether to terminate the run (no: stop following and leave it running).",
        "Without a terminal (CI), SIGINT terminates the run and waits for it to end. Exit codes: 0 SUCCESS, 1 FAILURE,",
        "2 CANCELED, 130 when you stop following.",
      ].join("\n"),
    )
    .action(
      async (
        name: string,
        options: { location?: string; config?: string; tag?: Tag[]; opSelection?: string[]; wait?: boolean },
        command: Command,
      ) => {
        const context = contextOf(command);
        const runConfigData = options.config === undefined ? {} : readRunConfig(options.config);
        const runId = await withProgress(
          `Launching ${name}`,
          async () => {
            const { repository } = findIn<JobEntry>(
              await readRepositories(context.client),
              "job",
              name,
              options.location,
            );
            return launchRun(context.client, {
              selector: {
                repositoryLocationName: repository.location.name,
                repositoryName: repository.name,
                jobName: name,
                ...(options.opSelection && { solidSelection: options.opSelection }),
              },
              runConfigData,
              tags: options.tag ?? [],
            });
          },
          (id) => `Launched ${name}: run ${id}`,
        );
        if (!options.wait) {
          emit(context.json, { runId }, () => console.log(runId));
          return;
        }
        await finishWaiting(context, runId);
      },
    );
  return job;
}

/** Follows the run and sets the exit code from its final status. */
export async function finishWaiting(context: CommandContext, runId: string): Promise<void> {
  const outcome = await waitForRun(context.client, runId, context.json);
  emit(context.json, { runId, status: outcome.status }, () =>
    console.log(
      outcome.detached
        ? pc.dim(`Stopped following run ${runId}; it goes on (dagflare run logs ${runId} --follow)`)
        : `Run ${runId} ended ${outcome.status}`,
    ),
  );
  process.exitCode = outcome.exitCode;
}

function readRunConfig(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(
      `--config: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return parseYaml(text) ?? {};
  } catch (error) {
    throw new CliError(`--config: ${file} is not valid YAML`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
}
