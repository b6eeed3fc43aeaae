/**
 * The names a new code location gets from the one the user chose: its folder and location name, its
 * Worker's name, the webserver's binding to it and its first job.
 * @module
 */
import { CliError } from "../output/cli-error";

export type LocationNames = { location: string; worker: string; binding: string; job: string };

/** Kebab case: valid as a folder, a workspace location name and (prefixed) a Worker name. */
const LOCATION_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** @param hostWorker the instance host's Worker name; locations are named beside it (dagflare-webserver → dagflare-<name>). */
export function locationNames(name: string, hostWorker: string): LocationNames {
  if (!LOCATION_NAME.test(name)) {
    throw new CliError(`invalid location name "${name}"`, [
      "use lower-case letters, digits and single dashes, starting with a letter (e.g. billing, data-platform)",
    ]);
  }
  const prefix = hostWorker.replace(/-webserver$/, "");
  const worker = `${prefix}-${name}`;
  if (worker.length > 63)
    throw new CliError(
      `location name "${name}" is too long: its Worker "${worker}" would exceed 63 characters`,
    );
  const snake = name.replaceAll("-", "_");
  return { location: name, worker, binding: `${snake.toUpperCase()}_LOCATION`, job: `${snake}_job` };
}
