/**
 * The launcher side of a run-worker service (shared/run-worker/adapter/node-service): the run worker host methods of the
 * code location protocol (`startRun`, `terminateRun`, `runWorkerHealth`) as JSON over HTTP. The `remote`
 * launcher reaches one service at a URL, the `container` launcher each run's own container through its
 * Durable Object; only the transport differs (`RunWorkerServiceTransport`).
 * @module
 */
import { HttpCodeLocationClient } from "../code-location/http-client";
import { withDeadline, type Fetch } from "../http/http-fetch";
import type { RunRecord } from "../storage/run-storage";
import { RunWorkerHostLauncher } from "./run-worker-host-launcher";

/** When dagflare.yaml gives no `timeout_seconds`: long enough for a container to start. */
export const DEFAULT_RUN_WORKER_TIMEOUT_SECONDS = 60;

/** Where the service of a run is and how requests reach it. */
export type RunWorkerServiceTransport = {
  /** Names the service in errors, e.g. `remote run worker at https://runs.example.com`. */
  readonly describe: (run: RunRecord) => string;
  /** The service's base URL for a run (the protocol path `/__dagflare/<method>` is appended). */
  readonly baseUrl: (run: RunRecord) => string;
  /** How a request for a run travels (the global fetch, or the run's Durable Object stub). */
  readonly fetch: (run: RunRecord) => Fetch;
  /** Sent with every request (e.g. the service's bearer token). */
  readonly headers: Readonly<Record<string, string>>;
  /** Per request; DEFAULT_RUN_WORKER_TIMEOUT_SECONDS when absent. */
  readonly timeoutSeconds: number | undefined;
};

export class RunWorkerServiceLauncher extends RunWorkerHostLauncher {
  constructor(
    readonly name: string,
    /** Resuming needs the run's step state to outlive the worker that stopped (a data dir that survives restarts). */
    readonly supportsResume: boolean,
    private readonly transport: RunWorkerServiceTransport,
  ) {
    super();
  }

  protected describeWorker(run: RunRecord): string {
    return this.transport.describe(run);
  }

  protected client(run: RunRecord): HttpCodeLocationClient {
    const timeoutMs = (this.transport.timeoutSeconds ?? DEFAULT_RUN_WORKER_TIMEOUT_SECONDS) * 1000;
    return new HttpCodeLocationClient({
      locationName: this.transport.describe(run),
      url: this.transport.baseUrl(run),
      headers: this.transport.headers,
      fetch: withDeadline(this.transport.fetch(run), timeoutMs),
    });
  }
}
