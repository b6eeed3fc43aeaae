/**
 * The vitest projects that run on PostgreSQL storage, spread into vitest.config.mts's projects:
 * - storage-postgres: every storage contract suite and the postgres compute log manager, each file in a
 *   schema of its own on the test server;
 * - webserver-postgres, run-worker-postgres, daemon-postgres: the same files as the webserver, run-worker
 *   and daemon projects, with the instance config switched to `storage: { type: postgres }` through the
 *   DAGFLARE_INSTANCE_YAML var, one file at a time on emptied tables (fresh-database.ts); run-worker-postgres
 *   also runs test/storage-postgres/system/ (a run across a server restart);
 * - storage-copy: `npm run storage:copy` between a local D1 and PostgreSQL, in Node.
 * PostgreSQL is a real server started by global-setup.ts on the port chosen here (the Hyperdrive binding's
 * connection string has to be known when the bindings are built, before any globalSetup runs).
 * @module
 */
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { readFileSync } from "node:fs";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { parseDocument } from "yaml";
import { freeLoopbackPort } from "../../scripts/lib/postgres-server.mjs";

const globalSetup = ["test/storage-postgres/global-setup.ts"];

/** What postgres.js's socket read loop in workerd rejects with, unhandled, when its socket goes away. */
const SOCKET_READ_NOISE = new Set(["This socket has been closed.", "Stream was cancelled."]);

/**
 * For the root config's onUnhandledError (vitest reads it there only): vitest exits 1 on these although
 * every test passed. postgres.js (cf/polyfills.js) leaves them after `client.end()` (see the toolchain
 * notes) and when the server cuts its connections (the restart test). Nothing else is filtered.
 */
export function ignorePostgresSocketCloseNoise(error: {
  message?: string;
  stack?: string;
}): false | undefined {
  if (!SOCKET_READ_NOISE.has(error.message ?? "")) return undefined;
  return error.stack === undefined || error.stack.includes("postgres") ? false : undefined;
}

type WorkerOptions = NonNullable<
  NonNullable<Extract<Parameters<typeof cloudflareTest>[0], { miniflare?: unknown }>["miniflare"]>["workers"]
>[number];

/** What the D1 system projects are built from in vitest.config.mts, so the postgres ones mirror them. */
type SystemProjectParts = {
  /** The webserver Worker's cloudflareTest options (wrangler config and miniflare bindings). */
  webserver: { wrangler: { configPath: string }; miniflare: { bindings: Record<string, unknown> } };
  webserverSetupFiles: string[];
  exampleLocationWorker: WorkerOptions;
  exampleLocationWithRunWorkers: (project: string) => WorkerOptions;
  runOutputsBucket: Record<string, string>;
};

/** `file`'s instance config (dagflare.yaml text) with its storage switched to PostgreSQL. */
function onPostgres(file: string): string {
  const document = parseDocument(readFileSync(file, "utf8"));
  document.set("storage", { type: "postgres", binding: "HYPERDRIVE" });
  return document.toString();
}

export async function postgresProjects(parts: SystemProjectParts) {
  process.env.DAGFLARE_TEST_POSTGRES_PORT ??= String(await freeLoopbackPort());
  process.env.DAGFLARE_TEST_POSTGRES_CONTROL_PORT ??= String(await freeLoopbackPort());
  const url = `postgresql://postgres:postgres@127.0.0.1:${process.env.DAGFLARE_TEST_POSTGRES_PORT}/postgres`;
  // The miniflare override applies only when the toml or this variable also gives a connection string.
  process.env.CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE = url;
  const statements = readMigrationFiles({ migrationsFolder: "./migrations-postgres" }).flatMap(
    (migration) => migration.sql,
  );
  const hyperdrives = { HYPERDRIVE: url };
  const { webserver, webserverSetupFiles } = parts;
  const systemTest = {
    globalSetup,
    setupFiles: [...webserverSetupFiles, "test/storage-postgres/fresh-database.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
  };
  const bindings = (instanceYaml: string) => ({
    ...webserver.miniflare.bindings,
    DAGFLARE_INSTANCE_YAML: onPostgres(instanceYaml),
    TEST_POSTGRES_CONTROL_URL: `http://127.0.0.1:${process.env.DAGFLARE_TEST_POSTGRES_CONTROL_PORT}`,
  });
  return [
    {
      plugins: [
        cloudflareTest({
          wrangler: { configPath: "./test/storage/wrangler.toml" },
          miniflare: { hyperdrives, bindings: { TEST_POSTGRES_MIGRATIONS: statements } },
        }),
      ],
      test: { name: "storage-postgres", include: ["test/storage-postgres/*.test.ts"], globalSetup },
    },
    {
      test: {
        name: "storage-copy",
        include: ["test/storage-copy/*.test.ts"],
        environment: "node",
        globalSetup: ["test/storage-copy/global-setup.ts"],
        testTimeout: 120_000,
        hookTimeout: 120_000,
      },
    },
    {
      plugins: [
        cloudflareTest({
          ...webserver,
          miniflare: {
            hyperdrives,
            bindings: bindings("dagflare.yaml"),
            workers: [parts.exampleLocationWorker],
          },
        }),
      ],
      test: {
        ...systemTest,
        // As the webserver project: the access-control tests' Cloudflare Access signing keys on loopback.
        globalSetup: [...globalSetup, "test/webserver/auth/jwks-server.ts"],
        name: "webserver-postgres",
        include: ["test/webserver/**/*.test.ts", "test/operations/**/*.test.ts"],
      },
    },
    {
      plugins: [
        cloudflareTest({
          ...webserver,
          miniflare: {
            hyperdrives,
            bindings: bindings("dagflare.yaml"),
            r2Buckets: parts.runOutputsBucket,
            workers: [parts.exampleLocationWithRunWorkers("run-worker-postgres")],
          },
        }),
      ],
      test: {
        ...systemTest,
        name: "run-worker-postgres",
        include: ["test/run-worker/**/*.test.ts", "test/storage-postgres/system/**/*.test.ts"],
      },
    },
    {
      plugins: [
        cloudflareTest({
          ...webserver,
          miniflare: {
            hyperdrives,
            bindings: bindings("test/daemon/dagflare.yaml"),
            workers: [parts.exampleLocationWithRunWorkers("daemon-postgres")],
          },
        }),
      ],
      test: { ...systemTest, name: "daemon-postgres", include: ["test/daemon/**/*.test.ts"] },
    },
  ];
}
