/**
 * A real D1 binding that records what goes through it: every bound statement (SQL and parameters) and
 * the size of every `batch` call. Lets tests count round trips and parameters, and replay a storage
 * call's SQL under EXPLAIN QUERY PLAN, with real D1 underneath (nothing is mocked).
 * @module
 */

export type RecordedStatement = { sql: string; params: unknown[] };

export type D1Recording = {
  /** Every statement bound, in order, whether run alone or inside a batch. */
  statements: RecordedStatement[];
  /** Number of statements in each `batch` call. */
  batchSizes: number[];
};

/** Wraps `database`; the recording fills as the returned binding is used. */
export function recordingD1(database: D1Database): { db: D1Database; recording: D1Recording } {
  const recording: D1Recording = { statements: [], batchSizes: [] };
  const db = forwardingProxy(database, {
    prepare: (query: string) => {
      const statement = database.prepare(query);
      return forwardingProxy(statement, {
        // drizzle binds every statement it runs (with no arguments when there are none), so this sees them all.
        bind: (...params: unknown[]) => {
          recording.statements.push({ sql: query, params });
          return statement.bind(...params);
        },
      });
    },
    batch: (statements: D1PreparedStatement[]) => {
      recording.batchSizes.push(statements.length);
      return database.batch(statements);
    },
  });
  return { db, recording };
}

/** Statements that ran on their own, each one round trip (the rest ran inside batches). */
export function statementsOutsideBatches(recording: D1Recording): number {
  return recording.statements.length - recording.batchSizes.reduce((sum, size) => sum + size, 0);
}

// Overrides some methods; everything else reaches the real object with `this` bound to it, because
// workerd's binding methods do not accept a Proxy as their receiver.
function forwardingProxy<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "string" && property in overrides) return overrides[property];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
