// Bindings the storage tests reach through `env` from cloudflare:test: the D1 database and R2 bucket of
// test/storage/wrangler.toml and the migrations vitest.config.mts reads from migrations/.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    COMPUTE_LOGS: R2Bucket;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
