// Bindings the PostgreSQL storage tests reach through `env` from cloudflare:test: the Hyperdrive binding to
// the test server and the statements of migrations-postgres/ that vitest.config.mts reads.
declare namespace Cloudflare {
  interface Env {
    HYPERDRIVE: Hyperdrive;
    TEST_POSTGRES_MIGRATIONS: string[];
    /** The test server's control endpoint (global-setup.ts): POST /restart?downMs=N. */
    TEST_POSTGRES_CONTROL_URL: string;
  }
}
