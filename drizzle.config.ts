// drizzle-kit config: `npm run db:generate` diffs shared/storage/d1/schema.ts against migrations/meta and
// writes the next SQL file into migrations/, the folder wrangler (migrations_dir) and the tests apply.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./shared/storage/d1/schema.ts",
  out: "./migrations",
});
