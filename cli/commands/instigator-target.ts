/**
 * What `schedule` and `sensor` subcommands share: the `--location` option and finding the named
 * schedule or sensor in the workspace.
 * @module
 */
import type { Command } from "commander";
import { contextOf, type CommandContext } from "../context";
import { findIn, readRepositories, type Found } from "../graphql/workspace";
import { withProgress } from "../output/progress";

export const LOCATION_OPTION = [
  "-l, --location <name>",
  "the code location, when several have this name",
] as const;

export async function findInstigator<T extends { name: string }>(
  command: Command,
  kind: "schedule" | "sensor",
  name: string,
): Promise<CommandContext & Found<T>> {
  const context = contextOf(command);
  const { location } = command.opts<{ location?: string }>();
  const found = await withProgress(`Finding ${kind} ${name}`, async () =>
    findIn<T>(await readRepositories(context.client), kind, name, location),
  );
  return { ...context, ...found };
}
