/**
 * How the PostgreSQL stores reach the database: through a postgres.js client (drizzle-orm/postgres-js)
 * on the Hyperdrive binding's connection string.
 *
 * Why postgres.js and not `pg`: measured under wrangler 4.86's local Hyperdrive proxy, a query takes about
 * 1 ms with postgres.js (`fetch_types: false`) and about 35 ms with `pg`, whose small writes meet Nagle's
 * algorithm there; both work with drizzle, transactions included.
 *
 * Why a client per store call and not one per instance: a Worker may not use a socket opened while
 * serving another request ("Cannot perform I/O on behalf of a different request"), and the instance is
 * built once per isolate and env (workers/instance-host/instance-source.ts caches it across requests; the
 * Daemon object keeps it for its lifetime). A client shared per request through AsyncLocalStorage was
 * tried and fails: the store follows calls into Durable Objects of the same isolate (the concurrency
 * coordinator reading runs during a webserver request), which then touch the request's socket. So the
 * stores hold no client: each call opens one, runs its statements (a transaction included) and closes it
 * before returning. Against Hyperdrive a connection is a local hop to its warm pool, which is what it is
 * for; locally each is a real backend process.
 * @module
 */
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";

export type PgDb = PostgresJsDatabase;

export type PostgresConnectionOptions = {
  connectionString: string;
  /** A schema to use instead of `public` (tests give each file its own); sent as the `search_path` startup parameter. */
  searchPath?: string;
  /** Called with every statement sent and its parameters (the query-plan tests replay them under EXPLAIN). */
  onQuery?: (query: string, parameters: readonly unknown[]) => void;
};

/** Runs `work` with a database handle valid for the current request, however the caller was entered. */
export type PgSession = <T>(work: (db: PgDb) => Promise<T>) => Promise<T>;

type Client = { sql: Sql; db: PgDb };

/** The session over `options`: a client for each call, closed when the call ends. */
export function postgresSession(options: PostgresConnectionOptions): PgSession {
  return async (work) => {
    const client = openClient(options);
    try {
      return await work(client.db);
    } finally {
      await endClient(client);
    }
  };
}

/** A client of one connection (a call's statements run one after another), opened at its first query. */
function openClient(options: PostgresConnectionOptions): Client {
  const sql = postgres(options.connectionString, {
    max: 1,
    fetch_types: false,
    onnotice: () => {},
    ...(options.searchPath === undefined ? {} : { connection: { search_path: options.searchPath } }),
    ...(options.onQuery === undefined
      ? {}
      : {
          debug: (_connection: number, query: string, parameters: unknown[]) =>
            options.onQuery?.(query, parameters),
        }),
  });
  return { sql, db: drizzle(sql) };
}

async function endClient(client: Client): Promise<void> {
  await client.sql.end({ timeout: 5 });
}
