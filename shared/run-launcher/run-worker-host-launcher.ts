/**
 * What every launcher that talks to a run worker host through the code location protocol shares: the
 * host methods `startRun`, `terminateRun` and `runWorkerHealth`, with the host's refusals turned into
 * DagflareErrors that keep their codes. Subclasses say only how to reach the run's host and how to name
 * it in errors (a code location's RunWorker objects, or a run-worker service at a URL or in a container).
 * @module
 */
import type { CodeLocationClient } from "../code-location/client";
import type { RunWorkerHealth, StartRunRequest } from "../protocol/code-location-protocol";
import type { RunRecord } from "../storage/run-storage";
import type { RunLauncher } from "./run-launcher";
import { workerError } from "./worker-error";

export type RunWorkerHostClient = Pick<CodeLocationClient, "startRun" | "terminateRun" | "runWorkerHealth">;

export abstract class RunWorkerHostLauncher implements RunLauncher {
  abstract readonly name: string;
  abstract readonly supportsResume: boolean;
  readonly supportsHealthCheck = true;

  /** The client of the run's host. @throws DagflareError CODE_LOCATION_UNAVAILABLE when there is none. */
  protected abstract client(run: RunRecord): RunWorkerHostClient;
  /** Names the run's worker in errors, e.g. `run worker in code location "example"`. */
  protected abstract describeWorker(run: RunRecord): string;

  /**
   * Starts the run on its host. Idempotent: the host ignores a second start of a run it already has.
   * @throws DagflareError CODE_LOCATION_UNAVAILABLE when the host cannot be reached, or the host's own
   * refusal (e.g. NOT_FOUND for a job its definitions lack) with its code, naming the run and host.
   */
  async launchRun(run: RunRecord): Promise<void> {
    await this.#start(run, "launch");
  }

  /** Starts the run again: its worker resumes from its stored step state without re-running finished steps. */
  async resumeRun(run: RunRecord): Promise<void> {
    await this.#start(run, "resume");
  }

  /**
   * Asks the run's worker to stop: steps stop launching and the step in flight is interrupted; the worker
   * ends the run with RUN_CANCELED. Recording RUN_CANCELING is the caller's part.
   * @returns false when no worker accepted (the run never started there, or already finished).
   * @throws DagflareError CODE_LOCATION_UNAVAILABLE when the host cannot be reached.
   */
  async terminate(run: RunRecord): Promise<boolean> {
    return (await this.client(run).terminateRun({ runId: run.runId })).accepted;
  }

  /** The worker's health; UNKNOWN (with the reason) when its host cannot be reached, which says nothing about the run. */
  async checkRunWorkerHealth(run: RunRecord): Promise<RunWorkerHealth> {
    try {
      return await this.client(run).runWorkerHealth({ runId: run.runId });
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
      locationName: run.locationName,
    };
    const result = await this.client(run).startRun(request);
    if (!result.ok)
      throw workerError(
        `run ${run.runId}: the ${this.describeWorker(run)} could not ${action} it`,
        result.error,
      );
  }
}
