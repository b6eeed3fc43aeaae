import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { buildAssets } from "./scripts/lib/build-assets.mjs";
import { buildWorker } from "./scripts/lib/build-worker.mjs";

const root = import.meta.dirname;
/** Code locations the webserver binds, pre-built because the workerd pool runs auxiliary Workers as plain JavaScript. */
const exampleBuild = ".dagflare/build/example-location";

/**
 * Test projects, by what they need to run:
 * - unit: pure logic in Node (config parsing, cron, run-config validation, SDK validation);
 * - storage: the storage contract against real D1 inside workerd;
 * - code-location: the example code location's RPC entrypoint inside workerd;
 * - webserver: GraphQL inside workerd over real D1, with the example location bound;
 * - integration: the whole system under `wrangler dev`, driven over HTTP as a user would.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  await buildAssets(root);
  buildWorker({ root, config: "examples/example-location/wrangler.toml", outdir: exampleBuild });
  return {
    test: {
      reporters: ["default", "./test/reporters/summary-line.ts"],
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
          plugins: [cloudflareTest({ wrangler: { configPath: "./test/storage/wrangler.toml" }, miniflare: { bindings: { TEST_MIGRATIONS: migrations } } })],
          test: { name: "storage", include: ["test/storage/**/*.test.ts"], setupFiles: ["test/setup/apply-migrations.ts"] },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: { TEST_MIGRATIONS: migrations },
                workers: [
                  {
                    name: "dagflare-example",
                    modules: true,
                    scriptPath: `${exampleBuild}/index.js`,
                    compatibilityDate: "2026-04-01",
                    compatibilityFlags: ["nodejs_compat"],
                  },
                ],
              },
            }),
          ],
          test: { name: "webserver", include: ["test/webserver/**/*.test.ts"], setupFiles: ["test/setup/apply-migrations.ts"] },
        },
        {
          plugins: [cloudflareTest({ wrangler: { configPath: "./examples/example-location/wrangler.toml" } })],
          test: { name: "code-location", include: ["test/code-location/**/*.test.ts"] },
        },
      ],
    },
  };
});
