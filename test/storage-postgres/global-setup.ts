/**
 * Starts the PostgreSQL server the postgres vitest projects reach through their Hyperdrive binding, on the
 * port vitest.config.mts chose (DAGFLARE_TEST_POSTGRES_PORT, read when the config built the bindings), and
 * migrates its database with migrations-postgres/ as a deploy would. Several projects list this file: the
 * first starts the server, the others find it running; the one that started it stops it at the end.
 * @module
 */
import { applyPostgresMigrations } from "../../scripts/lib/postgres-migrations.mjs";
import { startPostgresServer } from "../../scripts/lib/postgres-server.mjs";

type Server = Awaited<ReturnType<typeof startPostgresServer>>;
const shared = globalThis as { dagflareTestPostgres?: Promise<Server> };

export default async function setup() {
  const port = Number(process.env.DAGFLARE_TEST_POSTGRES_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error("DAGFLARE_TEST_POSTGRES_PORT is not set: vitest.config.mts chooses the test PostgreSQL server's port");
  if (shared.dagflareTestPostgres !== undefined) {
    await shared.dagflareTestPostgres;
    return undefined;
  }
  shared.dagflareTestPostgres = startPostgresServer({ port });
  const server = await shared.dagflareTestPostgres;
  await applyPostgresMigrations(server.url, { quiet: true });
  return () => server.stop();
}
