// A setup file of the system projects on PostgreSQL: every test file starts from empty tables, as each gets
// a fresh D1 database in the D1 projects. Those projects run their files one at a time (fileParallelism:
// false), since they all share the test server's database through the one Hyperdrive binding.
import { env } from "cloudflare:test";
import postgres from "postgres";

const sql = postgres(env.HYPERDRIVE.connectionString, { max: 1, fetch_types: false, onnotice: () => {} });
try {
  const tables = await sql<
    { name: string }[]
  >`select tablename as name from pg_tables where schemaname = 'public'`;
  if (tables.length > 0)
    await sql.unsafe(`truncate ${tables.map((table) => `"${table.name}"`).join(", ")} restart identity`);
} finally {
  await sql.end({ timeout: 5 });
}
