// Launch-to-RUN_START latency over sequential hello_job runs, and per-step overhead of a 100-op linear
// chain (chain_job, in_process), under wrangler dev with the default instance (queued coordinator,
// Durable Object run launcher). Usage: node bench/run-latency.mjs [runs=200]
import { graphql, ms, percentile, startSystem } from "./lib.mjs";

const RUNS = Number(process.argv[2] ?? 200);
const LAUNCH = `mutation ($params: ExecutionParams!) { launchRun(executionParams: $params) { __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } } }`;
const EVENTS = `query ($runId: ID!) { pipelineRunOrError(runId: $runId) { ... on Run { status } }
  logsForRun(runId: $runId) { ... on EventConnection { events { ... on MessageEvent { eventType timestamp } } } } }`;

async function runToEnd(url, jobName) {
  const started = Date.now();
  const launched = await graphql(url, LAUNCH, {
    params: {
      selector: { repositoryLocationName: "example", repositoryName: "__repository__", jobName },
      runConfigData: {},
    },
  });
  const runId = launched.launchRun.run?.runId;
  if (!runId) throw new Error(`launch failed: ${JSON.stringify(launched)}`);
  for (;;) {
    const data = await graphql(url, EVENTS, { runId });
    const status = data.pipelineRunOrError.status;
    if (["SUCCESS", "FAILURE", "CANCELED"].includes(status)) {
      const at = (type) =>
        Number(data.logsForRun.events.find((event) => event.eventType === type)?.timestamp);
      return { status, started, runStart: at("RUN_START"), runEnd: at("RUN_SUCCESS") || at("RUN_FAILURE") };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const system = await startSystem();
try {
  await runToEnd(system.url, "hello_job"); // warm the isolates; not counted
  const latencies = [];
  for (let index = 0; index < RUNS; index++) {
    const run = await runToEnd(system.url, "hello_job");
    latencies.push(run.runStart - run.started);
  }
  console.log(
    `launch → RUN_START over ${RUNS} sequential hello_job runs: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(Math.max(...latencies))}`,
  );

  const chains = [];
  for (let index = 0; index < 5; index++) chains.push(await runToEnd(system.url, "chain_job"));
  const perStep = chains.map((run) => (run.runEnd - run.runStart) / 100);
  console.log(
    `chain_job (100 trivial ops, in_process): per-step overhead p50 ${ms(percentile(perStep, 50))}, max ${ms(Math.max(...perStep))} over ${chains.length} runs`,
  );
} finally {
  await system.stop();
}
