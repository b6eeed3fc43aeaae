import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/**
 * Test projects, by what they need to run:
 * - unit: pure logic in Node (config parsing, cron, run-config validation, SDK validation);
 * - storage: the storage contract against real D1 inside workerd;
 * - code-location: the example code location's RPC entrypoint inside workerd;
 * - integration: the whole system under `wrangler dev`, driven over HTTP as a user would.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    test: {
      projects: [
        { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
        {
          plugins: [cloudflareTest({ wrangler: { configPath: "./test/storage/wrangler.toml" }, miniflare: { bindings: { TEST_MIGRATIONS: migrations } } })],
          test: { name: "storage", include: ["test/storage/**/*.test.ts"], setupFiles: ["test/setup/apply-migrations.ts"] },
        },
      ],
    },
  };
});
