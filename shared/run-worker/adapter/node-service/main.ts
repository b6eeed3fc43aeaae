/**
 * The Dagflare run-worker service (Dagster's run worker, outside Cloudflare): loads a code location's
 * definitions and serves, over HTTP, the code location protocol (so it is also a step server for the
 * `remote` and `container` executors) and the run worker host methods the `remote` and `container` run
 * launchers call. Runs report to the webserver through its instance API over HTTP.
 *
 *   node --import tsx shared/run-worker/adapter/node-service/main.ts --definitions examples/example-location/definitions.ts \
 *     --port 8787 --instance-url http://localhost:3000 --instance-token "$DAGFLARE_INSTANCE_TOKEN" --token "$RUN_WORKER_TOKEN"
 *
 * Every option can come from an environment variable instead (`--help` lists them). It refuses to start
 * without a token unless it listens on loopback or is told `--insecure-no-auth`.
 * @module
 */
import { HttpInstanceApiClient } from "../../../instance-api/http-instance-api-client";
import { importDefinitions } from "./definitions-module";
import { exitWhenIdle } from "./idle-exit";
import { listen } from "./node-http";
import { createRunWorkerService } from "./run-worker-service";
import { parseServiceOptions, usage } from "./service-options";

/** Longer than the event writer's batching delay, so what the runs announced is sent before exit. */
const SHUTDOWN_GRACE_MS = 1_000;

if (process.argv.includes("--help")) {
  console.log(usage());
  process.exit(0);
}

try {
  const options = parseServiceOptions(process.argv.slice(2), process.env);
  const load = await importDefinitions(options.definitions, options.export);
  const instance =
    options.instanceUrl && options.instanceToken
      ? new HttpInstanceApiClient({ url: options.instanceUrl, token: options.instanceToken })
      : undefined;
  const service = createRunWorkerService({
    load,
    dataDir: options.dataDir,
    instance,
    token: options.token,
    locationName: options.locationName,
  });
  const idle =
    options.idleExitSeconds === undefined
      ? undefined
      : exitWhenIdle({
          idleMs: options.idleExitSeconds * 1000,
          activeRuns: () => service.workers.activeRuns,
          exit: () => process.exit(0),
        });
  const server = await listen(
    (request) => (idle === undefined ? service.fetch(request) : idle.track(() => service.fetch(request))),
    { port: options.port, host: options.host },
  );
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  const location =
    options.locationName === undefined ? "" : `, runs of code location "${options.locationName}"`;
  console.log(
    `Dagflare run worker service: http://${options.host}:${port} (definitions ${options.definitions}${location}, data in ${options.dataDir})`,
  );
  if (instance === undefined)
    console.warn(
      "No instance URL: this service executes steps for executors but refuses runs (give --instance-url and --instance-token).",
    );
  if (options.token === undefined)
    console.warn(
      `No token: every request to ${options.host} is accepted (give --token or RUN_WORKER_TOKEN).`,
    );
  // Stop taking requests, and give buffered events a moment to reach the instance; runs still executing
  // stop here and resume from their stored state when started again.
  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, shutdown);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
