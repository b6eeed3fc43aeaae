/**
 * Credentials kept out of run config. Run config is stored with its run, shown in the UI and the API,
 * and copied into every re-execution, so the step-server executors' request headers that carry a
 * credential must be `{ env: NAME }` references, resolved from the run worker's environment. The JSON
 * Schema a code location sends cannot say "this value must be a reference when the key looks like
 * that", so launch-time validation applies this rule besides the schema.
 * @module
 */
import { describeLocation, forField, forMapValue, pathOf, type EvaluationStack } from "./evaluation-stack";
import { isPlainObject } from "./json-value";
import type { RunConfigError } from "./run-config-errors";

/** Header names whose values are (or may be) credentials: broad on purpose, a false alarm costs one `{ env }`. */
const CREDENTIAL_HEADER = /auth|cookie|token|secret|passw|key|signature|credential|session/i;

/** A header whose name says credential and whose value is not an `{ env }` reference. */
export function isPlainCredentialHeader(name: string, value: unknown): boolean {
  return CREDENTIAL_HEADER.test(name) && !(isPlainObject(value) && "env" in value);
}

export const CREDENTIAL_IN_RUN_CONFIG =
  "a credential is not written into run config, where it is stored and shown: write { env: NAME } and set NAME in the run worker's environment";

const STEP_SERVER_EXECUTORS = ["remote", "container"] as const;

/**
 * An error for each credential header not written as an `{ env }` reference under
 * `execution.config.<remote|container>.headers` (a number or anything else too, whose schema error would
 * otherwise quote it).
 */
export function plainCredentialErrors(config: unknown): RunConfigError[] {
  const executors =
    isPlainObject(config) && isPlainObject(config.execution) ? config.execution.config : undefined;
  if (!isPlainObject(executors)) return [];
  return STEP_SERVER_EXECUTORS.flatMap((kind) => {
    const executor = executors[kind];
    const headers = isPlainObject(executor) ? executor.headers : undefined;
    if (!isPlainObject(headers)) return [];
    const stack: EvaluationStack = ["execution", "config", kind, "headers"].reduce<EvaluationStack>(
      forField,
      [],
    );
    return Object.entries(headers)
      .filter(([name, value]) => isPlainCredentialHeader(name, value))
      .map(([name]) => credentialError(forMapValue(stack, name)));
  });
}

function credentialError(stack: EvaluationStack): RunConfigError {
  return {
    message: `Invalid value ${describeLocation(stack)}: ${CREDENTIAL_IN_RUN_CONFIG}.`,
    path: pathOf(stack),
    stack: [...stack],
    reason: "RUNTIME_TYPE_MISMATCH",
    // Never the value itself: it is the secret.
    valueRep: '"<redacted>"',
  };
}
