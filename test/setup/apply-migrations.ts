// Applies migrations/ to the test D1 database exactly as a deploy would; idempotent per test file.
import { applyD1Migrations, env } from "cloudflare:test";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
