// Applies migrations-postgres/ (drizzle-kit's output for shared/storage/postgres/schema.ts) with drizzle's
// own migrator: only the migrations not yet recorded in drizzle.__drizzle_migrations run, each in order.
import { join } from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

export const POSTGRES_MIGRATIONS_FOLDER = join(import.meta.dirname, "..", "..", "migrations-postgres");

/** Migrates the database at `url`; resolves to the number of migrations the folder holds. */
export async function applyPostgresMigrations(url, { quiet = false } = {}) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder: POSTGRES_MIGRATIONS_FOLDER });
    const [{ count }] = await client`select count(*)::int as count from drizzle.__drizzle_migrations`;
    if (!quiet) console.log(`PostgreSQL migrations: ${count} applied to ${redact(url)}`);
    return count;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** The URL without its password, for messages. */
export function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<the connection string>";
  }
}
