// Dagflare beside its Cloudflare-native peer (issue 14): Cloudflare Workflows, a Worker of our own
// (bench/workflows-peer) under the same wrangler, started next to Dagflare as `npm start` starts it.
// Prints, side by side with ratios (Dagflare / Workflows; for throughput, Dagflare's rate over Workflows'):
//  - launch → finished: hello_job (1 op) vs a 1-step instance, polled as a user polls (Dagster's client:
//    launchRun, then runOrError status; Workflows: create, then instance.status() through the peer's HTTP);
//  - launch → RUN_START vs launch → the instance's first step;
//  - per-step overhead: chain_job (100 ops, RUN_START → RUN_SUCCESS / 100) vs a 200-step chain (first →
//    last step / 199);
//  - throughput of 20 clients each launching and awaiting 10 one-op runs, the launch request's p50/p99 under
//    that load, and the most Dagflare runs ever in progress (exact, from the event log) against
//    max_concurrent_runs.
// Usage: node bench/peer-workflows.mjs [sequential=50]
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startWranglerDev } from "../scripts/lib/dev-system.mjs";
import { maxRunsInProgress } from "./concurrency-check.mjs";
import { freePort, graphql, ms, percentile, root, startSystem, wranglerLog } from "./lib.mjs";

const SEQUENTIAL = Number(process.argv[2] ?? 50);
if (!Number.isInteger(SEQUENTIAL) || SEQUENTIAL < 1)
  throw new Error(`sequential: expected a positive integer, got "${process.argv[2]}"`);
const CHAINS = 5;
const CLIENTS = 20;
const RUNS_PER_CLIENT = 10;
/** Both sides are polled back to back with this pause, so neither is favoured by its polling. */
const POLL_MS = 2;
/** The default instance (dagflare.yaml): the queued coordinator with max_concurrent_runs 10. */
const MAX_CONCURRENT_RUNS = 10;
const DEADLINE_MS = 60_000;
/** No single request may hang the benchmark. */
const REQUEST_TIMEOUT_MS = 30_000;
const timeout = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));
const median = (values) => percentile(values, 50);

const LAUNCH = `mutation ($params: ExecutionParams!) { launchRun(executionParams: $params) { __typename
  ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } } }`;
const STATUS = `query ($runId: ID!) { runOrError(runId: $runId) { __typename ... on Run { status } } }`;
const EVENT_TIMES = `query ($runId: ID!) { logsForRun(runId: $runId) { ... on EventConnection { events { ... on MessageEvent { eventType timestamp } } } } }`;
const DAGFLARE_DONE = ["SUCCESS", "FAILURE", "CANCELED"];
const WORKFLOW_DONE = ["complete", "errored", "terminated"];

/** Worker restarts seen (wrangler dev answers "Your worker restarted mid-request"); reported with the figures. */
let restarts = 0;

/** A launch answered by wrangler dev's "worker restarted" page: whether a run was made is unknown. */
class RestartedLaunch extends Error {}

async function post(url, document, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: document, variables }),
    ...timeout(),
  });
  return response.text();
}

/** A read-only GraphQL query, asked again when wrangler dev restarted the worker under it (never a mutation). */
async function query(url, document, variables) {
  for (let attempt = 0; ; attempt++) {
    const text = await post(url, document, variables);
    if (!text.startsWith("Your worker restarted") || attempt === 5) {
      const body = JSON.parse(text);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    }
    restarts++;
  }
}

/** Dagflare through GraphQL as Dagster's Python client does it: launchRun, then runOrError until terminal. */
const dagflare = {
  name: "Dagflare",
  async launch(url, jobName) {
    const sent = Date.now();
    const text = await post(url, LAUNCH, {
      params: {
        selector: { repositoryLocationName: "example", repositoryName: "__repository__", jobName },
        runConfigData: {},
      },
    });
    if (text.startsWith("Your worker restarted")) {
      restarts++;
      throw new RestartedLaunch(`launchRun of ${jobName}: the worker restarted under it`);
    }
    const body = JSON.parse(text);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const data = body.data;
    const runId = data.launchRun.run?.runId;
    if (!runId) throw new Error(`launchRun of ${jobName} answered ${JSON.stringify(data.launchRun)}`);
    return { id: runId, sent, answered: Date.now() };
  },
  async awaitEnd(url, id) {
    for (const deadline = Date.now() + DEADLINE_MS; Date.now() < deadline; await sleep(POLL_MS)) {
      const status = (await query(url, STATUS, { runId: id })).runOrError.status;
      if (DAGFLARE_DONE.includes(status)) {
        if (status !== "SUCCESS") throw new Error(`run ${id} ended ${status}`);
        return Date.now();
      }
    }
    throw new Error(`run ${id} did not finish within ${DEADLINE_MS} ms`);
  },
  /** RUN_START and RUN_SUCCESS times from the event log (read after the run, so they cost it nothing). */
  async marks(url, id) {
    const events = (await query(url, EVENT_TIMES, { runId: id })).logsForRun.events;
    const at = (type) => Number(events.find((event) => event.eventType === type)?.timestamp);
    return { started: at("RUN_START"), ended: at("RUN_SUCCESS") };
  },
};

async function peerJson(response, what) {
  const body = await response.json();
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/** Workflows as its user does it: create through the Worker's binding, then instance.status() until done. */
const workflows = {
  name: "Workflows",
  async launch(url, workflow) {
    const sent = Date.now();
    const { id } = await peerJson(
      await fetch(`${url}/instances/${workflow}`, { method: "POST", ...timeout() }),
      `create ${workflow}`,
    );
    return { id: `${workflow}/${id}`, sent, answered: Date.now() };
  },
  async awaitEnd(url, id) {
    for (const deadline = Date.now() + DEADLINE_MS; Date.now() < deadline; await sleep(POLL_MS)) {
      // Under wrangler dev a status read can wait behind the running instance's steps for long: one
      // not answered within a few seconds is asked again (the chain's figure comes from its step times).
      const response = await fetch(`${url}/instances/${id}`, { signal: AbortSignal.timeout(3_000) }).catch(
        (error) => {
          if (error.name === "TimeoutError") return null;
          throw error;
        },
      );
      if (response === null) continue;
      const { status, error } = await peerJson(response, `status of ${id}`);
      if (WORKFLOW_DONE.includes(status)) {
        if (status !== "complete")
          throw new Error(`instance ${id} ended ${status}: ${JSON.stringify(error)}`);
        return Date.now();
      }
    }
    throw new Error(`instance ${id} did not finish within ${DEADLINE_MS} ms`);
  },
  async marks(url, id) {
    const { output } = await peerJson(await fetch(`${url}/instances/${id}`, timeout()), `status of ${id}`);
    return { started: output.firstStepAt, ended: output.lastStepAt };
  },
};

/** Launches `job` and awaits its end; a launch cut by a worker restart is made again (counted in `restarts`). */
async function runToEnd(side, url, job) {
  const launched = await launchCounting(side, url, job);
  const finished = await side.awaitEnd(url, launched.id);
  return { ...launched, finished };
}

async function launchCounting(side, url, job) {
  for (;;) {
    try {
      return await side.launch(url, job);
    } catch (error) {
      if (!(error instanceof RestartedLaunch)) throw error;
    }
  }
}

/** Sequential single-op runs: launch → finished, launch → start. */
async function sequential(side, url, job) {
  const total = [];
  const start = [];
  for (let index = 0; index < SEQUENTIAL; index++) {
    const run = await runToEnd(side, url, job);
    total.push(run.finished - run.sent);
    start.push((await side.marks(url, run.id)).started - run.sent);
  }
  return { total: median(total), start: median(start) };
}

async function perStep(side, url, job, gaps) {
  const overheads = [];
  for (let index = 0; index < CHAINS; index++) {
    const run = await runToEnd(side, url, job);
    const marks = await side.marks(url, run.id);
    overheads.push((marks.ended - marks.started) / gaps);
  }
  return median(overheads);
}

/** CLIENTS clients, each launching and awaiting RUNS_PER_CLIENT runs one after another. */
async function load(side, url, job) {
  const launchLatencies = [];
  const ids = [];
  const began = Date.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let index = 0; index < RUNS_PER_CLIENT; index++) {
        const launched = await launchCounting(side, url, job);
        launchLatencies.push(launched.answered - launched.sent);
        ids.push(launched.id);
        await side.awaitEnd(url, launched.id);
      }
    }),
  );
  const seconds = (Date.now() - began) / 1000;
  return {
    ids,
    rate: ids.length / seconds,
    launchP50: percentile(launchLatencies, 50),
    launchP99: percentile(launchLatencies, 99),
  };
}

async function startPeer() {
  const persistTo = mkdtempSync(join(tmpdir(), "dagflare-bench-peer-"));
  const peer = await startWranglerDev({
    root: join(root, "bench", "workflows-peer"),
    configs: ["wrangler.toml"],
    port: await freePort(),
    persistTo,
    readyPath: "/ready",
    log: wranglerLog("workflows-peer"),
    // Its own inspector port: two `wrangler dev` processes would otherwise both bind the default one.
    extraArgs: ["--inspector-port", String(await freePort())],
  });
  return {
    url: peer.url,
    stop: async () => {
      await peer.stop();
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

function row(figure, ours, theirs, format, ratio = ours / theirs) {
  return [figure, format(ours), format(theirs), ratio.toFixed(2)];
}

function printTable(rows) {
  const header = ["figure", "Dagflare", "Workflows", "ratio"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((cells) => cells[column].length)),
  );
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
  console.log([line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n"));
}

/**
 * Cloudflare's published Workers Paid prices beyond the included monthly allowances (USD), as read on
 * 2026-12-08 from the stored copies of developers.cloudflare.com: workers/platform/pricing and
 * workflows/reference/pricing ($0.30 per million requests), durable-objects/platform/pricing ($0.15 per
 * million requests, each RPC call on a stub and each alarm one request), d1/platform/pricing ($0.001 per
 * million rows read, $1.00 per million rows written), queues/platform/pricing ($0.40 per million
 * operations, a message being written, read and deleted: 3). CPU time and duration are left out on both
 * sides (not measurable under wrangler dev), as are service-binding calls (billed as part of the request
 * that makes them) and the RunWorker objects' own SQLite rows (not counted here).
 */
const PRICES = {
  date: "2026-12-08",
  requestPerMillion: 0.3,
  durableObjectRequestPerMillion: 0.15,
  d1RowReadPerMillion: 0.001,
  d1RowWrittenPerMillion: 1.0,
  queueOperationPerMillion: 0.4,
  queueOperationsPerMessage: 3,
};

/** Dollars for a million runs whose counts per run are `perRun` (names as the instance host counts them). */
function dollarsPerMillion(perRun) {
  const sum = (prefix) =>
    Object.entries(perRun).reduce(
      (total, [name, value]) => (name.startsWith(prefix) ? total + value : total),
      0,
    );
  // Every call on a Daemon or ConcurrencyCoordinator stub, and each RunWorker start (the location's startRun
  // reaches one object, which then runs on its alarm: two requests).
  const objectRequests = sum("do:") + 2 * (perRun["service:EXAMPLE_LOCATION.startRun"] ?? 0);
  return (
    PRICES.requestPerMillion * 1 + // the launch request itself
    PRICES.durableObjectRequestPerMillion * objectRequests +
    PRICES.d1RowReadPerMillion * (perRun["d1.rows_read"] ?? 0) +
    PRICES.d1RowWrittenPerMillion * (perRun["d1.rows_written"] ?? 0) +
    PRICES.queueOperationPerMillion * PRICES.queueOperationsPerMessage * (perRun["queue.messages"] ?? 0)
  );
}

function printCost(one, chain) {
  const names = [...new Set([...Object.keys(one), ...Object.keys(chain)])].sort();
  const perStepOf = (name) => ((chain[name] ?? 0) - (one[name] ?? 0)) / 99;
  console.log(
    `cost, counted by the instance host over ${COST_RUNS} runs each (per hello_job run; per step = (chain_job − hello_job) / 99):`,
  );
  for (const name of names)
    console.log(
      `  ${name.padEnd(34)} ${(one[name] ?? 0).toFixed(1).padStart(8)} per run ${perStepOf(name).toFixed(2).padStart(8)} per step`,
    );
  const tenStep = Object.fromEntries(names.map((name) => [name, (one[name] ?? 0) + 9 * perStepOf(name)]));
  // Workflows: the create request to the user's Worker and the instance's own invocation, whatever its steps.
  const workflows = PRICES.requestPerMillion * 2;
  console.log(
    `a million runs at Cloudflare's published prices of ${PRICES.date} (requests, DO requests, D1 rows, queue operations; CPU time left out):`,
  );
  console.log(
    `  1-op runs:   Dagflare $${dollarsPerMillion(one).toFixed(2)}, Workflows $${workflows.toFixed(2)}`,
  );
  console.log(
    `  10-op runs:  Dagflare $${dollarsPerMillion(tenStep).toFixed(2)}, Workflows $${workflows.toFixed(2)}`,
  );
}

const load1 = loadavg()[0];
/** Counted over this many runs of each job, each left alone (no polling) until surely finished. */
const COST_RUNS = 5;
const COST_WAIT_MS = { hello_job: 2_000, chain_job: 5_000 };

async function counters(url, method = "GET") {
  return peerJson(await fetch(`${url}/__bench/counters`, { method }), "the bench counters");
}

/**
 * What COST_RUNS runs of `job` cost, per run, as counted by the instance host (DAGFLARE_BENCH_COUNTERS):
 * everything the system did meanwhile, the daemon's own interval work included; the client's single
 * launch request per run too, but not its status polls (none are made while counting).
 */
async function costPerRun(url, job) {
  await counters(url, "POST");
  const ids = [];
  for (let index = 0; index < COST_RUNS; index++) {
    ids.push((await launchCounting(dagflare, url, job)).id);
    await sleep(COST_WAIT_MS[job]);
  }
  const counted = await counters(url);
  for (const id of ids) {
    const status = (await query(url, STATUS, { runId: id })).runOrError.status;
    if (status !== "SUCCESS")
      throw new Error(
        `cost: run ${id} of ${job} was ${status} after ${COST_WAIT_MS[job]} ms; counts would be short`,
      );
  }
  return Object.fromEntries(Object.entries(counted).map(([name, value]) => [name, value / COST_RUNS]));
}

const started = await Promise.allSettled([startSystem({ DAGFLARE_BENCH_COUNTERS: "1" }), startPeer()]);
const stopAll = () =>
  Promise.all(started.map((outcome) => outcome.status === "fulfilled" && outcome.value.stop()));
const failed = started.find((outcome) => outcome.status === "rejected");
if (failed) {
  await stopAll();
  throw failed.reason;
}
const [system, peer] = started.map((outcome) => outcome.value);
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, () => stopAll().then(() => process.exit(130)));
try {
  // Warm both sides' isolates and objects; not counted.
  await runToEnd(dagflare, system.url, "hello_job");
  await runToEnd(dagflare, system.url, "chain_job");
  await runToEnd(workflows, peer.url, "one_step");
  await runToEnd(workflows, peer.url, "chain");

  const progress = (what) => process.stderr.write(`${new Date().toISOString()} ${what}\n`);
  progress("warmed up; sequential runs");
  const oursOne = await sequential(dagflare, system.url, "hello_job");
  const theirsOne = await sequential(workflows, peer.url, "one_step");
  progress("chains");
  const oursStep = await perStep(dagflare, system.url, "chain_job", 100);
  const theirsStep = await perStep(workflows, peer.url, "chain", 199);
  progress("load");
  const oursLoad = await load(dagflare, system.url, "hello_job");
  const theirsLoad = await load(workflows, peer.url, "one_step");
  progress("limit check and cost");
  if (restarts > 0)
    console.log(
      `note: wrangler dev restarted the Dagflare worker under ${restarts} request(s); reads were asked again, launches made again`,
    );
  const limit = await maxRunsInProgress(system.url, oursLoad.ids);

  console.log(
    `${SEQUENTIAL} sequential 1-op runs, ${CHAINS} chains, ${CLIENTS} clients × ${RUNS_PER_CLIENT} runs; medians unless stated; load average before: ${load1.toFixed(2)}, after: ${loadavg()[0].toFixed(2)}`,
  );
  printTable([
    row("launch → finished, hello_job vs 1-step instance", oursOne.total, theirsOne.total, ms),
    row("launch → RUN_START vs first step", oursOne.start, theirsOne.start, ms),
    row("per-step overhead, chain_job (100) vs 200-step chain", oursStep, theirsStep, ms),
    row(
      `throughput, ${CLIENTS} clients × ${RUNS_PER_CLIENT} one-op runs (runs/s)`,
      oursLoad.rate,
      theirsLoad.rate,
      (value) => value.toFixed(1),
    ),
    row("launch request p50 under that load", oursLoad.launchP50, theirsLoad.launchP50, ms),
    row("launch request p99 under that load", oursLoad.launchP99, theirsLoad.launchP99, ms),
  ]);
  console.log(
    `max_concurrent_runs ${MAX_CONCURRENT_RUNS}: at most ${limit.highest} of ${limit.started} runs in progress at once (exact, from the event log) — ${limit.highest > MAX_CONCURRENT_RUNS ? "EXCEEDED" : "never exceeded"}`,
  );
  // Counted last, after the figures are out: a run still queued behind a loaded machine fails only this part.
  printCost(await costPerRun(system.url, "hello_job"), await costPerRun(system.url, "chain_job"));
} finally {
  await stopAll();
}
