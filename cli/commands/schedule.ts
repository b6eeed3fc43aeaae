/**
 * `dagflare schedule list | start | stop | preview`.
 * @module
 */
import { Command } from "commander";
import { isoTime } from "../options";
import { contextOf } from "../context";
import { previewSchedule, startSchedule, stopSchedule } from "../graphql/instigators";
import { readRepositories, type ScheduleEntry } from "../graphql/workspace";
import { colorStatus, emit, formatTime, printTable } from "../output/output";
import { withProgress } from "../output/progress";
import { printTickEvaluation } from "../output/tick-evaluation";
import { findInstigator, LOCATION_OPTION } from "./instigator-target";

export function scheduleCommand(): Command {
  const schedule = new Command("schedule").description("list, start, stop and preview schedules");
  schedule
    .command("list")
    .description("every schedule with its cron, time zone, job and status")
    .addHelpText("after", "\nExample:\n  dagflare schedule list --json")
    .action(async (_options, command: Command) => {
      const context = contextOf(command);
      const repositories = await withProgress("Reading the workspace", () =>
        readRepositories(context.client),
      );
      const rows = repositories.flatMap((repository) =>
        repository.schedules.map((item) => ({
          location: repository.location.name,
          name: item.name,
          job: item.pipelineName,
          cron: item.cronSchedule,
          timezone: item.executionTimezone,
          status: item.scheduleState.status,
          nextTick: item.futureTicks.results[0]?.timestamp ?? null,
        })),
      );
      emit(context.json, rows, () =>
        printTable(
          rows,
          [
            { header: "LOCATION", value: (row) => row.location },
            { header: "SCHEDULE", value: (row) => row.name },
            { header: "JOB", value: (row) => row.job },
            { header: "CRON", value: (row) => row.cron },
            { header: "TIMEZONE", value: (row) => row.timezone ?? "UTC" },
            { header: "STATUS", value: (row) => row.status, color: (text) => colorStatus(text) },
            { header: "NEXT TICK", value: (row) => formatTime(row.nextTick) },
          ],
          "(no schedules)",
        ),
      );
    });
  for (const [verb, description] of [
    ["start", "start ticking a schedule"],
    ["stop", "stop a schedule"],
  ] as const) {
    schedule
      .command(`${verb} <name>`)
      .description(description)
      .option(...LOCATION_OPTION)
      .addHelpText("after", `\nExample:\n  dagflare schedule ${verb} every_minute`)
      .action(async (name: string, _options, command: Command) => {
        const target = await findInstigator<ScheduleEntry>(command, "schedule", name);
        const status = await withProgress(
          `${verb === "start" ? "Starting" : "Stopping"} schedule ${name}`,
          () =>
            verb === "start"
              ? startSchedule(target.client, target.repository, name)
              : stopSchedule(target.client, target.item.scheduleState.id, name),
          (now) => `Schedule ${name} is ${now}`,
        );
        if (target.json)
          emit(true, { schedule: name, location: target.repository.location.name, status }, () => undefined);
      });
  }
  schedule
    .command("preview <name>")
    .description("evaluate the schedule's next tick (or the tick at --at) without launching anything")
    .option(...LOCATION_OPTION)
    .option("--at <time>", "the tick time, ISO 8601 (default: the next tick)", isoTime)
    .addHelpText("after", "\nExample:\n  dagflare schedule preview every_minute --at 2026-01-01T09:00:00Z")
    .action(async (name: string, options: { at?: number }, command: Command) => {
      const target = await findInstigator<ScheduleEntry>(command, "schedule", name);
      const tick = await withProgress(`Evaluating schedule ${name}`, () =>
        previewSchedule(
          target.client,
          target.repository,
          name,
          options.at ?? target.item.futureTicks.results[0]?.timestamp,
        ),
      );
      emit(target.json, tick, () => printTickEvaluation(tick.timestamp, tick.evaluationResult));
    });
  return schedule;
}
