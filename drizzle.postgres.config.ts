// drizzle-kit config for the PostgreSQL backend: `npm run db:generate:postgres` diffs
// shared/storage/postgres/schema.ts against migrations-postgres/meta and writes the next SQL file there,
// the folder `npm start`, the tests and `npm run db:migrate:postgres` apply.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./shared/storage/postgres/schema.ts",
  out: "./migrations-postgres",
});
