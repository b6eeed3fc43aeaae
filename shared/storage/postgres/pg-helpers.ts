/**
 * Small SQL building blocks shared by the PostgreSQL stores.
 * @module
 */
import { inArray, type Column, type SQL } from "drizzle-orm";
import { sqlLimit } from "../d1/sql-helpers";

/** `column IN (...)`, or `=` for a single value so the planner walks an index like (status, id) in order. */
export function inList(column: Column, values: readonly (string | number)[]): SQL {
  return inArray(column, [...values]);
}

/**
 * Validates a caller's page size (BAD_REQUEST naming `argument`, as sqlLimit says) and turns "no limit"
 * into undefined: PostgreSQL has no LIMIT -1.
 */
export function pgLimit(limit: number | null | undefined, argument: string): number | undefined {
  const checked = sqlLimit(limit, argument);
  return checked < 0 ? undefined : checked;
}

/** Rows per multi-row insert: far under PostgreSQL's 65,535 bound parameters for any of these tables. */
export const ROWS_PER_INSERT = 1000;

export function chunks<T>(rows: readonly T[], size = ROWS_PER_INSERT): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}
