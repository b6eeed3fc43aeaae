/**
 * The launcher side of a run-worker service (services/run-worker): the run worker host methods of the
 * code location protocol (`startRun`, `terminateRun`, `runWorkerHealth`) as JSON over HTTP. The `remote`
 * launcher reaches one service at a URL, the `container` launcher each run's own container through its
 * Durable Object; only the transport differs (`RunWorkerServiceTransport`).
 * @module
 */
import { HttpCodeLocationClient } from "../code-location/http-client";
import type { RunWorkerHealth, StartRunRequest } from "../code-location/protocol";
import { withDeadline, type Fetch } from "../instance/http-fetch";
import type { RunRecord } from "../storage/run-storage";
import type { RunLauncher } from "./run-launcher";
import { workerError } from "./worker-error";

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

export class RunWorkerServiceLauncher implements RunLauncher {
  readonly supportsHealthCheck = true;

  constructor(
    readonly name: string,
    /** Resuming needs the run's step state to outlive the worker that stopped (a data dir that survives restarts). */
    readonly supportsResume: boolean,
    private readonly transport: RunWorkerServiceTransport,
  ) {}

  /**
   * Starts the run on its service. Idempotent: the service ignores a second start of a run it has.
   * @throws DagflareError CODE_LOCATION_UNAVAILABLE naming the service when it cannot be reached, or the
   * service's own refusal (e.g. NOT_FOUND for a job its definitions lack) with its code.
   */
  async launchRun(run: RunRecord): Promise<void> {
    await this.#start(run, "launch");
  }

  /** Starts the run again; the service resumes it from its stored step state without re-running finished steps. */
  async resumeRun(run: RunRecord): Promise<void> {
    await this.#start(run, "resume");
  }

  /**
   * Asks the service to stop the run; it ends the run with RUN_CANCELED.
   * @returns false when the service has no such unfinished run.
   * @throws DagflareError CODE_LOCATION_UNAVAILABLE when the service cannot be reached.
   */
  async terminate(run: RunRecord): Promise<boolean> {
    return (await this.#client(run).terminateRun({ runId: run.runId })).accepted;
  }

  /** The service's view of the run; UNKNOWN (with the reason) when it cannot be reached, which says nothing about the run. */
  async checkRunWorkerHealth(run: RunRecord): Promise<RunWorkerHealth> {
    try {
      return await this.#client(run).runWorkerHealth({ runId: run.runId });
    } catch (error) {
      return { status: "UNKNOWN", message: error instanceof Error ? error.message : String(error) };
    }
  }

  async #start(run: RunRecord, action: "launch" | "resume"): Promise<void> {
    const request: StartRunRequest = {
      runId: run.runId,
      jobName: run.jobName,
      runConfig: run.runConfig,
      stepKeysToExecute: run.stepKeysToExecute,
      parentRunId: run.parentRunId,
      opSelection: run.opSelection,
    };
    const result = await this.#client(run).startRun(request);
    if (!result.ok) throw workerError(`run ${run.runId}: the ${this.transport.describe(run)} could not ${action} it`, result.error);
  }

  #client(run: RunRecord): HttpCodeLocationClient {
    const timeoutMs = (this.transport.timeoutSeconds ?? DEFAULT_RUN_WORKER_TIMEOUT_SECONDS) * 1000;
    return new HttpCodeLocationClient({
      locationName: this.transport.describe(run),
      url: this.transport.baseUrl(run),
      headers: this.transport.headers,
      fetch: withDeadline(this.transport.fetch(run), timeoutMs),
    });
  }
}
