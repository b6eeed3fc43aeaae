/**
 * `npm run storage:copy -- --from <storage> --to <storage>`: copies everything one storage holds into
 * another, to move a deployment between D1 and PostgreSQL (see the README's "Moving to PostgreSQL").
 * A storage is `d1:<folder>` (a local D1 as wrangler keeps it: the --persist-to folder, `.wrangler/state`
 * for npm start; a deployed D1 is exported into one first) or `postgres:<connection string>` (migrated
 * first with migrations-postgres/). Resumable: run it again after an interruption and it goes on where it
 * stopped. Exits 1 unless every table has as many rows in the target as in the source.
 * @module
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { drizzle as d1Drizzle } from "drizzle-orm/d1";
import { drizzle as pgDrizzle } from "drizzle-orm/postgres-js";
import { Miniflare } from "miniflare";
import postgres from "postgres";
import { copyStorage, type CopyEndpoint } from "../shared/storage/copy/copy-storage";
import { applyLocalMigrations } from "./lib/dev-system.mjs";
import { applyPostgresMigrations, redact } from "./lib/postgres-migrations.mjs";

const USAGE =
  "Usage: npm run storage:copy -- --from d1:<folder>|postgres:<url> --to d1:<folder>|postgres:<url>";

type Opened = { endpoint: CopyEndpoint; close: () => Promise<void>; label: string };

/** The local D1 of `folder` (wrangler's --persist-to layout), migrated with migrations/ as wrangler would. */
async function openD1(folder: string): Promise<Opened> {
  applyLocalMigrations({ root: process.cwd(), persistTo: resolve(folder), quiet: true });
  const databaseId =
    /^\s*database_id\s*=\s*"([^"]+)"/m.exec(
      readFileSync(join(process.cwd(), "wrangler.toml"), "utf8"),
    )?.[1] ?? "00000000-0000-0000-0000-000000000000";
  const miniflare = new Miniflare({
    modules: true,
    script: "export default { fetch: () => new Response(null) }",
    d1Databases: { DB: databaseId },
    d1Persist: join(resolve(folder), "v3", "d1"),
  });
  const database = await miniflare.getD1Database("DB");
  return {
    endpoint: { kind: "d1", db: d1Drizzle(database) },
    close: () => miniflare.dispose(),
    label: `D1 in ${folder}`,
  };
}

async function openPostgres(url: string): Promise<Opened> {
  await applyPostgresMigrations(url);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  return {
    endpoint: { kind: "postgres", db: pgDrizzle(client) },
    close: () => client.end({ timeout: 5 }),
    label: `PostgreSQL at ${redact(url)}`,
  };
}

function open(spec: string | undefined, flag: string): Promise<Opened> {
  if (spec?.startsWith("d1:")) return openD1(spec.slice(3));
  if (spec?.startsWith("postgres:")) return openPostgres(spec.slice("postgres:".length));
  throw new Error(
    `${flag}: expected d1:<folder> or postgres:<connection string>, got ${spec === undefined ? "nothing" : JSON.stringify(spec)}\n${USAGE}`,
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
  const source = await open(values.from, "--from");
  try {
    const target = await open(values.to, "--to");
    try {
      console.log(`Copying ${source.label} → ${target.label}`);
      let lastTable = "";
      const counts = await copyStorage(source.endpoint, target.endpoint, (line) => {
        const table = line.split(":")[0] ?? "";
        if (table !== lastTable) process.stdout.write(`\n`);
        lastTable = table;
        process.stdout.write(`\r  ${line}`);
      });
      console.log("\n");
      console.table(counts.map((row) => ({ ...row, ok: row.source === row.target ? "yes" : "NO" })));
      const mismatched = counts.filter((row) => row.source !== row.target);
      if (mismatched.length > 0) {
        console.error(
          `Counts differ for ${mismatched.map((row) => row.table).join(", ")}: run the copy again (it resumes), and stop every writer to the source first.`,
        );
        return 1;
      }
      console.log("Every table has as many rows in the target as in the source.");
      return 0;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`storage:copy: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
