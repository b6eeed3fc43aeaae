/**
 * `dagflare init [dir]`'s work, as `create-dagster` does it: a new project folder with its config files,
 * its instance host and one code location, then `npm install` (which only links this package: it is
 * depended on by path, and brings its own dependencies).
 * @module
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { CliError } from "../output/cli-error";
import { projectFiles } from "./project-files";
import { scaffoldLocation, type ScaffoldedLocation } from "./scaffold-location";

/** Project names become Worker and resource names (`<name>-webserver`, the D1 database, the queue). */
const PROJECT_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export type ScaffoldedProject = {
  project: string;
  name: string;
  files: string[];
  location: ScaffoldedLocation;
};

export function scaffoldProject(
  dir: string,
  options: { name?: string; location: string },
): ScaffoldedProject {
  const project = resolve(dir);
  const name =
    options.name ??
    basename(project)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  if (!PROJECT_NAME.test(name)) {
    throw new CliError(`invalid project name "${name}"`, [
      "pass --name with lower-case letters, digits and single dashes, starting with a letter",
    ]);
  }
  if (existsSync(project) && readdirSync(project).length > 0)
    throw new CliError(`${project} is not empty`, ["choose a new or empty folder"]);
  mkdirSync(project, { recursive: true });
  const files = Object.entries(projectFiles(project, name)).map(([file, text]) => {
    writeFileSync(join(project, file), text);
    return file;
  });
  const location = scaffoldLocation(project, options.location);
  return {
    project,
    name,
    files: [...files, ...location.files.filter((file) => !files.includes(file))],
    location,
  };
}

export function installDependencies(project: string): void {
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: project, encoding: "utf8" });
  if (result.status !== 0)
    throw new CliError(`npm install failed in ${project}`, [result.stderr.trim() || result.stdout.trim()]);
}
