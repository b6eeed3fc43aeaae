// Queued-run drain rate (issue 4): submit N hello_job runs through the JSON API with a bounded pool of
// submitters, let the queued coordinator + daemon drain them under max_concurrent_runs = 25, then report
// submit throughput, drain time / rate, and the highest number of runs ever in progress, computed exactly
// from the event log afterwards (bench/concurrency-check.mjs).
// Usage: node bench/queue-drain.mjs [runs=1000]
import { maxInProgress, transitions } from "./concurrency-check.mjs";
import { graphql, ms, percentile, startSystem } from "./lib.mjs";

const RUNS = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`runs: expected a positive integer, got "${process.argv[2]}"`);
const MAX_CONCURRENT = 25;
const SUBMITTERS = 20;
/** Every wait below gives up at this point: a stuck queue must fail the benchmark, not hang it. */
const DEADLINE = Date.now() + 20 * 60_000;

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
  if (response.status !== 201)
    throw new Error(`POST /api/runs answered ${response.status}: ${JSON.stringify(body)}`);
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

  console.log(
    `submit: ${RUNS} runs in ${submitSeconds.toFixed(2)} s = ${(RUNS / submitSeconds).toFixed(1)} runs/s (POST latency p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))})`,
  );
  console.log(
    `drain: first submit → all ${RUNS} finished in ${drainSeconds.toFixed(2)} s = ${(RUNS / drainSeconds).toFixed(1)} runs/s (${((drained - submitted) / 1000).toFixed(2)} s after the last submit)`,
  );
  console.log(`max in progress (exact, from the event log over ${spans.length} started runs): ${highest}`);
  console.log(
    `limit ${MAX_CONCURRENT} ${highest > MAX_CONCURRENT ? `EXCEEDED (max ${highest})` : "never exceeded"}`,
  );
} finally {
  await system.stop();
}
