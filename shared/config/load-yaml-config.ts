/**
 * The one pipeline every config file goes through: YAML text → plain data → `{ env: NAME }` references
 * bound → schema decode (defaults filled) → env values resolved → cross-entry checks. Every problem from
 * every stage that ran is collected and thrown as one ConfigError, so a config is never half applied.
 * @module
 */
import { z } from "zod";
import { ConfigError, type ConfigIssue } from "./config-error";
import { formatKeyPath, type KeyPath, type RawConfigIssue } from "./config-issue";
import {
  bindEnvReferences,
  type BoundEnvReferences,
  type EnvLookup,
  type EnvReference,
} from "./env-reference";
import { resolveEnvValues } from "./resolve-env-values";
import { parseYamlSource, type YamlSource } from "./yaml-source";
import { fromZodIssues, withInput } from "./zod-config-issues";

/** What a config file is: its schema, and the checks across entries that need the resolved values. */
export type ConfigFileDefinition<S extends z.ZodType> = {
  schema: S;
  /** Runs on the value after env resolution; values still pending must be skipped. */
  validate?: (value: z.output<S>) => RawConfigIssue[];
};

export type ReadYamlConfigOptions = {
  /** Names the file or Worker var in errors. */
  source: string;
  /** Where `{ env: NAME }` values come from; without it every reference is left pending (display). */
  lookup?: EnvLookup;
};

export type ReadYamlConfigResult<T> = { value: T; warnings: ConfigIssue[] };

/**
 * Parses and validates config text; null, undefined, empty or comment-only text means every default.
 * Values whose variable is unset stay PendingEnvValue (only possible with `unset: "warn"` or no lookup).
 * Pure and idempotent.
 * @throws ConfigError listing every issue found.
 */
export function readYamlConfig<S extends z.ZodType>(
  text: string | null | undefined,
  definition: ConfigFileDefinition<S>,
  options: ReadYamlConfigOptions,
): ReadYamlConfigResult<z.output<S>> {
  const parsed = parseYamlSource(text ?? "");
  if (!parsed.ok) throw new ConfigError(options.source, parsed.issues);
  const yaml = parsed.source;
  const fail = (issues: RawConfigIssue[]) => new ConfigError(options.source, placeIssues(issues, yaml));

  const bound = bindEnvReferences(yaml.value ?? {}, options.lookup);
  const decoded = definition.schema.safeParse(bound.value, { reportInput: true });
  if (!decoded.success)
    throw fail([...bound.issues, ...alongReferences(fromZodIssues(decoded.error.issues), bound)]);

  const resolved = resolveEnvValues(decoded.data);
  const issues = [...bound.issues, ...resolved.issues, ...(definition.validate?.(resolved.value) ?? [])];
  if (issues.length > 0) throw fail(issues);
  return { value: resolved.value, warnings: placeIssues(bound.warnings, yaml) };
}

/**
 * The effective config in the file's own form (snake_case keys, every default filled) with each
 * `{ env: NAME }` kept as written: safe to show, as no env is read. Pure.
 * @throws ConfigError if the text is invalid in any way that does not depend on the env.
 */
export function displayYamlConfig<S extends z.ZodType>(
  text: string | null | undefined,
  definition: ConfigFileDefinition<S>,
  source: string,
): Record<string, unknown> {
  const { value } = readYamlConfig(text, definition, { source });
  // A JSON round trip turns EnvReferences into { env: NAME } (their toJSON) and leaves plain data.
  return DisplaySchema.parse(JSON.parse(JSON.stringify(z.encode(definition.schema, value))));
}

const DisplaySchema = z.record(z.string(), z.unknown());

/**
 * Schema issues seen through the references: issues at or inside a malformed `{ env }` mapping are
 * dropped (it has its own issue), and issues inside a reference (the schema wanted a mapping there and
 * looked into the reference object) become one issue saying a reference cannot stand for a mapping.
 */
function alongReferences(issues: readonly RawConfigIssue[], bound: BoundEnvReferences): RawConfigIssue[] {
  const misplaced = new Set<EnvReference>();
  const kept = issues.filter((issue) => {
    if (bound.malformed.some((path) => startsWith(issue.path, path))) return false;
    const container = bound.references.find(
      (reference) => issue.path.length > reference.path.length && startsWith(issue.path, reference.path),
    );
    if (container !== undefined) misplaced.add(container);
    return container === undefined;
  });
  return [
    ...kept,
    ...[...misplaced].map((reference) => ({
      path: reference.path,
      message: withInput("expected a mapping", reference),
    })),
  ];
}

function startsWith(path: KeyPath, prefix: KeyPath): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}

/** Adds line and column, drops repeats (one env value can fill several slots), and sorts by position. */
function placeIssues(issues: readonly RawConfigIssue[], yaml: YamlSource): ConfigIssue[] {
  const placed = new Map<string, ConfigIssue>();
  for (const issue of issues) {
    const path = formatKeyPath(issue.path);
    placed.set(`${path}\n${issue.message}`, {
      path,
      message: issue.message,
      ...yaml.positionOf(issue.path, issue.atKey),
    });
  }
  return [...placed.values()].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
