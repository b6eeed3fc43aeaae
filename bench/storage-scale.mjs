// Storage at scale: the runs page's queries and one run's events over a large history, on PostgreSQL
// (default 1,000,000 runs and 20 events each, seeded with generate_series in SQL, on a server started
// here) and on D1 (default 100,000 runs, local D1 through Miniflare), plus the retention purge rate.
// Each query is the store call runsOrError / logsForRun make (a page of 25, newest first), timed over 30
// calls after 3 warm-ups, each on its own connection as a Worker's store call opens one. For PostgreSQL
// the server's own execution time of the same statement (EXPLAIN ANALYZE, p50 of 10, on an open
// connection) is printed beside it, which tells the query's cost from the connection's.
// Usage: npm run bench:storage -- [--runs 1000000] [--events-per-run 20] [--d1-runs 100000] [--skip-d1] [--skip-postgres]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Miniflare } from "miniflare";
import postgres from "postgres";
import { createD1Storage } from "../shared/storage/d1/create-d1-storage.ts";
import { createPostgresStorage } from "../shared/storage/postgres/create-postgres-storage.ts";
import { applyPostgresMigrations } from "../scripts/lib/postgres-migrations.mjs";
import { startPostgresServer } from "../scripts/lib/postgres-server.mjs";
import { percentile } from "./lib.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "1000000" },
    "events-per-run": { type: "string", default: "20" },
    "d1-runs": { type: "string", default: "100000" },
    "skip-d1": { type: "boolean", default: false },
    "skip-postgres": { type: "boolean", default: false },
  },
});
const EVENTS_PER_RUN = Number(values["events-per-run"]);
const PAGE = 25;
const root = join(import.meta.dirname, "..");

/** p50 and p95 (ms) of `call` over 30 timed calls after 3 warm-ups. */
async function time(call) {
  for (let index = 0; index < 3; index += 1) await call();
  const samples = [];
  for (let index = 0; index < 30; index += 1) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * The queries every backend is timed on; each call takes the storage to run on (the one given by default),
 * so that `serverTime(call)`, when given, can answer the server's execution time (ms) of its statement.
 */
async function measure(label, storage, totalRuns, serverTime) {
  const rows = [];
  const row = async (name, call, check) => {
    const result = await call();
    if (check && !check(result))
      throw new Error(`${label} ${name}: unexpected answer ${JSON.stringify(result).slice(0, 200)}`);
    rows.push({
      backend: label,
      query: name,
      ...(await time(call)),
      server: serverTime ? await serverTime(call) : undefined,
    });
  };
  const page = { limit: PAGE };
  const full = (runs) => runs.length === PAGE;
  await row("first page, newest first", (over = storage) => over.runs.getRuns({}, page), full);
  await row(
    "by status (FAILURE, 10%)",
    (over = storage) => over.runs.getRuns({ statuses: ["FAILURE"] }, page),
    full,
  );
  await row(
    "by a common tag (team=data, 25%)",
    (over = storage) => over.runs.getRuns({ tags: [{ key: "team", value: "data" }] }, page),
    full,
  );
  await row(
    "by a rare tag (rare=yes, 0.1%)",
    (over = storage) => over.runs.getRuns({ tags: [{ key: "rare", value: "yes" }] }, page),
    (runs) => runs.length === Math.min(PAGE, Math.floor(totalRuns / 1000)),
  );
  await row("by job (job_7, 5%)", (over = storage) => over.runs.getRuns({ jobName: "job_7" }, page), full);
  const cursor = `run-${totalRuns - 39 * PAGE + 1}`;
  await row(
    "40th page by cursor",
    (over = storage) => over.runs.getRuns({}, { cursor, limit: PAGE }),
    (runs) => full(runs) && runs[0].runId === `run-${totalRuns - 39 * PAGE}`,
  );
  const middle = `run-${Math.floor(totalRuns / 2)}`;
  await row(
    "one run's events",
    (over = storage) => over.events.getLogsForRun(middle, { limit: 1000 }),
    (result) => result.events.length === EVENTS_PER_RUN,
  );
  return rows;
}

/** Deletes the oldest `runs` runs through retention's calls and purges `events` debug log lines; rates per second. */
async function purgeRates(label, storage) {
  let started = performance.now();
  const runIds = await storage.runs.getRunIdsToPurge({ status: "SUCCESS", endedBefore: 2e9 }, 1000);
  for (let index = 0; index < runIds.length; index += 50)
    await storage.runs.deleteRuns(runIds.slice(index, index + 50));
  const runSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  let deleted = 0;
  let cursor = 0;
  for (let batch = 0; batch < 10; batch += 1) {
    const result = await storage.events.purgeLogEvents({
      afterStorageId: cursor,
      scanLimit: 10_000,
      before: 2e12,
      levels: ["DEBUG"],
      eventTypes: ["ENGINE_EVENT"],
    });
    deleted += result.deleted;
    cursor = result.cursor;
  }
  const eventSeconds = (performance.now() - started) / 1000;
  return `${label}: retention deleted ${runIds.length} runs (with ${runIds.length * EVENTS_PER_RUN} events) at ${Math.round(runIds.length / runSeconds)} runs/s; purged ${deleted} debug events at ${Math.round(deleted / eventSeconds)} events/s`;
}

/** The seed, as SQL both dialects run: run i is `run-<i>`, job_<i mod 20>, a tenth FAILURE, team=data on a quarter, rare=yes on 0.1%. */
const seed = {
  status: (i) =>
    `case when ${i} % 10 = 0 then 'FAILURE' when ${i} % 50 = 1 then 'CANCELED' else 'SUCCESS' end`,
  team: (i) => `case when ${i} % 4 = 0 then 'data' else 'ml' end`,
  rare: (i) => `${i} % 1000 = 7`,
};

async function seedPostgres(url, runs) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  const events = runs * EVENTS_PER_RUN;
  await sql.unsafe(`
    insert into runs (id, run_id, job_name, location_name, repository_name, status, run_config, tags, create_time, update_time, start_time, end_time)
    select i, 'run-' || i, 'job_' || (i % 20), 'example', '__repository__', ${seed.status("i")}, '{}'::jsonb,
      jsonb_build_object('team', ${seed.team("i")}) || case when ${seed.rare("i")} then '{"rare":"yes"}'::jsonb else '{}'::jsonb end,
      1.7e9 + i, 1.7e9 + i + 5, 1.7e9 + i + 1, 1.7e9 + i + 5
    from generate_series(1, ${runs}) as i`);
  await sql.unsafe(
    `insert into run_tags (run_id, run_pk, key, value) select 'run-' || i, i, 'team', ${seed.team("i")} from generate_series(1, ${runs}) as i`,
  );
  await sql.unsafe(
    `insert into run_tags (run_id, run_pk, key, value) select 'run-' || i, i, 'rare', 'yes' from generate_series(1, ${runs}) as i where ${seed.rare("i")}`,
  );
  await sql.unsafe(`
    insert into event_logs (id, run_id, event_type, timestamp, level, message, step_key)
    select j, 'run-' || ((j - 1) / ${EVENTS_PER_RUN} + 1), case when j % ${EVENTS_PER_RUN} = 1 then 'RUN_START' when j % ${EVENTS_PER_RUN} = 0 then 'RUN_SUCCESS' when j % 3 = 0 then null else 'ENGINE_EVENT' end,
      (1.7e9 + (j - 1) / ${EVENTS_PER_RUN}) * 1000 + j % ${EVENTS_PER_RUN}, case when j % 3 = 0 then 'DEBUG' else 'INFO' end, 'event ' || j, 'op_' || (j % 5)
    from generate_series(1, ${events}) as j`);
  await sql.unsafe(
    "select setval(pg_get_serial_sequence('runs', 'id'), (select max(id) from runs)), setval(pg_get_serial_sequence('event_logs', 'id'), (select max(id) from event_logs))",
  );
  await sql.unsafe("vacuum analyze");
  const [{ size }] = await sql`select pg_size_pretty(pg_database_size(current_database())) as size`;
  await sql.end();
  console.log(
    `PostgreSQL: seeded ${runs.toLocaleString()} runs and ${events.toLocaleString()} events in ${Math.round((performance.now() - started) / 1000)} s (database ${size})`,
  );
}

async function seedD1(database, runs) {
  const started = performance.now();
  const series = (n) =>
    `with recursive series(i) as (select 1 union all select i + 1 from series where i < ${n})`;
  const exec = (statement) => database.prepare(statement).run();
  await exec(`${series(runs)} insert into runs (id, run_id, job_name, location_name, repository_name, status, run_config, tags, create_time, update_time, start_time, end_time)
    select i, 'run-' || i, 'job_' || (i % 20), 'example', '__repository__', ${seed.status("i")}, '{}',
      json_object('team', ${seed.team("i")}) , 1.7e9 + i, 1.7e9 + i + 5, 1.7e9 + i + 1, 1.7e9 + i + 5 from series`);
  await exec(
    `${series(runs)} insert into run_tags (run_id, key, value) select 'run-' || i, 'team', ${seed.team("i")} from series`,
  );
  await exec(
    `${series(runs)} insert into run_tags (run_id, key, value) select 'run-' || i, 'rare', 'yes' from series where ${seed.rare("i")}`,
  );
  await exec(`${series(runs * EVENTS_PER_RUN)} insert into event_logs (id, run_id, event_type, timestamp, level, message, step_key)
    select i, 'run-' || ((i - 1) / ${EVENTS_PER_RUN} + 1), case when i % ${EVENTS_PER_RUN} = 1 then 'RUN_START' when i % ${EVENTS_PER_RUN} = 0 then 'RUN_SUCCESS' when i % 3 = 0 then null else 'ENGINE_EVENT' end,
      (1700000000 + (i - 1) / ${EVENTS_PER_RUN}) * 1000 + i % ${EVENTS_PER_RUN}, case when i % 3 = 0 then 'DEBUG' else 'INFO' end, 'event ' || i, 'op_' || (i % 5) from series`);
  await exec("analyze");
  console.log(
    `D1: seeded ${runs.toLocaleString()} runs and ${(runs * EVENTS_PER_RUN).toLocaleString()} events in ${Math.round((performance.now() - started) / 1000)} s`,
  );
}

function d1MigrationStatements() {
  const folder = join(root, "migrations");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .flatMap((name) => readFileSync(join(folder, name), "utf8").split("--> statement-breakpoint"))
    .map((statement) => statement.trim())
    .filter(Boolean);
}

const rows = [];
const purges = [];
if (!values["skip-postgres"]) {
  const runs = Number(values.runs);
  const server = await startPostgresServer({
    settings: {
      shared_buffers: "512MB",
      max_wal_size: "4GB",
      maintenance_work_mem: "256MB",
      work_mem: "16MB",
    },
  });
  try {
    await applyPostgresMigrations(server.url, { quiet: true });
    await seedPostgres(server.url, runs);
    const storage = createPostgresStorage({ connectionString: server.url });
    const admin = postgres(server.url, { max: 1, fetch_types: false });
    const serverTime = async (call) => {
      const statements = [];
      await call(
        createPostgresStorage({
          connectionString: server.url,
          onQuery: (query, parameters) => statements.push({ query, parameters }),
        }),
      );
      const [{ query, parameters }] = statements;
      const times = [];
      for (let index = 0; index < 10; index += 1) {
        const [plan] = await admin.unsafe(`explain (analyze, format json) ${query}`, parameters);
        times.push(plan["QUERY PLAN"][0]["Execution Time"]);
      }
      return percentile(times, 50);
    };
    rows.push(...(await measure("PostgreSQL", storage, runs, serverTime)));
    await admin.end();
    purges.push(await purgeRates("PostgreSQL", storage));
  } finally {
    server.stop();
  }
}
if (!values["skip-d1"]) {
  const runs = Number(values["d1-runs"]);
  const miniflare = new Miniflare({
    modules: true,
    script: "export default { fetch: () => new Response(null) }",
    d1Databases: { DB: "bench-storage" },
  });
  try {
    const database = await miniflare.getD1Database("DB");
    for (const statement of d1MigrationStatements()) await database.prepare(statement).run();
    await seedD1(database, runs);
    const storage = createD1Storage(database);
    rows.push(...(await measure("D1", storage, runs)));
    purges.push(await purgeRates("D1", storage));
  } finally {
    await miniflare.dispose();
  }
}
console.table(
  rows.map((row) => ({
    ...row,
    p50: `${row.p50.toFixed(1)} ms`,
    p95: `${row.p95.toFixed(1)} ms`,
    server: row.server === undefined ? "" : `${row.server.toFixed(2)} ms`,
    target: row.p50 <= 20 ? "p50 <= 20 ms" : "OVER 20 ms",
  })),
);
for (const line of purges) console.log(line);
