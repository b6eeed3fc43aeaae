/**
 * Run config validation against a job's run config schema (the JSON Schema a code location sends), with
 * Dagster's semantics and errors: every problem at once, each naming its path and what was expected;
 * plus the one rule the schema cannot carry, no credential in plain text (credential-headers.ts).
 * Also fills defaults, which is what a run records as its run config.
 * @module
 */
import type { JsonSchema } from "../protocol/code-location-protocol";
import { ConfigTypeKeys } from "./config-type-keys";
import { plainCredentialErrors } from "./credential-headers";
import { fillDefaults } from "./fill-defaults";
import { isPlainObject } from "./json-value";
import type { RunConfigError } from "./run-config-errors";
import { SchemaReader } from "./schema-reader";
import { validateValue, type Validation } from "./validate-config-value";

export type { ConfigFieldInfo, RunConfigError, RunConfigErrorReason } from "./run-config-errors";
export type { EvaluationStackEntry } from "./evaluation-stack";

function validationFor(schema: JsonSchema): Validation {
  const reader = new SchemaReader(schema);
  return { reader, keys: new ConfigTypeKeys(reader) };
}

/**
 * All errors of `config` against `schema`, in Dagster's order (per object: unexpected entries, missing
 * entries, then each entry in schema order); empty when valid. Pure. Throws DagflareError("INVALID_DEFINITION")
 * only when the schema itself is broken (an unresolvable `$ref` or an invalid `pattern`).
 */
export function validateRunConfig(config: unknown, schema: JsonSchema): RunConfigError[] {
  // The schema's own errors at a credential written as a value would quote it: the credential error replaces them.
  const credentialErrors = plainCredentialErrors(config);
  const at = new Set(credentialErrors.map((error) => error.path.join("\u0000")));
  const schemaErrors = validateValue(validationFor(schema), schema, config, []).filter(
    (error) => !at.has(error.path.slice(0, 5).join("\u0000")),
  );
  return [...schemaErrors, ...credentialErrors];
}

/** True when validateRunConfig finds no error. */
export function isRunConfigValid(config: unknown, schema: JsonSchema): boolean {
  return validateRunConfig(config, schema).length === 0;
}

/**
 * `config` with every default of `schema` filled in (a new object; `config` is not changed). Meant for a
 * valid config; on an invalid one it fills what it can and never throws for bad values. Idempotent.
 * Throws DagflareError("INVALID_DEFINITION") only for a broken schema, as validateRunConfig does.
 */
export function applyRunConfigDefaults(
  config: Record<string, unknown>,
  schema: JsonSchema,
): Record<string, unknown> {
  const filled = fillDefaults(validationFor(schema), schema, config);
  return isPlainObject(filled) ? filled : config;
}
