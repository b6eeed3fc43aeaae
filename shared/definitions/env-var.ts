/**
 * Environment variable references in definitions (Dagster's EnvVar): `{ env: "NAME" }` stands for the
 * variable's value, read where the code runs (the code location Worker's vars and secrets, or the Node
 * run-worker service's environment) only when a step needs it, so the value never reaches a snapshot.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";

export type EnvVarRef = { readonly env: string };

/** A reference to the environment variable `name`, as Dagster's `EnvVar("NAME")`. */
export function EnvVar(name: string): EnvVarRef {
  return { env: name };
}

export function isEnvVarRef(value: unknown): value is EnvVarRef {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { env?: unknown }).env === "string"
  );
}

/**
 * The variable's value. Workers with nodejs_compat (compatibility date 2025-04-01 or later) see their vars
 * and secrets in `process.env`, as the Node service sees its environment, so one reader serves both.
 * @throws DagflareError naming the variable and `where` it is referenced when it is not set.
 */
export function readEnvVar(ref: EnvVarRef, where: string): string {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    ref.env
  ];
  if (value === undefined) {
    throw new DagflareError(
      "INVALID_CONFIG",
      `${where}: environment variable ${ref.env} is not set where the step runs`,
    );
  }
  return value;
}
