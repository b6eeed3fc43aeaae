// Queued-run drain rate (issue 4): submit N hello_job runs through the JSON API with a bounded pool of
// submitters, let the queued coordinator + daemon drain them under max_concurrent_runs = 25, then report
// submit throughput, drain time / rate, and the highest number of runs ever in progress. That maximum is
// computed exactly from the event log afterwards (a sweep over RUN_STARTING and terminal events in storage
// order), not sampled while running, so a short overshoot cannot slip between polls.
// Usage: node bench/queue-drain.mjs [runs=1000]
import { graphql, ms, percentile, startSystem } from "./lib.mjs";

const RUNS = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`runs: expected a positive integer, got "${process.argv[2]}"`);
const MAX_CONCURRENT = 25;
const SUBMITTERS = 20;
/** Every wait below gives up at this point: a stuck queue must fail the benchmark, not hang it. */
const DEADLINE = Date.now() + 20 * 60_000;
const TERMINAL = ["RUN_SUCCESS", "RUN_FAILURE", "RUN_CANCELED"];

const INSTANCE_YAML = `run_coordinator: { type: queued, max_concurrent_runs: ${MAX_CONCURRENT} }\n`;
const FINISHED_COUNT = `query { runsOrError(filter: { statuses: [SUCCESS, FAILURE, CANCELED] }, limit: 1) { ... on Runs { count } } }`;

function checkDeadline(what) {
  if (Date.now() > DEADLINE) throw new Error(`gave up waiting for ${what}: benchmark deadline passed`);
}

/** Runs `task(index)` for 0..count-1 with at most `width` in flight at once. */
async function pool(count, width, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      checkDeadline("the pool to finish");
      await task(next++);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}

async function submit(url) {
  const started = performance.now();
  const response = await fetch(`${url}/api/runs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ job: "hello_job", tags: { bench: "queue-drain" } }),
  });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`POST /api/runs answered ${response.status}: ${JSON.stringify(body)}`);
  return { runId: body.run.runId, latency: performance.now() - started };
}

async function waitUntilFinished(url, count) {
  for (;;) {
    const finished = (await graphql(url, FINISHED_COUNT)).runsOrError.count;
    if (finished >= count) return;
    checkDeadline(`${count} finished runs (${finished} so far)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every run id in the instance (the database is fresh, so the only runs are ours), paged newest first. */
async function allRunIds(url) {
  const ids = [];
  for (let cursor = ""; ; ) {
    checkDeadline("the run list");
    const response = await fetch(`${url}/api/runs?limit=1000${cursor ? `&cursor=${cursor}` : ""}`);
    const page = await response.json();
    ids.push(...page.runs.map((run) => run.runId));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
}

const EVENT_TYPES = `query ($runId: ID!) { logsForRun(runId: $runId) { ... on EventConnection { events { ... on MessageEvent { eventType } } } } }`;
const CURSORS = `query ($runId: ID!, $starting: Int!, $terminal: Int!) {
  s: logsForRun(runId: $runId, limit: $starting) { ... on EventConnection { cursor } }
  t: logsForRun(runId: $runId, limit: $terminal) { ... on EventConnection { cursor } } }`;

/**
 * The storage ids of a run's RUN_STARTING and terminal events. The API hands out an event's storage id only
 * as the cursor after a page, so the page ending exactly at each event (limit = its position + 1) is read.
 */
async function transitions(url, runId) {
  const types = (await graphql(url, EVENT_TYPES, { runId })).logsForRun.events.map((event) => event.eventType);
  const starting = types.indexOf("RUN_STARTING");
  const terminal = types.findIndex((type) => TERMINAL.includes(type));
  if (starting < 0) return null; // never started (e.g. canceled while queued): never counted against the limit
  const cursors = await graphql(url, CURSORS, { runId, starting: starting + 1, terminal: Math.max(terminal, 0) + 1 });
  return { start: Number(cursors.s.cursor), end: terminal >= 0 ? Number(cursors.t.cursor) : Infinity };
}

/** Highest count of runs in progress over the event log: +1 at RUN_STARTING, -1 at the terminal event. */
function maxInProgress(spans) {
  const points = spans.flatMap((span) => [
    { at: span.start, delta: 1 },
    { at: span.end, delta: -1 },
  ]);
  // Storage ids are unique, so no two points tie; the sort is total.
  points.sort((a, b) => a.at - b.at);
  let current = 0;
  let highest = 0;
  for (const point of points) {
    current += point.delta;
    highest = Math.max(highest, current);
  }
  return highest;
}

const system = await startSystem({ DAGFLARE_INSTANCE_YAML: INSTANCE_YAML });
try {
  console.log(`instance: ${INSTANCE_YAML.trim()}; ${RUNS} hello_job runs, ${SUBMITTERS} submitters`);
  const began = performance.now();
  const latencies = [];
  await pool(RUNS, SUBMITTERS, async () => latencies.push((await submit(system.url)).latency));
  const submitted = performance.now();
  await waitUntilFinished(system.url, RUNS);
  const drained = performance.now();

  const ids = await allRunIds(system.url);
  const spans = [];
  await pool(ids.length, SUBMITTERS, async (index) => {
    const span = await transitions(system.url, ids[index]);
    if (span) spans.push(span);
  });
  const highest = maxInProgress(spans);
  const submitSeconds = (submitted - began) / 1000;
  const drainSeconds = (drained - began) / 1000;

  console.log(`submit: ${RUNS} runs in ${submitSeconds.toFixed(2)} s = ${(RUNS / submitSeconds).toFixed(1)} runs/s (POST latency p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))})`);
  console.log(`drain: first submit → all ${RUNS} finished in ${drainSeconds.toFixed(2)} s = ${(RUNS / drainSeconds).toFixed(1)} runs/s (${((drained - submitted) / 1000).toFixed(2)} s after the last submit)`);
  console.log(`max in progress (exact, from the event log over ${spans.length} started runs): ${highest}`);
  console.log(`limit ${MAX_CONCURRENT} ${highest > MAX_CONCURRENT ? `EXCEEDED (max ${highest})` : "never exceeded"}`);
} finally {
  await system.stop();
}
