// UI responsiveness at scale (issue 5): how fast the runs list shows its first page over 10,000 runs, and
// how a run page with 1,000 steps and ~4,000 events renders and scrolls, in Debian's Chromium.
//
// Seeding: launching 10,000 runs through the API would take minutes, so the rows go straight into the
// migrated local D1 with `wrangler d1 execute DB --local --file` before the system starts (the same
// database `npm start` serves; columns as in shared/storage/d1/schema.ts). The 10,000 runs are finished
// runs of the example jobs with a mix of statuses and tags; the wide run is a finished run of a job not in
// any code location (so its Gantt rows come from its events), 1,000 steps, every 50th retried once.
//
// Figures: p50/p90 over LOADS page loads of navigation → first page of rows rendered (unfiltered and
// filtered); for the wide run, navigation → first Gantt bar and first log row, → every event loaded,
// and frame times while scrolling the Gantt chart and the event log from top to bottom.
// Usage: node bench/ui-runs-page.mjs [runs=10000] [steps=1000]
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ms, percentile, root, startSystem } from "./lib.mjs";

const RUNS = Number(process.argv[2] ?? 10_000);
const STEPS = Number(process.argv[3] ?? 1_000);
for (const [name, value] of [
  ["runs", RUNS],
  ["steps", STEPS],
]) {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name}: expected a positive integer, got "${value}"`);
}
const LOADS = 10;
const PAGE_ROWS = 50;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// As test/ui/browser.ts: without the background-networking flags Chromium keeps dialling out.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

const JOBS = ["hello_job", "etl_job", "failing_job", "slow_job", "chain_job", "retry_job"];
const STATUSES = [
  "SUCCESS",
  "SUCCESS",
  "SUCCESS",
  "SUCCESS",
  "FAILURE",
  "SUCCESS",
  "CANCELED",
  "SUCCESS",
  "FAILURE",
  "SUCCESS",
];
const TEAMS = ["data", "ml", "ops", "web"];

const sql = (value) =>
  value === null
    ? "NULL"
    : typeof value === "number"
      ? String(value)
      : `'${String(value).replaceAll("'", "''")}'`;
const rows = (values) => values.map((row) => `(${row.map(sql).join(", ")})`).join(",\n");

/** INSERT statements in chunks, so no single statement is huge. */
function inserts(table, columns, values, chunk = 250) {
  const statements = [];
  for (let index = 0; index < values.length; index += chunk) {
    statements.push(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES\n${rows(values.slice(index, index + chunk))};`,
    );
  }
  return statements;
}

function seedSql(now) {
  const runRows = [];
  const tagRows = [];
  for (let index = 0; index < RUNS; index++) {
    const runId = randomUUID();
    const created = now - (RUNS - index) * 30; // one every 30 s, oldest first (ids grow with time)
    const tags = { team: TEAMS[index % TEAMS.length], env: index % 3 === 0 ? "prod" : "dev", bench: "ui" };
    const status = STATUSES[index % STATUSES.length];
    runRows.push([
      runId,
      JOBS[index % JOBS.length],
      "example",
      "__repository__",
      status,
      "{}",
      JSON.stringify(tags),
      created,
      created + 5,
      created + 1,
      created + 1 + (index % 40),
    ]);
    for (const [key, value] of Object.entries(tags)) tagRows.push([runId, key, value]);
  }

  const wideRunId = randomUUID();
  const start = now * 1000;
  const events = [
    [wideRunId, "RUN_START", start, "DEBUG", 'Started execution of run for "bench_wide_job".', null],
  ];
  let end = start;
  for (let step = 0; step < STEPS; step++) {
    const key = `step_${String(step).padStart(4, "0")}`;
    let t = start + step * 40;
    const after = (ms) => {
      t += ms;
      return t;
    };
    events.push([wideRunId, "STEP_START", t, "DEBUG", `Started execution of step "${key}".`, key]);
    if (step % 50 === 49) {
      events.push([
        wideRunId,
        "STEP_UP_FOR_RETRY",
        after(60),
        "DEBUG",
        `Execution of step "${key}" failed and has requested a retry in 0 seconds.`,
        key,
      ]);
      events.push([
        wideRunId,
        "STEP_RESTARTED",
        after(30),
        "DEBUG",
        `Started re-execution (attempt # 2) of step "${key}".`,
        key,
      ]);
    }
    events.push([wideRunId, null, after(50), "INFO", `${key}: working on item ${step}`, key]);
    events.push([wideRunId, null, after(50), "INFO", `${key}: done`, key]);
    events.push([wideRunId, "STEP_SUCCESS", after(80), "DEBUG", `Finished execution of step "${key}".`, key]);
    end = Math.max(end, t);
  }
  events.push([
    wideRunId,
    "RUN_SUCCESS",
    end + 5,
    "DEBUG",
    'Finished execution of run for "bench_wide_job".',
    null,
  ]);
  runRows.push([
    wideRunId,
    "bench_wide_job",
    "example",
    "__repository__",
    "SUCCESS",
    "{}",
    JSON.stringify({ bench: "wide" }),
    now,
    (end + 5) / 1000,
    now,
    (end + 5) / 1000,
  ]);
  tagRows.push([wideRunId, "bench", "wide"]);

  const statements = [
    ...inserts(
      "runs",
      [
        "run_id",
        "job_name",
        "location_name",
        "repository_name",
        "status",
        "run_config",
        "tags",
        "create_time",
        "update_time",
        "start_time",
        "end_time",
      ],
      runRows,
    ),
    ...inserts("run_tags", ["run_id", "key", "value"], tagRows),
    ...inserts("event_logs", ["run_id", "event_type", "timestamp", "level", "message", "step_key"], events),
  ];
  return { text: statements.join("\n"), wideRunId, eventCount: events.length };
}

function seed(persistTo, seedText) {
  const dir = mkdtempSync(join(tmpdir(), "dagflare-bench-seed-"));
  const file = join(dir, "seed.sql");
  writeFileSync(file, seedText);
  const result = spawnSync(
    process.execPath,
    [
      join("node_modules", "wrangler", "bin", "wrangler.js"),
      "d1",
      "execute",
      "DB",
      "--local",
      "--persist-to",
      persistTo,
      "--file",
      file,
    ],
    {
      cwd: root,
      env: { ...process.env, CI: "true" },
      encoding: "utf8",
    },
  );
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`Seeding D1 failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Records, in the page, when each mark first holds (performance.now(), i.e. ms since navigation): at least
 * `count` elements match `selector`, and the first one's text starts with `text` if given.
 */
function watchFor(marks) {
  const seen = {};
  window.__marks = seen;
  const holds = ({ selector, count = 1, text }) => {
    const found = document.querySelectorAll(selector);
    return found.length >= count && (text === undefined || (found[0].textContent ?? "").startsWith(text));
  };
  const check = () => {
    for (const [name, mark] of Object.entries(marks))
      if (seen[name] === undefined && holds(mark)) seen[name] = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

async function timeToMarks(page, url, marks, done) {
  await page.addInitScript(watchFor, marks);
  await page.goto(url);
  await page.waitForFunction(
    `(() => { const m = window.__marks || {}; return ${JSON.stringify(done)}.every((name) => m[name] !== undefined); })()`,
    null,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => window.__marks);
}

/** Scrolls `selector` top to bottom in `durationMs`, one step per frame; frame intervals and long tasks. */
async function scrollFrames(page, selector, durationMs) {
  return page.evaluate(
    ({ selector, durationMs }) =>
      new Promise((resolve) => {
        const element = document.querySelector(selector);
        const longTasks = [];
        const observer = new PerformanceObserver((list) =>
          longTasks.push(...list.getEntries().map((entry) => entry.duration)),
        );
        observer.observe({ type: "longtask", buffered: false });
        const distance = element.scrollHeight - element.clientHeight;
        const frames = [];
        const started = performance.now();
        let last = started;
        const frame = (now) => {
          frames.push(now - last);
          last = now;
          const progress = Math.min(1, (now - started) / durationMs);
          element.scrollTop = distance * progress;
          if (progress < 1) requestAnimationFrame(frame);
          else {
            observer.disconnect();
            resolve({
              frames: frames.slice(1),
              longTasks,
              distance,
              rendered: element.querySelectorAll("[data-row-key]").length,
            });
          }
        };
        requestAnimationFrame(frame);
      }),
    { selector, durationMs },
  );
}

const RUNS_ROWS = 'table[aria-label="Runs"] tbody tr';
const runsRowsRendered = { selector: RUNS_ROWS, count: PAGE_ROWS };

async function main() {
  const now = Date.now() / 1000;
  const seeded = seedSql(now);
  const seedStarted = performance.now();
  const system = await startSystem({}, { beforeStart: (persistTo) => seed(persistTo, seeded.text) });
  console.log(
    `seeded ${RUNS.toLocaleString()} runs + a ${STEPS}-step run with ${seeded.eventCount.toLocaleString()} events; system up in ${ms(performance.now() - seedStarted)}`,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: system.url });
    // One warm-up load: the first request compiles the Worker and fills the code location snapshot cache.
    await timeToMarks(await context.newPage(), "/runs", { rows: runsRowsRendered }, ["rows"]);

    for (const [label, url] of [
      ["/runs (all runs)", "/runs"],
      ["/runs?status=FAILURE", "/runs?status=FAILURE"],
      ["/runs?tag=team=ml&job=etl_job", `/runs?tag=${encodeURIComponent("team=ml")}&job=etl_job`],
    ]) {
      const times = [];
      for (let load = 0; load < LOADS; load++) {
        const page = await context.newPage();
        times.push((await timeToMarks(page, url, { rows: runsRowsRendered }, ["rows"])).rows);
        await page.close();
      }
      console.log(
        `${label}: navigation → ${PAGE_ROWS} rows rendered  p50 ${ms(percentile(times, 50))}  p90 ${ms(percentile(times, 90))}  (${LOADS} loads)`,
      );
    }

    const olderTimes = [];
    const paging = await context.newPage();
    await paging.goto("/runs");
    await paging
      .locator(RUNS_ROWS)
      .nth(PAGE_ROWS - 1)
      .waitFor();
    for (let step = 0; step < LOADS; step++) {
      const firstBefore = await paging
        .locator('table[aria-label="Runs"] tbody tr a.run-id')
        .first()
        .textContent();
      const started = performance.now();
      await paging.getByRole("button", { name: "Older →" }).click();
      await paging.waitForFunction(
        (before) => {
          const table = document.querySelector('table[aria-label="Runs"]');
          return (
            table &&
            !table.closest(".stale") &&
            table.querySelector("tbody tr a.run-id")?.textContent !== before
          );
        },
        firstBefore,
        { polling: "raf" },
      );
      olderTimes.push(performance.now() - started);
    }
    console.log(
      `"Older →" paging: click → next page rendered  p50 ${ms(percentile(olderTimes, 50))}  p90 ${ms(percentile(olderTimes, 90))}`,
    );

    const runPageMarks = {
      bar: { selector: ".gantt-bar" },
      logRow: { selector: ".event-row[aria-rowindex]" },
      // The count reads "N events (loading…)" until the last page of history is in.
      allEvents: { selector: ".log-count", text: `${seeded.eventCount.toLocaleString("en-US")} events` },
    };
    const firstRender = { bar: [], logRow: [], allEvents: [] };
    let scrolled;
    for (let load = 0; load < 5; load++) {
      const page = await context.newPage();
      const marks = await timeToMarks(page, `/runs/${seeded.wideRunId}`, runPageMarks, [
        "bar",
        "logRow",
        "allEvents",
      ]);
      for (const name of Object.keys(firstRender)) firstRender[name].push(marks[name]);
      if (load === 4) {
        scrolled = {
          gantt: await scrollFrames(page, '[aria-label="Step timeline"]', 3000),
          log: await scrollFrames(page, '[aria-label="Event log"]', 3000),
        };
      }
      await page.close();
    }
    console.log(
      `run page, ${STEPS} steps / ${seeded.eventCount.toLocaleString()} events (p50 of 5): navigation → first Gantt bar ${ms(percentile(firstRender.bar, 50))}, ` +
        `→ first log row ${ms(percentile(firstRender.logRow, 50))}, → all events loaded ${ms(percentile(firstRender.allEvents, 50))}`,
    );
    for (const [name, result] of Object.entries(scrolled)) {
      const longest = Math.max(...result.frames);
      console.log(
        `scrolling the ${name === "gantt" ? "Gantt chart" : "event log"} (${Math.round(result.distance).toLocaleString()} px in 3 s, ${result.rendered} rows in the DOM at the end): ` +
          `${result.frames.length} frames, frame time p50 ${ms(percentile(result.frames, 50))} p95 ${ms(percentile(result.frames, 95))} max ${ms(longest)}, ` +
          `${result.longTasks.length} long tasks (>50 ms)`,
      );
    }
  } finally {
    await browser.close();
    await system.stop();
  }
}

await main();
