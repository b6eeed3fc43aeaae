/**
 * The project a command works on: the nearest folder, from the current one up, holding workspace.yaml and
 * the instance host's wrangler.toml (this repository, or one made by `dagflare init`).
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CliError } from "../output/cli-error";

export function findProject(from = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "workspace.yaml")) && existsSync(join(dir, "wrangler.toml"))) return dir;
    if (dirname(dir) === dir) {
      throw new CliError(
        `no Dagflare project here: no folder from ${resolve(from)} up holds workspace.yaml and wrangler.toml`,
        ["make one with `dagflare init <dir>`"],
      );
    }
  }
}
