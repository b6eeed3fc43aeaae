// Bindings the storage tests reach through `env` from cloudflare:test: the D1 database of
// test/storage/wrangler.toml and the migrations vitest.config.mts reads from migrations/.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
