/**
 * Small SQL building blocks shared by the D1 stores.
 * @module
 */
import { sql, type Column, type SQL } from "drizzle-orm";
import { DagflareError } from "../../errors/dagflare-error";

/**
 * `column IN (...)` for any number of values with a single bound parameter (a JSON array read by
 * json_each), so long lists never run into D1's 100-parameter limit. A single value becomes `=`, which
 * lets SQLite walk an index like (status, id) in order instead of sorting every match.
 */
export function inList(column: Column, values: readonly (string | number)[]): SQL {
  const [only, ...others] = values;
  if (only !== undefined && others.length === 0) return sql`${column} = ${only}`;
  return sql`${column} in (select value from json_each(${JSON.stringify(values)}))`;
}

/** The value an upsert tried to insert into `column` (SQLite's `excluded.<column>`). */
export function excluded(column: Column): SQL {
  return sql`excluded.${sql.identifier(column.name)}`;
}

/**
 * Validates a caller's page size and turns "no limit" (null/undefined) into SQLite's LIMIT -1.
 * @throws DagflareError BAD_REQUEST naming `argument` when the limit is not a non-negative integer.
 */
export function sqlLimit(limit: number | null | undefined, argument: string): number {
  if (limit === null || limit === undefined) return -1;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new DagflareError("BAD_REQUEST", `${argument} must be a non-negative integer, got ${limit}`);
  }
  return limit;
}

/** Epoch seconds (float), the unit of every time Dagflare serves, from epoch milliseconds (default: now). */
export function epochSeconds(milliseconds: number = Date.now()): number {
  return milliseconds / 1000;
}
