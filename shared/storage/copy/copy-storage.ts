/**
 * Copies everything one storage holds into another (D1 → PostgreSQL and back), table by table: every
 * table both schemas declare, in primary-key order, in batches. Rows keep their ids (run paging ids,
 * event storage ids, tick ids), so cursors daemons and clients hold stay valid. Resumable: each table
 * continues after the last key the target has, and a row already there is left as it is. Verifying:
 * the answer gives each table's row count on both sides.
 * @module
 */
import {
  asc,
  count,
  desc,
  getTableColumns,
  getTableName,
  inArray,
  sql,
  type Column,
  type SQL,
} from "drizzle-orm";
import type { DrizzleD1Database } from "drizzle-orm/d1";
import type { PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { getTableConfig as sqliteTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { rowsPerStatement } from "../d1/d1-batch";
import * as d1Schema from "../d1/schema";
import * as pgSchema from "../postgres/schema";

/** One side of a copy: a drizzle database and the schema module its tables come from. */
export type CopyEndpoint =
  | { kind: "d1"; db: DrizzleD1Database }
  | { kind: "postgres"; db: PostgresJsDatabase };

export type TableCount = { table: string; source: number; target: number };

type AnyTable = SQLiteTable | PgTable;
type Row = Record<string, unknown>;

const BATCH_ROWS = 500;

/** The tables both backends declare, by SQL name, in the order they are copied (runs before run_tags). */
function tablePairs(): { name: string; d1: SQLiteTable; pg: PgTable }[] {
  const byName = <T extends AnyTable>(
    module: Record<string, unknown>,
    isTable: (value: unknown) => value is T,
  ) =>
    new Map(
      Object.values(module)
        .filter(isTable)
        .map((table) => [getTableName(table), table]),
    );
  const d1Tables = byName(d1Schema, (value): value is SQLiteTable => isDrizzleTable(value));
  const pgTables = byName(pgSchema, (value): value is PgTable => isDrizzleTable(value));
  // A module's exports come in name order; run_tags needs the runs copied first (see fitRows).
  const names = [...d1Tables.keys()]
    .filter((name) => pgTables.has(name))
    .sort((a, b) => Number(b === "runs") - Number(a === "runs"));
  return names.map((name) => ({
    name,
    d1: d1Tables.get(name) as SQLiteTable,
    pg: pgTables.get(name) as PgTable,
  }));
}

function isDrizzleTable(value: unknown): boolean {
  return typeof value === "object" && value !== null && Symbol.for("drizzle:IsDrizzleTable") in value;
}

/** The columns a table is paged by: its primary key (single or composite). */
function keyColumns(table: AnyTable, kind: CopyEndpoint["kind"]): Column[] {
  const config = kind === "d1" ? sqliteTableConfig(table as SQLiteTable) : pgTableConfig(table as PgTable);
  const composite = config.primaryKeys[0]?.columns;
  if (composite !== undefined) return composite as Column[];
  const single = config.columns.filter((column) => column.primary);
  if (single.length === 0) throw new Error(`table ${config.name} has no primary key to copy it by`);
  return single as Column[];
}

/** `(k1, k2) > (v1, v2)` for the row `after`, in both dialects. */
function afterKey(
  columns: Column[],
  after: Row | undefined,
  fieldOf: (column: Column) => string,
): SQL | undefined {
  if (after === undefined) return undefined;
  const values = columns.map((column) => sql`${after[fieldOf(column)]}`);
  return sql`(${sql.join(
    columns.map((column) => sql`${column}`),
    sql`, `,
  )}) > (${sql.join(values, sql`, `)})`;
}

/** The JS field name of each column of `table` (drizzle rows are keyed by field, not SQL name). */
function fieldNames(table: AnyTable): Map<Column, string> {
  return new Map(Object.entries(getTableColumns(table)).map(([field, column]) => [column as Column, field]));
}

// drizzle's builders are typed per dialect; this module only moves rows between same-named tables, so it
// speaks to both through one loose interface.
type LooseDb = {
  select(fields?: unknown): { from(table: unknown): LooseQuery };
  insert(table: unknown): { values(rows: Row[]): { onConflictDoNothing(): Promise<unknown> } };
};
type LooseQuery = {
  where(condition?: SQL): LooseQuery;
  orderBy(...columns: SQL[]): LooseQuery;
  limit(limit: number): Promise<Row[]>;
} & Promise<Row[]>;

/**
 * Copies every table from `source` to `target`, reporting progress per batch through `log`.
 * @returns the row counts of every table on both sides after the copy.
 */
export async function copyStorage(
  source: CopyEndpoint,
  target: CopyEndpoint,
  log: (line: string) => void = () => {},
): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const pair of tablePairs()) {
    const from = source.kind === "d1" ? pair.d1 : pair.pg;
    const to = target.kind === "d1" ? pair.d1 : pair.pg;
    const sourceDb = source.db as unknown as LooseDb;
    const targetDb = target.db as unknown as LooseDb;
    const fromKeys = keyColumns(from, source.kind);
    const toKeys = keyColumns(to, target.kind);
    const fromFields = fieldNames(from);
    const perInsert =
      target.kind === "d1" ? rowsPerStatement(Object.keys(getTableColumns(to)).length) : BATCH_ROWS;
    // Resume after the last key the target holds.
    const [last] = await targetDb
      .select()
      .from(to)
      .orderBy(...toKeys.map((column) => desc(column)))
      .limit(1);
    let after: Row | undefined = last;
    let copied = 0;
    for (;;) {
      const rows = await sourceDb
        .select()
        .from(from)
        .where(afterKey(fromKeys, after, (column) => fromFields.get(column) ?? column.name))
        .orderBy(...fromKeys.map((column) => asc(column)))
        .limit(BATCH_ROWS);
      if (rows.length === 0) break;
      const converted = await fitRows(pair.name, rows, target);
      // D1 binds at most 100 parameters per statement.
      for (let start = 0; start < converted.length; start += perInsert)
        await targetDb
          .insert(to)
          .values(converted.slice(start, start + perInsert))
          .onConflictDoNothing();
      copied += rows.length;
      after = rows.at(-1);
      log(`${pair.name}: ${copied} rows copied`);
      if (rows.length < BATCH_ROWS) break;
    }
    counts.push({
      table: pair.name,
      source: await countRows(sourceDb, from),
      target: await countRows(targetDb, to),
    });
  }
  if (target.kind === "postgres") await moveIdentitiesPastCopiedIds(target.db);
  return counts;
}

async function countRows(db: LooseDb, table: unknown): Promise<number> {
  const [row] = await db.select({ count: count() }).from(table);
  return Number(row?.count ?? 0);
}

/**
 * Rows of one table shaped for the target: event timestamps in whole milliseconds for PostgreSQL, whose
 * run_tags also holds each tag's run paging id
 * (looked up in the runs already copied, which keep their ids); D1's has no such column.
 */
async function fitRows(table: string, rows: Row[], target: CopyEndpoint): Promise<Row[]> {
  // PostgreSQL keeps whole milliseconds (see postgres-event-log-storage.ts); D1 may hold a fraction.
  if (table === "event_logs" && target.kind === "postgres")
    return rows.map((row) => ({ ...row, timestamp: Math.round(Number(row.timestamp)) }));
  if (table !== "run_tags") return rows;
  if (target.kind === "d1") return rows.map(({ runPk: _runPk, ...row }) => row);
  const runIds = [...new Set(rows.map((row) => String(row.runId)))];
  const found = await target.db
    .select({ runId: pgSchema.runs.runId, id: pgSchema.runs.id })
    .from(pgSchema.runs)
    .where(inArray(pgSchema.runs.runId, runIds));
  const idOf = new Map(found.map((row) => [row.runId, row.id]));
  // A tag of a run that is not there (deleted while D1 wrote no foreign keys) is left behind.
  return rows.flatMap((row) => {
    const runPk = idOf.get(String(row.runId));
    return runPk === undefined ? [] : [{ ...row, runPk }];
  });
}

/** Copied rows kept their ids: the identities must hand out ids after them. */
async function moveIdentitiesPastCopiedIds(db: PostgresJsDatabase): Promise<void> {
  for (const { pg } of tablePairs()) {
    const config = pgTableConfig(pg);
    const identity = config.columns.find(
      (column) =>
        column.name === "id" && (column as { generatedIdentity?: unknown }).generatedIdentity !== undefined,
    );
    if (identity === undefined) continue;
    await db.execute(
      sql`select setval(pg_get_serial_sequence(${config.name}, 'id'), coalesce((select max(id) from ${pg}), 0) + 1, false)`,
    );
  }
}
