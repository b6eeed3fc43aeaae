/**
 * `dagflare run list | show | logs | terminate | delete | reexecute`.
 * @module
 */
import { Command } from "commander";
import pc from "picocolors";
import { contextOf } from "../context";
import {
  deleteRun,
  getRun,
  listRuns,
  logsForRun,
  reexecuteRun,
  terminateRun,
  type RunEvent,
  type RunSummary,
  type Tag,
} from "../graphql/runs";
import { colorStatus, emit, formatDuration, formatTime, printTable } from "../output/output";
import { withProgress } from "../output/progress";
import { formatRunEvent } from "../output/run-events";
import { collectStatus, collectTag, positiveInteger } from "../options";
import { finishWaiting } from "./job";

const example = (...lines: string[]) =>
  `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((line) => `  ${line}`).join("\n")}`;

export function runCommand(): Command {
  const run = new Command("run").description("list, inspect, follow, terminate, delete and re-execute runs");
  run
    .command("list")
    .description("list runs, newest first")
    .option(
      "-s, --status <status>",
      "only runs in this status (repeatable or comma-separated)",
      collectStatus,
    )
    .option("-j, --job <name>", "only runs of this job")
    .option("-t, --tag <key=value>", "only runs with this tag (repeatable; all must match)", collectTag)
    .option("-n, --limit <count>", "at most this many runs", positiveInteger, 20)
    .addHelpText(
      "after",
      example(
        "dagflare run list --status FAILURE --tag team=data --limit 5",
        "dagflare run list --job etl_job --json",
      ),
    )
    .action(
      async (options: { status?: string[]; job?: string; tag?: Tag[]; limit: number }, command: Command) => {
        const context = contextOf(command);
        const filter = {
          ...(options.status && { statuses: options.status }),
          ...(options.job && { pipelineName: options.job }),
          ...(options.tag && { tags: options.tag }),
        };
        const runs = await withProgress("Reading runs", () =>
          listRuns(context.client, filter, options.limit),
        );
        emit(context.json, runs, () => printRuns(runs));
      },
    );
  run
    .command("show <runId>")
    .description("a run's status, times, tags, config and steps")
    .addHelpText("after", example("dagflare run show 6f1c…"))
    .action(async (runId: string, _options, command: Command) => {
      const context = contextOf(command);
      const detail = await getRun(context.client, runId);
      emit(context.json, detail, () => {
        console.log(`${pc.bold("Run")}      ${detail.runId}`);
        console.log(
          `${pc.bold("Job")}      ${detail.jobName} (${detail.repositoryOrigin?.repositoryLocationName ?? "-"})`,
        );
        console.log(`${pc.bold("Status")}   ${colorStatus(detail.status)}`);
        console.log(
          `${pc.bold("Created")}  ${formatTime(detail.creationTime)}   ${pc.bold("Duration")} ${formatDuration(detail.startTime, detail.endTime)}`,
        );
        if (detail.parentRunId)
          console.log(
            `${pc.bold("Parent")}   ${detail.parentRunId}   ${pc.bold("Root")} ${detail.rootRunId}`,
          );
        console.log(
          `${pc.bold("Tags")}     ${detail.tags.map((tag) => `${tag.key}=${tag.value}`).join(" ") || "-"}`,
        );
        if (detail.runConfigYaml.trim() && detail.runConfigYaml.trim() !== "{}")
          console.log(`${pc.bold("Config")}\n${detail.runConfigYaml.replace(/^/gm, "  ")}`);
        console.log();
        printTable(
          detail.stepStats,
          [
            { header: "STEP", value: (step) => step.stepKey },
            { header: "STATUS", value: (step) => step.status, color: (text) => colorStatus(text) },
            { header: "DURATION", value: (step) => formatDuration(step.startTime, step.endTime) },
          ],
          "(no steps started)",
        );
      });
    });
  run
    .command("logs <runId>")
    .description("a run's event log; with --follow, keep printing until the run ends")
    .option("-f, --follow", "follow the run live; the exit code is then its outcome")
    .addHelpText("after", example("dagflare run logs 6f1c… --follow"))
    .action(async (runId: string, options: { follow?: boolean }, command: Command) => {
      const context = contextOf(command);
      if (options.follow) return finishWaiting(context, runId);
      const events: RunEvent[] = [];
      let cursor: string | null = null;
      for (let page = null; page === null || page.hasMore; ) {
        page = await logsForRun(context.client, runId, cursor);
        cursor = page.cursor;
        events.push(...page.events);
      }
      emit(context.json, events, () => events.forEach((event) => console.log(formatRunEvent(event))));
    });
  run
    .command("terminate <runId>")
    .description("terminate a queued or running run (its ops are interrupted)")
    .addHelpText("after", example("dagflare run terminate 6f1c…"))
    .action(async (runId: string, _options, command: Command) => {
      const context = contextOf(command);
      await withProgress(
        `Terminating run ${runId}`,
        () => terminateRun(context.client, runId),
        () => `Terminated run ${runId}`,
      );
      if (context.json) emit(true, { runId, terminated: true }, () => undefined);
    });
  run
    .command("delete <runId>")
    .description("delete a finished run with its events and captured logs")
    .addHelpText("after", example("dagflare run delete 6f1c…"))
    .action(async (runId: string, _options, command: Command) => {
      const context = contextOf(command);
      await withProgress(
        `Deleting run ${runId}`,
        () => deleteRun(context.client, runId),
        () => `Deleted run ${runId}`,
      );
      if (context.json) emit(true, { runId, deleted: true }, () => undefined);
    });
  run
    .command("reexecute <runId>")
    .description("launch a new run of the same job and config: all steps, or from the failure")
    .option("--from-failure", "re-execute only the failed steps and those after them")
    .option("-w, --wait", "follow the new run to its end (exit 0 only on SUCCESS)")
    .addHelpText("after", example("dagflare run reexecute 6f1c… --from-failure --wait"))
    .action(async (runId: string, options: { fromFailure?: boolean; wait?: boolean }, command: Command) => {
      const context = contextOf(command);
      const strategy = options.fromFailure ? "FROM_FAILURE" : "ALL_STEPS";
      const newRunId = await withProgress(
        `Re-executing run ${runId}`,
        () => reexecuteRun(context.client, runId, strategy),
        (id) => `Launched run ${id}`,
      );
      if (options.wait) return finishWaiting(context, newRunId);
      emit(context.json, { runId: newRunId, parentRunId: runId }, () => console.log(newRunId));
    });
  return run;
}

function printRuns(runs: readonly RunSummary[]): void {
  printTable(
    runs,
    [
      { header: "RUN", value: (run) => run.runId },
      { header: "JOB", value: (run) => run.jobName },
      { header: "STATUS", value: (run) => run.status, color: (text) => colorStatus(text) },
      { header: "CREATED", value: (run) => formatTime(run.creationTime) },
      { header: "DURATION", value: (run) => formatDuration(run.startTime, run.endTime) },
      {
        header: "TAGS",
        value: (run) =>
          run.tags
            .filter((tag) => !tag.key.startsWith("dagster/"))
            .map((tag) => `${tag.key}=${tag.value}`)
            .join(" "),
      },
    ],
    "(no runs)",
  );
}
