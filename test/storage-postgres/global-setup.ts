/**
 * Starts the PostgreSQL server the postgres vitest projects reach through their Hyperdrive binding, on the
 * port vitest.config.mts chose (DAGFLARE_TEST_POSTGRES_PORT, read when the config built the bindings), and
 * migrates its database with migrations-postgres/ as a deploy would. Several projects list this file: the
 * first starts the server, the others find it running; the one that started it stops it at the end.
 * It also listens on DAGFLARE_TEST_POSTGRES_CONTROL_PORT, where `POST /restart` stops the server (cutting
 * every connection) and starts it again: the tests inside workerd cannot run pg_ctl themselves.
 * @module
 */
import { createServer } from "node:http";
import { applyPostgresMigrations } from "../../scripts/lib/postgres-migrations.mjs";
import { startPostgresServer } from "../../scripts/lib/postgres-server.mjs";

type Server = Awaited<ReturnType<typeof startPostgresServer>>;
const shared = globalThis as { dagflareTestPostgres?: Promise<Server> };

export default async function setup() {
  const port = Number(process.env.DAGFLARE_TEST_POSTGRES_PORT);
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(
      "DAGFLARE_TEST_POSTGRES_PORT is not set: vitest.config.mts chooses the test PostgreSQL server's port",
    );
  if (shared.dagflareTestPostgres !== undefined) {
    await shared.dagflareTestPostgres;
    return undefined;
  }
  shared.dagflareTestPostgres = startPostgresServer({ port });
  const server = await shared.dagflareTestPostgres;
  await applyPostgresMigrations(server.url, { quiet: true });
  const control = createServer((request, response) => {
    if (request.method !== "POST" || request.url?.startsWith("/restart") !== true)
      return void response.writeHead(404).end();
    const downMs = Number(new URL(request.url, "http://control").searchParams.get("downMs") ?? 0);
    // Answered first: the restart runs while the test goes on, as an outage would.
    response.writeHead(202).end();
    setImmediate(() => server.restart({ downMs }));
  });
  await new Promise<void>((resolve) =>
    control.listen(Number(process.env.DAGFLARE_TEST_POSTGRES_CONTROL_PORT), "127.0.0.1", resolve),
  );
  return async () => {
    await new Promise((resolve) => control.close(resolve));
    server.stop();
  };
}
