/**
 * RunLauncher (Dagster's): starts the run worker for a run that left the queue, and reaches it again to
 * terminate it or check its health. `durable_object` (default: a RunWorker Durable Object in the run's
 * code location), `remote` (an HTTP run-worker service) and `container` (a Cloudflare Container running
 * the same service) sit beside this file; `create-run-launcher.ts` picks one from dagflare.yaml.
 * @module
 */
import type { RunWorkerHealth } from "../protocol/code-location-protocol";
import type { RunRecord } from "../storage/run-storage";

export interface RunLauncher {
  /** Dagster's launcher class name, as `instance { runLauncher { name } }` reports it. */
  readonly name: string;
  /** Run monitoring can only detect dead workers with launchers that report health. */
  readonly supportsHealthCheck: boolean;
  /** Run monitoring can only resume runs with launchers whose workers resume from stored state. */
  readonly supportsResume: boolean;
  /**
   * Starts the run worker for a STARTING run. Idempotent: launching a run whose worker already started
   * changes nothing. Throws (CODE_LOCATION_UNAVAILABLE or the worker's error) when the worker cannot start.
   */
  launchRun(run: RunRecord): Promise<void>;
  /** Asks the run's worker to stop; false when no worker accepted the request. */
  terminate(run: RunRecord): Promise<boolean>;
  checkRunWorkerHealth(run: RunRecord): Promise<RunWorkerHealth>;
  /** Restarts a worker that died mid-run; it resumes from its stored step state. */
  resumeRun(run: RunRecord): Promise<void>;
}
