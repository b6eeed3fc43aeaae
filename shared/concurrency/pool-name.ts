/**
 * Pool names (Dagster 1.10: letters, digits, `-` and `_` only), checked wherever one comes in: an op's
 * `pool`, a limit set over GraphQL.
 * @module
 */
const POOL_NAME = /^[A-Za-z0-9_-]+$/;

/** Why `name` is not a pool name, or undefined when it is one. */
export function poolNameProblem(name: string): string | undefined {
  if (POOL_NAME.test(name)) return undefined;
  return `"${name}" is not a valid pool name: use only letters, digits, "-" and "_"`;
}

/** Dagster's bounds for a pool's limit (Instance.minConcurrencyLimitValue / maxConcurrencyLimitValue). */
export const MIN_POOL_LIMIT = 0;
export const MAX_POOL_LIMIT = 1000;

/** Why `limit` cannot be a pool's limit, or undefined when it can. */
export function poolLimitProblem(limit: number): string | undefined {
  if (Number.isInteger(limit) && limit >= MIN_POOL_LIMIT && limit <= MAX_POOL_LIMIT) return undefined;
  return `a pool's limit must be an integer from ${MIN_POOL_LIMIT} to ${MAX_POOL_LIMIT}, got ${limit}`;
}
