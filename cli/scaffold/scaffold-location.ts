/**
 * `dagflare location new <name>`'s work: the location's folder under code-locations/ (where `dagflare dev`
 * looks for the Worker each service binding names), its binding in the host's wrangler.toml and its
 * workspace.yaml entry. Checks everything before writing anything.
 * @module
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CliError } from "../output/cli-error";
import { locationFiles } from "./location-files";
import { locationNames, type LocationNames } from "./names";
import { addServiceBinding, addWorkspaceEntry, assertLocationIsNew, hostWorkerName } from "./project-config";

export const LOCATIONS_FOLDER = "code-locations";

export type ScaffoldedLocation = LocationNames & { folder: string; files: string[] };

export function scaffoldLocation(project: string, name: string): ScaffoldedLocation {
  const hostWorker = hostWorkerName(project);
  const names = locationNames(name, hostWorker);
  const folder = join(project, LOCATIONS_FOLDER, names.location);
  if (existsSync(folder))
    throw new CliError(`${relative(process.cwd(), folder) || folder} already exists`, [
      "choose another location name",
    ]);
  assertLocationIsNew(project, names);
  mkdirSync(folder, { recursive: true });
  const files = Object.entries(locationFiles(names, hostWorker)).map(([file, text]) => {
    writeFileSync(join(folder, file), text);
    return join(LOCATIONS_FOLDER, names.location, file);
  });
  addServiceBinding(project, names);
  addWorkspaceEntry(project, names);
  return { ...names, folder, files: [...files, "wrangler.toml", "workspace.yaml"] };
}
