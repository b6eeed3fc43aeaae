/**
 * Reading and extending a project's instance host wrangler.toml and workspace.yaml: the host's Worker
 * name, the service bindings it declares, and adding one location to both. Edits keep the files' comments.
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument, YAMLSeq } from "yaml";
import { CliError } from "../output/cli-error";
import type { LocationNames } from "./names";

export function hostWorkerName(project: string): string {
  const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(readFileSync(join(project, "wrangler.toml"), "utf8"))?.[1];
  if (!name) throw new CliError(`${join(project, "wrangler.toml")} has no top-level name = "..."`);
  return name;
}

/** Refuses a location whose name, binding or Worker the project already has. */
export function assertLocationIsNew(project: string, names: LocationNames): void {
  const toml = readFileSync(join(project, "wrangler.toml"), "utf8");
  if (new RegExp(`^\\s*binding\\s*=\\s*"${names.binding}"`, "m").test(toml)) {
    throw new CliError(`wrangler.toml already declares the binding ${names.binding}`, [
      `choose another name than "${names.location}"`,
    ]);
  }
  if (new RegExp(`^\\s*service\\s*=\\s*"${names.worker}"`, "m").test(toml)) {
    throw new CliError(`wrangler.toml already binds the Worker ${names.worker}`, [
      `choose another name than "${names.location}"`,
    ]);
  }
  const workspace = readFileSync(join(project, "workspace.yaml"), "utf8");
  if (new RegExp(`location_name:\\s*["']?${names.location}["']?\\s*(,|}|$)`, "m").test(workspace)) {
    throw new CliError(`workspace.yaml already has a location named "${names.location}"`);
  }
}

const SERVICES_COMMENT = "# Code locations reached by service binding:";

/** Adds the webserver's [[services]] binding, after the last one there is (or at the end). */
export function addServiceBinding(project: string, names: LocationNames): void {
  const path = join(project, "wrangler.toml");
  const toml = readFileSync(path, "utf8");
  const block = `[[services]]\nbinding = "${names.binding}"\nservice = "${names.worker}"\n`;
  // After the last binding there is, or else after the comment introducing them (the init template keeps it).
  const last = Math.max(toml.lastIndexOf("[[services]]"), toml.indexOf(SERVICES_COMMENT));
  if (last < 0)
    return writeFileSync(
      path,
      `${toml.trimEnd()}\n\n${SERVICES_COMMENT} one entry per \`service_binding\` location in workspace.yaml.\n${block}`,
    );
  const end = toml.indexOf(last === toml.lastIndexOf("[[services]]") ? "\n\n" : "\n", last);
  const at = end < 0 ? toml.length : end + 1;
  writeFileSync(path, `${toml.slice(0, at)}${end < 0 ? "\n" : ""}${block}${toml.slice(at)}`);
}

/** Appends the location's `service_binding` entry to workspace.yaml's load_from. */
export function addWorkspaceEntry(project: string, names: LocationNames): void {
  const path = join(project, "workspace.yaml");
  const document = parseDocument(readFileSync(path, "utf8"));
  const entry = document.createNode({
    service_binding: { binding: names.binding, location_name: names.location },
  });
  const loadFrom = document.get("load_from");
  if (loadFrom instanceof YAMLSeq) {
    loadFrom.flow = false;
    loadFrom.add(entry);
  } else if (loadFrom == null) {
    document.set("load_from", document.createNode([entry.toJSON()]));
  } else {
    throw new CliError(`${path}: load_from is not a list`);
  }
  writeFileSync(path, document.toString());
}
