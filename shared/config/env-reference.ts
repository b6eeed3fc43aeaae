/**
 * `{ env: NAME }` in a config file: any scalar may name an environment variable (a Worker var or secret)
 * instead of giving the value. References are found in the plain data before schema validation and
 * replaced by EnvReference objects; the env is read here, per call, never at import time, because a Worker
 * only receives its env with each request.
 * @module
 */
import type { KeyPath, RawConfigIssue } from "./config-issue";

/** Variable names, and Worker binding names (both are properties of the Worker's `env`). */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One `{ env: NAME }` in the file: the variable, where it was written, and its text if the env has it. */
export class EnvReference {
  constructor(
    readonly name: string,
    readonly path: KeyPath,
    readonly value: string | undefined,
  ) {}

  /** Serialises back to the form it was written in, so displays show the reference, never the secret. */
  toJSON(): { env: string } {
    return { env: this.name };
  }
}

/**
 * Where variables come from and what an unset one means: "error" for a Worker loading its config, "warn"
 * for an offline check, which cannot see the Worker's secrets. Without an env (display), nothing is read.
 */
export type EnvLookup = { env: Record<string, unknown>; unset: "error" | "warn" };

export type BoundEnvReferences = {
  value: unknown;
  references: EnvReference[];
  /** Mappings that have an `env` key but are not a valid reference (each already has an issue). */
  malformed: KeyPath[];
  issues: RawConfigIssue[];
  warnings: RawConfigIssue[];
};

/**
 * Replaces every `{ env: NAME }` mapping in `value` by an EnvReference. A mapping with an `env` key in any
 * other shape is an issue. Pure: returns new data and leaves `value` untouched.
 */
export function bindEnvReferences(value: unknown, lookup?: EnvLookup): BoundEnvReferences {
  const result: BoundEnvReferences = {
    value: undefined,
    references: [],
    malformed: [],
    issues: [],
    warnings: [],
  };
  result.value = bind(value, [], lookup, result);
  return result;
}

function bind(
  value: unknown,
  path: KeyPath,
  lookup: EnvLookup | undefined,
  out: BoundEnvReferences,
): unknown {
  if (Array.isArray(value))
    return value.map((item: unknown, index) => bind(item, [...path, index], lookup, out));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value);
  if (!Object.hasOwn(value, "env")) {
    return Object.fromEntries(entries.map(([key, item]) => [key, bind(item, [...path, key], lookup, out)]));
  }
  const name = entries.length === 1 ? entries[0]?.[1] : undefined;
  if (typeof name !== "string" || !IDENTIFIER.test(name)) {
    out.issues.push({
      path,
      message:
        "an environment reference is written { env: VARIABLE_NAME } (exactly one key, a variable name)",
    });
    out.malformed.push(path);
    return value;
  }
  const reference = new EnvReference(
    name,
    path,
    lookup === undefined ? undefined : readVariable(name, path, lookup, out),
  );
  out.references.push(reference);
  return reference;
}

function readVariable(
  name: string,
  path: KeyPath,
  lookup: EnvLookup,
  out: BoundEnvReferences,
): string | undefined {
  // Own properties only: `constructor` or `toString` must not resolve to Object.prototype members.
  const raw = Object.hasOwn(lookup.env, name) ? lookup.env[name] : undefined;
  if (typeof raw === "string") return raw;
  if (raw !== undefined) {
    out.issues.push({
      path,
      message: `environment variable ${name} is a binding, not a text variable or secret`,
    });
  } else if (lookup.unset === "error") {
    out.issues.push({ path, message: `environment variable ${name} is not set` });
  } else {
    out.warnings.push({
      path,
      message: `environment variable ${name} is not set here; it is resolved at run time from the Worker's bindings`,
    });
  }
  return undefined;
}
