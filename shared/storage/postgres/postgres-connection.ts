/**
 * How the PostgreSQL stores reach the database: through a postgres.js client (drizzle-orm/postgres-js)
 * on the Hyperdrive binding's connection string.
 *
 * Why postgres.js and not `pg`: measured under wrangler 4.86's local Hyperdrive proxy, a query takes about
 * 1 ms with postgres.js (`fetch_types: false`) and about 35 ms with `pg`, whose small writes meet Nagle's
 * algorithm there; both work with drizzle, transactions included.
 *
 * Why a client per request and not one per instance: a Worker may not use a socket opened while serving
 * another request ("Cannot perform I/O on behalf of a different request"), and the instance is built once
 * per isolate and env (workers/instance-host/instance-source.ts caches it across requests, the Daemon
 * object keeps it for its lifetime). So the stores hold no client. A request entered through
 * `withPostgresRequestScope` (the webserver's fetch) shares one client for all its queries, closed with
 * `waitUntil` when the response is ready; any other caller (the daemon's alarm, the instance API's RPC
 * methods, a stream still reading after its response was returned, a Node script) gets a client for that
 * one store call, closed when the call ends. Against Hyperdrive a connection is a local hop to its pool,
 * so the short-lived clients cost little; locally each is a real backend.
 * @module
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";

export type PgDb = PostgresJsDatabase;

export type PostgresConnectionOptions = {
  connectionString: string;
  /** A schema to use instead of `public` (tests give each file its own); sent as the `search_path` startup parameter. */
  searchPath?: string;
};

/** Runs `work` with a database handle valid for the current request, however the caller was entered. */
export type PgSession = <T>(work: (db: PgDb) => Promise<T>) => Promise<T>;

type Client = { sql: Sql; db: PgDb };
type RequestScope = { clients: Map<string, Client>; closed: boolean };

const requestScope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `handle` so that every PostgreSQL store call inside it shares one client per database, ended through
 * `waitUntil` once `handle` settles (a response still streaming after that opens clients per call).
 */
export async function withPostgresRequestScope<T>(ctx: { waitUntil(promise: Promise<unknown>): void }, handle: () => Promise<T>): Promise<T> {
  const scope: RequestScope = { clients: new Map(), closed: false };
  try {
    return await requestScope.run(scope, handle);
  } finally {
    scope.closed = true;
    for (const client of scope.clients.values()) ctx.waitUntil(endClient(client));
  }
}

/** The session over `options`: the request's shared client when there is one, else one per call. */
export function postgresSession(options: PostgresConnectionOptions): PgSession {
  const key = `${options.connectionString}#${options.searchPath ?? ""}`;
  return async (work) => {
    const scope = requestScope.getStore();
    if (scope !== undefined && !scope.closed) {
      let client = scope.clients.get(key);
      if (client === undefined) {
        client = openClient(options);
        scope.clients.set(key, client);
      }
      return work(client.db);
    }
    const client = openClient(options);
    try {
      return await work(client.db);
    } finally {
      await endClient(client);
    }
  };
}

/** A client with at most five connections: a Worker may hold six at once. Connects at its first query. */
export function openClient(options: PostgresConnectionOptions): Client {
  const sql = postgres(options.connectionString, {
    max: 5,
    fetch_types: false,
    onnotice: () => {},
    ...(options.searchPath === undefined ? {} : { connection: { search_path: options.searchPath } }),
  });
  return { sql, db: drizzle(sql) };
}

async function endClient(client: Client): Promise<void> {
  await client.sql.end({ timeout: 5 });
}
