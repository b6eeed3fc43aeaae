/**
 * The vitest projects that run on PostgreSQL storage, spread into vitest.config.mts's projects:
 * - storage-postgres: every storage contract suite and the postgres compute log manager, each file in a
 *   schema of its own on the test server;
 * PostgreSQL is a real server started by global-setup.ts on the port chosen here (the Hyperdrive binding's
 * connection string has to be known when the bindings are built, before any globalSetup runs).
 * @module
 */
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { freeLoopbackPort } from "../../scripts/lib/postgres-server.mjs";

const globalSetup = ["test/storage-postgres/global-setup.ts"];

/**
 * For the root config's onUnhandledError (vitest reads it there only): vitest exits 1 on this error although every test passed: postgres.js closing its socket after
 * `client.end()` in workerd (see the toolchain notes). Nothing else is filtered.
 */
export function ignorePostgresSocketCloseNoise(error: { message?: string }): false | undefined {
  return error.message === "This socket has been closed." ? false : undefined;
}

export async function postgresProjects() {
  process.env.DAGFLARE_TEST_POSTGRES_PORT ??= String(await freeLoopbackPort());
  const url = `postgresql://postgres:postgres@127.0.0.1:${process.env.DAGFLARE_TEST_POSTGRES_PORT}/postgres`;
  // The miniflare override applies only when the toml or this variable also gives a connection string.
  process.env.CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE = url;
  const statements = readMigrationFiles({ migrationsFolder: "./migrations-postgres" }).flatMap((migration) => migration.sql);
  const hyperdrives = { HYPERDRIVE: url };
  return [
    {
      plugins: [cloudflareTest({ wrangler: { configPath: "./test/storage/wrangler.toml" }, miniflare: { hyperdrives, bindings: { TEST_POSTGRES_MIGRATIONS: statements } } })],
      test: { name: "storage-postgres", include: ["test/storage-postgres/**/*.test.ts"], globalSetup },
    },
  ];
}
