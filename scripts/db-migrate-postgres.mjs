// `npm run db:migrate:postgres -- --url <connection string>`: applies migrations-postgres/ to a PostgreSQL
// database before deploying a Worker whose dagflare.yaml says `storage: { type: postgres }` (the database
// Hyperdrive fronts: connect directly, not through Hyperdrive). The URL may come from DATABASE_URL instead.
// Only migrations not yet applied run; running it again does nothing.
import { parseArgs } from "node:util";
import { applyPostgresMigrations } from "./lib/postgres-migrations.mjs";

const { values } = parseArgs({ options: { url: { type: "string" }, help: { type: "boolean" } } });
if (values.help) {
  console.log(
    "Usage: npm run db:migrate:postgres -- --url postgresql://user:password@host:5432/database   (or DATABASE_URL)",
  );
  process.exit(0);
}
const url = values.url ?? process.env.DATABASE_URL;
if (!url) {
  console.error(
    "db:migrate:postgres: give the database as --url postgresql://user:password@host:5432/database or in DATABASE_URL",
  );
  process.exit(2);
}
try {
  await applyPostgresMigrations(url);
} catch (error) {
  console.error(`db:migrate:postgres: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
