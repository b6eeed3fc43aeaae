/**
 * `dagflare sensor list | start | stop | preview | cursor`.
 * @module
 */
import { Command } from "commander";
import { contextOf } from "../context";
import { previewSensor, setSensorCursor, startSensor, stopSensor } from "../graphql/instigators";
import { readRepositories, type SensorEntry } from "../graphql/workspace";
import { CliError } from "../output/cli-error";
import { colorStatus, emit, printTable } from "../output/output";
import { withProgress } from "../output/progress";
import { printTickEvaluation } from "../output/tick-evaluation";
import { findInstigator, LOCATION_OPTION } from "./instigator-target";

export function sensorCommand(): Command {
  const sensor = new Command("sensor").description(
    "list, start, stop and preview sensors; read or set their cursors",
  );
  sensor
    .command("list")
    .description("every sensor with its type, interval, targets, status and cursor")
    .addHelpText("after", "\nExample:\n  dagflare sensor list")
    .action(async (_options, command: Command) => {
      const context = contextOf(command);
      const repositories = await withProgress("Reading the workspace", () =>
        readRepositories(context.client),
      );
      const rows = repositories.flatMap((repository) =>
        repository.sensors.map((item) => ({
          location: repository.location.name,
          name: item.name,
          type: item.sensorType,
          intervalSeconds: item.minIntervalSeconds,
          jobs: (item.targets ?? []).map((target) => target.pipelineName),
          status: item.sensorState.status,
          cursor: item.sensorState.typeSpecificData?.lastCursor ?? null,
        })),
      );
      emit(context.json, rows, () =>
        printTable(
          rows,
          [
            { header: "LOCATION", value: (row) => row.location },
            { header: "SENSOR", value: (row) => row.name },
            { header: "TYPE", value: (row) => row.type },
            { header: "EVERY", value: (row) => `${row.intervalSeconds}s` },
            { header: "JOBS", value: (row) => row.jobs.join(",") },
            { header: "STATUS", value: (row) => row.status, color: (text) => colorStatus(text) },
            { header: "CURSOR", value: (row) => row.cursor },
          ],
          "(no sensors)",
        ),
      );
    });
  for (const [verb, description] of [
    ["start", "start evaluating a sensor"],
    ["stop", "stop a sensor"],
  ] as const) {
    sensor
      .command(`${verb} <name>`)
      .description(description)
      .option(...LOCATION_OPTION)
      .addHelpText("after", `\nExample:\n  dagflare sensor ${verb} file_sensor`)
      .action(async (name: string, _options, command: Command) => {
        const target = await findInstigator<SensorEntry>(command, "sensor", name);
        const status = await withProgress(
          `${verb === "start" ? "Starting" : "Stopping"} sensor ${name}`,
          () =>
            verb === "start"
              ? startSensor(target.client, target.repository, name)
              : stopSensor(target.client, target.item.sensorState.id, name),
          (now) => `Sensor ${name} is ${now}`,
        );
        if (target.json)
          emit(true, { sensor: name, location: target.repository.location.name, status }, () => undefined);
      });
  }
  sensor
    .command("preview <name>")
    .description("evaluate the sensor once without launching anything or moving its cursor")
    .option(...LOCATION_OPTION)
    .option("--cursor <value>", "evaluate from this cursor instead of the stored one")
    .addHelpText("after", "\nExample:\n  dagflare sensor preview file_sensor --cursor 42")
    .action(async (name: string, options: { cursor?: string }, command: Command) => {
      const target = await findInstigator<SensorEntry>(command, "sensor", name);
      const cursor = options.cursor ?? target.item.sensorState.typeSpecificData?.lastCursor ?? undefined;
      const tick = await withProgress(`Evaluating sensor ${name}`, () =>
        previewSensor(target.client, target.repository, name, cursor),
      );
      emit(target.json, tick, () => printTickEvaluation(tick.timestamp, tick.evaluationResult));
    });
  sensor
    .command("cursor <name>")
    .description("print the sensor's cursor, or change it with --set / --clear")
    .option(...LOCATION_OPTION)
    .option("--set <value>", "store this cursor")
    .option("--clear", "remove the cursor (the sensor starts afresh)")
    .addHelpText(
      "after",
      "\nExamples:\n  dagflare sensor cursor file_sensor\n  dagflare sensor cursor file_sensor --set 2026-01-01\n  dagflare sensor cursor file_sensor --clear",
    )
    .action(async (name: string, options: { set?: string; clear?: boolean }, command: Command) => {
      if (options.set !== undefined && options.clear)
        throw new CliError("--set and --clear cannot be given together");
      const target = await findInstigator<SensorEntry>(command, "sensor", name);
      let cursor = target.item.sensorState.typeSpecificData?.lastCursor ?? null;
      if (options.set !== undefined || options.clear) {
        const value = options.clear ? null : options.set!;
        cursor = await withProgress(`${value === null ? "Clearing" : "Setting"} the cursor of ${name}`, () =>
          setSensorCursor(target.client, target.repository, name, value),
        );
      }
      emit(target.json, { sensor: name, cursor }, () => console.log(cursor ?? "(no cursor)"));
    });
  return sensor;
}
