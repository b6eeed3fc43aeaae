/**
 * A schema of its own for one test file on the shared test server (the vitest pool shares one PostgreSQL
 * database across files, unlike D1), created and migrated with migrations-postgres/'s statements, which
 * vitest.config.mts reads with drizzle's readMigrationFiles (workerd has no file system to read them from).
 * @module
 */
import { env } from "cloudflare:test";
import postgres from "postgres";
import type { PostgresConnectionOptions } from "../../shared/storage/postgres/postgres-connection";

export async function migratedTestSchema(): Promise<PostgresConnectionOptions> {
  const searchPath = `test_${crypto.randomUUID().replaceAll("-", "")}`;
  const { connectionString } = env.HYPERDRIVE;
  const sql = postgres(connectionString, {
    max: 1,
    fetch_types: false,
    onnotice: () => {},
    connection: { search_path: searchPath },
  });
  try {
    await sql.unsafe(`create schema "${searchPath}"`);
    for (const statement of env.TEST_POSTGRES_MIGRATIONS) await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return { connectionString, searchPath };
}
