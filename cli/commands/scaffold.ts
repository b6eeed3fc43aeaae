/**
 * `dagflare location new <name>` and `dagflare init [dir]`.
 * @module
 */
import { relative } from "node:path";
import { Command } from "commander";
import pc from "picocolors";
import { contextOf } from "../context";
import { emit } from "../output/output";
import { withProgress } from "../output/progress";
import { scaffoldLocation } from "../scaffold/scaffold-location";
import { installDependencies, scaffoldProject } from "../scaffold/scaffold-project";
import { findProject } from "../system/project";

export function locationCommand(): Command {
  const location = new Command("location").description("code locations of this project");
  location
    .command("new <name>")
    .description(
      "scaffold a code location: its definitions with one job, its wrangler.toml, its binding and workspace.yaml entry",
    )
    .addHelpText(
      "after",
      "\nExample:\n  dagflare location new billing    # code-locations/billing, job billing_job; `dagflare dev` serves it at once",
    )
    .action((name: string, _options, command: Command) => {
      const { json } = contextOf(command);
      const project = findProject();
      const made = scaffoldLocation(project, name);
      emit(json, { ...made, project }, () => {
        console.log(
          `${pc.green("✔")} Code location ${pc.bold(made.location)} (Worker ${made.worker}, binding ${made.binding})`,
        );
        for (const file of made.files) console.log(`  ${file}`);
        console.log(
          `\nNext: ${pc.bold("dagflare dev")}, then ${pc.bold(`dagflare job launch ${made.job} --wait`)}`,
        );
      });
    });
  return location;
}

export function initCommand(): Command {
  return new Command("init")
    .argument("[dir]", "the new project's folder (new or empty)", ".")
    .description(
      "scaffold a new project: package.json, dagflare.yaml, workspace.yaml, the instance host and one code location",
    )
    .option(
      "--name <name>",
      "the project's name, prefixing its Workers and resources (default: the folder's name)",
    )
    .option("--location <name>", "the first code location's name", "hello")
    .option("--no-install", "do not run npm install")
    .addHelpText("after", "\nExample:\n  dagflare init my-pipelines && cd my-pipelines && npx dagflare dev")
    .action(
      async (
        dir: string,
        options: { name?: string; location: string; install: boolean },
        command: Command,
      ) => {
        const { json } = contextOf(command);
        const made = scaffoldProject(dir, {
          ...(options.name && { name: options.name }),
          location: options.location,
        });
        if (options.install)
          await withProgress("Installing dependencies (npm install)", async () =>
            installDependencies(made.project),
          );
        emit(
          json,
          {
            project: made.project,
            name: made.name,
            files: made.files,
            location: made.location.location,
            job: made.location.job,
          },
          () => {
            console.log(`${pc.green("✔")} Project ${pc.bold(made.name)} in ${made.project}`);
            for (const file of made.files) console.log(`  ${file}`);
            const cd = relative(process.cwd(), made.project);
            console.log(
              `\nNext:${cd ? ` cd ${cd} &&` : ""} ${pc.bold("npx dagflare dev")}, then ${pc.bold(`npx dagflare job launch ${made.location.job} --wait`)}`,
            );
          },
        );
      },
    );
}
