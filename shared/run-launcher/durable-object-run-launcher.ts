/**
 * DurableObjectRunLauncher (the default `run_launcher: { type: durable_object }`): each run executes in
 * a RunWorker Durable Object hosted by the run's own code location, reached through that location's
 * client (`startRun`, `terminateRun`, `runWorkerHealth`). Because the object keeps its step state, a
 * stopped worker resumes by being started again.
 * @module
 */
import type { CodeLocationClient } from "../code-location/client";
import type { RunWorkerHealth, StartRunRequest } from "../code-location/protocol";
import { DagflareError } from "../errors/dagflare-error";
import type { RunRecord } from "../storage/run-storage";
import type { Workspace } from "../workspace/workspace";
import type { RunLauncher } from "./run-launcher";
import { workerError } from "./worker-error";

export type DurableObjectRunLauncherDeps = { readonly workspace: Pick<Workspace, "client"> };

export class DurableObjectRunLauncher implements RunLauncher {
  readonly name = "DurableObjectRunLauncher";
  readonly supportsHealthCheck = true;
  readonly supportsResume = true;

  constructor(private readonly deps: DurableObjectRunLauncherDeps) {}

  /**
   * Starts the run's worker. Idempotent: the worker ignores a second start of a run it already has.
   * @throws DagflareError CODE_LOCATION_UNAVAILABLE when the location cannot be reached, or the worker's
   * own error (e.g. NOT_FOUND for a job the location does not define), naming the run and location.
   */
  async launchRun(run: RunRecord): Promise<void> {
    await this.#start(run, "launch");
  }

  /** Same as launchRun: the worker resumes from its stored step state, without re-running finished steps. */
  async resumeRun(run: RunRecord): Promise<void> {
    await this.#start(run, "resume");
  }

  /**
   * Asks the run's worker to stop: steps stop launching and the step in flight is interrupted; the worker
   * ends the run with RUN_CANCELED. Recording RUN_CANCELING is the caller's part.
   * @returns false when no worker accepted (the run never started there, or already finished).
   * @throws DagflareError CODE_LOCATION_UNAVAILABLE when the location cannot be reached.
   */
  async terminate(run: RunRecord): Promise<boolean> {
    const result = await this.#client(run).terminateRun({ runId: run.runId });
    return result.accepted;
  }

  /** The worker's health; UNKNOWN (with the reason) when the location cannot be reached, as that says nothing about the worker. */
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
    if (!result.ok) throw workerError(`run ${run.runId}: the run worker in code location "${run.locationName}" could not ${action} it`, result.error);
  }

  #client(run: RunRecord): CodeLocationClient {
    try {
      return this.deps.workspace.client(run.locationName);
    } catch (error) {
      if (error instanceof DagflareError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new DagflareError("CODE_LOCATION_UNAVAILABLE", `run ${run.runId}: no client for its code location "${run.locationName}": ${message}`, { cause: error });
    }
  }
}
