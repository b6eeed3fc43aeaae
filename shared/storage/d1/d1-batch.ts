/**
 * How Dagflare writes to D1: statements that must commit together go in one `batch` (one round trip, one
 * transaction — D1 has no interactive transactions), and multi-row inserts are chunked under D1's limit
 * of 100 bound parameters per statement.
 * @module
 */
import type { BatchItem } from "drizzle-orm/batch";
import type { DrizzleD1Database } from "drizzle-orm/d1";
import { getTableColumns } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

export type D1Db = DrizzleD1Database;

/** D1 rejects any statement binding more parameters than this. */
export const D1_MAX_BOUND_PARAMETERS = 100;

/** How many rows of `columnCount` bound values fit in one statement (at least one). */
export function rowsPerStatement(columnCount: number): number {
  return Math.max(1, Math.floor(D1_MAX_BOUND_PARAMETERS / columnCount));
}

/**
 * Splits rows for a multi-row insert into `table` so that no statement exceeds D1's parameter limit.
 * Counts every column of the table, an upper bound on what drizzle binds per row.
 */
export function chunkRowsForInsert<TTable extends SQLiteTable, TRow>(
  table: TTable,
  rows: readonly TRow[],
): TRow[][] {
  const size = rowsPerStatement(Object.keys(getTableColumns(table)).length);
  const chunks: TRow[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/**
 * Runs `statements` then `after` in one D1 batch: a single round trip that commits all or nothing.
 * Returns the results of `statements` only (`after` holds writes whose results nobody reads).
 * Makes no call at all when both lists are empty.
 */
export async function runBatch<T extends BatchItem<"sqlite">>(
  db: D1Db,
  statements: readonly T[],
  after: readonly BatchItem<"sqlite">[] = [],
): Promise<T["_"]["result"][]> {
  const [first, ...rest] = [...statements, ...after];
  if (first === undefined) return [];
  const results = await db.batch([first, ...rest]);
  return results.slice(0, statements.length);
}
