/**
 * Offline validation of dagflare.yaml and workspace.yaml (Node only: reads files), for `scripts/check.ts`
 * and `npm start`. Variables come from process.env and `.dev.vars`; one that is not set there is only a
 * warning, since the deployed Worker reads it from its own bindings; values that are set are fully checked.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "zod";
import { ConfigError, formatConfigIssue } from "./config-error";
import { parseDevVars } from "./dev-vars";
import { INSTANCE_CONFIG_FILE } from "./instance-config";
import { readYamlConfig, type ConfigFileDefinition } from "./load-yaml-config";
import type { PendingEnvValue } from "./pending-env-value";
import { WORKSPACE_CONFIG_FILE } from "./workspace-config";

export type CheckConfigFilesOptions = {
  /** Default "dagflare.yaml"; a default path may be absent (all defaults), a given one must exist. */
  instancePath?: string;
  /** Default "workspace.yaml"; a default path may be absent (no code locations), a given one must exist. */
  workspacePath?: string;
  /** Where relative paths and `.dev.vars` are looked up; default the process's cwd. */
  cwd?: string;
  /** Variables for `{ env: NAME }`; default process.env overlaid with `.dev.vars` from `cwd`. */
  env?: Record<string, unknown>;
};

/** `ok` is false if either file is invalid; `lines` are what to print, warnings included. */
export type CheckConfigFilesResult = { ok: boolean; lines: string[] };

/** Validates both files without starting anything. Reads files only; never throws for invalid config. */
export function checkConfigFiles(options: CheckConfigFilesOptions = {}): CheckConfigFilesResult {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? localEnv(cwd);
  const instance = checkFile(INSTANCE_CONFIG_FILE, {
    file: { given: options.instancePath, fallback: "dagflare.yaml", whenAbsent: "every default applies" },
    cwd,
    env,
    summary: () => "OK",
  });
  const workspace = checkFile(WORKSPACE_CONFIG_FILE, {
    file: { given: options.workspacePath, fallback: "workspace.yaml", whenAbsent: "no code locations" },
    cwd,
    env,
    summary: ({ locations }) =>
      `OK (${describeLocations(locations.map(({ locationName }) => locationName))})`,
  });
  return { ok: instance.ok && workspace.ok, lines: [...instance.lines, ...workspace.lines] };
}

type CheckFileOptions<T> = {
  file: { given: string | undefined; fallback: string; whenAbsent: string };
  cwd: string;
  env: Record<string, unknown>;
  summary: (value: T) => string;
};

function checkFile<S extends z.ZodType>(
  definition: ConfigFileDefinition<S>,
  options: CheckFileOptions<z.output<S>>,
): CheckConfigFilesResult {
  const { given, fallback, whenAbsent } = options.file;
  const label = given ?? fallback;
  const path = resolve(options.cwd, label);
  if (!existsSync(path))
    return given === undefined
      ? { ok: true, lines: [`${label}: OK (not found: ${whenAbsent})`] }
      : { ok: false, lines: [`${label}: not found`] };
  try {
    const { value, warnings } = readYamlConfig(readFileSync(path, "utf8"), definition, {
      source: label,
      lookup: { env: options.env, unset: "warn" },
    });
    return {
      ok: true,
      lines: [
        ...warnings.map((warning) => `${label}: warning: ${formatConfigIssue(warning)}`),
        `${label}: ${options.summary(value)}`,
      ],
    };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, lines: error.message.split("\n") };
    throw error;
  }
}

/** "1 code location: example"; a name still waiting for its variable shows as the reference. */
function describeLocations(names: readonly (string | PendingEnvValue<string>)[]): string {
  if (names.length === 0) return "no code locations";
  const shown = names.map((name) => (typeof name === "string" ? name : `{ env: ${name.reference.name} }`));
  return `${names.length} code location${names.length === 1 ? "" : "s"}: ${shown.join(", ")}`;
}

function localEnv(cwd: string): Record<string, unknown> {
  const devVarsPath = resolve(cwd, ".dev.vars");
  return {
    ...process.env,
    ...(existsSync(devVarsPath) ? parseDevVars(readFileSync(devVarsPath, "utf8")) : {}),
  };
}
