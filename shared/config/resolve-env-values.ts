/**
 * Reads the env into a parsed config: each PendingEnvValue whose variable was found is coerced, checked
 * and put in its place. Values whose variable is unset stay pending (the offline check allows that; a
 * Worker loading its config has already failed on them).
 * @module
 */
import type { RawConfigIssue } from "./config-issue";
import { DagflareError } from "../errors/dagflare-error";
import { PendingEnvValue, type Resolved } from "./pending-env-value";
import { fromZodIssues } from "./zod-config-issues";

/** Returns a copy of `value` with every resolvable env value in place, plus the problems found. Pure. */
export function resolveEnvValues<T>(value: T): { value: T; issues: RawConfigIssue[] } {
  const issues: RawConfigIssue[] = [];
  // Each PendingEnvValue<V> is replaced by a V, which its slot (typed V | PendingEnvValue<V>) admits.
  return { value: mapTree(value, (pending) => resolveOne(pending, issues)) as T, issues };
}

/**
 * Deep-freezes a config with no pending env values left and types it as such.
 * @throws DagflareError INTERNAL if a pending value remains (callers must have rejected unset variables).
 */
export function asResolved<T>(value: T): Resolved<T> {
  const frozen = mapTree(value, (pending) => {
    throw new DagflareError("INTERNAL", `config value ${pending.reference.name} was never resolved`);
  });
  // mapTree left no PendingEnvValue (it threw), which is exactly what Resolved<T> describes.
  return frozen as Resolved<T>;
}

function resolveOne(pending: PendingEnvValue<unknown>, issues: RawConfigIssue[]): unknown {
  const { name, path, value: text } = pending.reference;
  if (text === undefined) return pending;
  const result = pending.parseText(text);
  if (result.success) return result.data;
  issues.push(
    ...fromZodIssues(result.error.issues, path).map((issue) => ({
      ...issue,
      message: `${issue.message} from environment variable ${name}`,
    })),
  );
  return pending;
}

/** Rebuilds plain data (arrays and plain objects, frozen), passing each PendingEnvValue through `onPending`. */
function mapTree(value: unknown, onPending: (pending: PendingEnvValue<unknown>) => unknown): unknown {
  if (value instanceof PendingEnvValue) return onPending(value);
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => mapTree(item, onPending)));
  if (typeof value !== "object" || value === null) return value;
  return Object.freeze(
    Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapTree(item, onPending)])),
  );
}
