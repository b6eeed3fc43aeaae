/**
 * A real storage failure for tests of what happens when storage breaks: one table of the instance's
 * storage renamed away, on whichever backend its config chooses (D1 through its binding, PostgreSQL through
 * a connection of its own to the Hyperdrive binding's database), so every store call reading it fails as
 * it would on a broken deployment, with the backend's own error naming the table.
 * @module
 */
import { env } from "cloudflare:test";
import postgres from "postgres";
import { D1_BINDING, HYPERDRIVE_BINDING, requireBinding } from "../../shared/config/worker-bindings";
import { instanceStorageConfig } from "./instance-storage";

/** Both backends take this statement as is (SQLite's and PostgreSQL's ALTER TABLE … RENAME TO). */
const rename = (from: string, to: string) => `ALTER TABLE ${from} RENAME TO ${to}`;

async function execute(statement: string): Promise<void> {
  const config = instanceStorageConfig();
  const bindings: Record<string, unknown> = { ...env };
  if (config.type === "d1") {
    await requireBinding(bindings, D1_BINDING, config.binding, "storage.binding").exec(statement);
    return;
  }
  const { connectionString } = requireBinding(
    bindings,
    HYPERDRIVE_BINDING,
    config.binding,
    "storage.binding",
  );
  const sql = postgres(connectionString, { max: 1, fetch_types: false, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Runs `work` while `table` is gone (renamed to `<table>_hidden`), and puts it back however `work` ends. */
export async function whileTableHidden<T>(table: string, work: () => Promise<T>): Promise<T> {
  await execute(rename(table, `${table}_hidden`));
  try {
    return await work();
  } finally {
    await execute(rename(`${table}_hidden`, table));
  }
}
