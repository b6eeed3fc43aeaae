import { readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { buildAssets } from "./scripts/lib/build-assets.mjs";
import { buildWorker } from "./scripts/lib/build-worker.mjs";
import { ignorePostgresSocketCloseNoise, postgresProjects } from "./test/storage-postgres/vitest-projects";

const root = import.meta.dirname;
/** Code locations the webserver binds, pre-built because the workerd pool runs auxiliary Workers as plain JavaScript. */
const exampleBuild = ".dagflare/build/example-location";
/** The example location as an auxiliary Worker beside the webserver (auxiliary Workers take no wrangler.toml). */
const exampleLocationWorker = {
  name: "dagflare-example",
  modules: true,
  scriptPath: `${exampleBuild}/index.js`,
  compatibilityDate: "2026-04-01",
  compatibilityFlags: ["nodejs_compat"],
  // The location's wrangler.toml [vars], which the `reporting` resource reads through EnvVar.
  bindings: { REPORTING_API_TOKEN: "example-not-a-secret" },
};
/** The plugin renames the Worker under test to `vitest-plugin-runner-<project>`; auxiliary Workers bind it by that name. */
const runnerWorkerName = (project: string) => `vitest-plugin-runner-${project}`;
/** The bucket runs choose with `resources: { io_manager: { config: { r2: { binding: OUTPUTS } } } }`; the tests read it too. */
const runOutputsBucket = { OUTPUTS: "dagflare-run-outputs" };
/** The example location hosting RunWorker objects that report to the webserver under test in `project`. */
const exampleLocationWithRunWorkers = (project: string) => ({
  ...exampleLocationWorker,
  durableObjects: { RUN_WORKER: { className: "RunWorker", useSQLite: true } },
  serviceBindings: { INSTANCE: { name: runnerWorkerName(project), entrypoint: "InstanceApi" } },
  r2Buckets: runOutputsBucket,
});

/**
 * Test projects, by what they need to run:
 * - unit: pure logic in Node (config parsing, cron, run-config validation, SDK validation);
 * - storage: the storage contract against real D1 inside workerd;
 * - code-location: the example code location's RPC entrypoint inside workerd;
 * - webserver: GraphQL inside workerd over real D1, with the example location bound;
 * - run-worker: runs launched into the example location's RunWorker Durable Objects, reporting to the webserver;
 * - daemon: the run coordinators and the Daemon object's run queue, launching into those RunWorker objects;
 * - integration: the whole system under `wrangler dev`, driven over HTTP as a user would;
 * - cli: the `dagflare` command as a child process, against the system under `wrangler dev` and in a project it made;
 * - ui: the system started as `npm start` does, driven in Debian's Chromium through the UI;
 * - run-launcher: the remote and container launchers and executors, with Node run-worker services on loopback.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  await buildAssets(root);
  buildWorker({ root, config: "examples/example-location/wrangler.toml", outdir: exampleBuild });
  /** The webserver Worker over real D1 (migrated per test file), which the webserver and run-worker projects test. */
  // The test requests name the made-up host "dagflare"; with no `auth` config only localhost is served.
  const webserver = {
    wrangler: { configPath: "./wrangler.toml" },
    miniflare: { bindings: { TEST_MIGRATIONS: migrations, DAGFLARE_LOCAL_HOSTNAMES: "dagflare" } },
  };
  const webserverSetupFiles = ["test/setup/apply-migrations.ts"];
  return {
    test: {
      reporters: ["default", "./test/reporters/summary-line.ts"],
      onUnhandledError: ignorePostgresSocketCloseNoise,
      projects: [
        { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
        {
          test: {
            name: "integration",
            include: ["test/integration/**/*.test.ts"],
            environment: "node",
            globalSetup: ["test/integration/global-setup.ts"],
            testTimeout: 60_000,
            hookTimeout: 180_000,
          },
        },
        {
          test: {
            name: "cli",
            include: ["test/cli/**/*.test.ts"],
            environment: "node",
            globalSetup: ["test/cli/global-setup.ts"],
            testTimeout: 120_000,
            hookTimeout: 180_000,
          },
        },
        {
          test: {
            name: "ui",
            include: ["test/ui/**/*.test.ts"],
            environment: "node",
            globalSetup: ["test/ui/global-setup.ts"],
            // One Chromium at a time: the machine has two cores and the system under test needs one.
            fileParallelism: false,
            testTimeout: 120_000,
            hookTimeout: 240_000,
          },
        },
        {
          test: {
            name: "run-launcher",
            include: ["test/run-launcher/*.test.ts"],
            environment: "node",
            globalSetup: ["test/run-launcher/global-setup.ts"],
            testTimeout: 60_000,
            hookTimeout: 180_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./test/storage/wrangler.toml" },
              miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
            }),
          ],
          test: {
            name: "storage",
            include: ["test/storage/**/*.test.ts"],
            setupFiles: ["test/setup/apply-migrations.ts"],
          },
        },
        {
          plugins: [
            cloudflareTest({
              ...webserver,
              miniflare: { ...webserver.miniflare, workers: [exampleLocationWorker] },
            }),
          ],
          test: {
            name: "webserver",
            include: [
              "test/webserver/**/*.test.ts",
              "test/run-launcher/workerd/**/*.test.ts",
              "test/operations/**/*.test.ts",
            ],
            setupFiles: webserverSetupFiles,
            // A Cloudflare Access team's signing keys on loopback, for the access-control tests.
            globalSetup: ["test/webserver/auth/jwks-server.ts"],
          },
        },
        {
          plugins: [
            cloudflareTest({
              ...webserver,
              miniflare: {
                ...webserver.miniflare,
                r2Buckets: runOutputsBucket,
                workers: [exampleLocationWithRunWorkers("run-worker")],
              },
            }),
          ],
          test: {
            name: "run-worker",
            include: ["test/run-worker/**/*.test.ts"],
            setupFiles: webserverSetupFiles,
            testTimeout: 30_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              ...webserver,
              miniflare: {
                bindings: {
                  ...webserver.miniflare.bindings,
                  DAGFLARE_INSTANCE_YAML: readFileSync("test/daemon/dagflare.yaml", "utf8"),
                },
                workers: [exampleLocationWithRunWorkers("daemon")],
              },
            }),
          ],
          test: {
            name: "daemon",
            include: ["test/daemon/**/*.test.ts"],
            setupFiles: webserverSetupFiles,
            testTimeout: 30_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./examples/example-location/wrangler.toml" },
              // No webserver runs here: runs executing against the instance are the run-worker project's.
              miniflare: {
                serviceBindings: {
                  INSTANCE: () => new Response("no instance in the code-location tests", { status: 503 }),
                },
              },
            }),
          ],
          test: { name: "code-location", include: ["test/code-location/**/*.test.ts"] },
        },
        // The projects on PostgreSQL storage (a real server the suite starts): test/storage-postgres/vitest-projects.ts.
        ...(await postgresProjects({
          webserver,
          webserverSetupFiles,
          exampleLocationWorker,
          exampleLocationWithRunWorkers,
          runOutputsBucket,
        })),
      ],
    },
  };
});
