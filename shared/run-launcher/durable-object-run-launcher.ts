/**
 * DurableObjectRunLauncher (the default `run_launcher: { type: durable_object }`): each run executes in
 * a RunWorker Durable Object hosted by the run's own code location, reached through that location's
 * client. Because the object keeps its step state, a stopped worker resumes by being started again.
 * @module
 */
import type { CodeLocationClient } from "../code-location/client";
import { DagflareError } from "../errors/dagflare-error";
import type { RunRecord } from "../storage/run-storage";
import type { Workspace } from "../workspace/workspace";
import { RunWorkerHostLauncher } from "./run-worker-host-launcher";

export type DurableObjectRunLauncherDeps = { readonly workspace: Pick<Workspace, "client"> };

export class DurableObjectRunLauncher extends RunWorkerHostLauncher {
  readonly name = "DurableObjectRunLauncher";
  readonly supportsResume = true;

  constructor(private readonly deps: DurableObjectRunLauncherDeps) {
    super();
  }

  protected describeWorker(run: RunRecord): string {
    return `run worker in code location "${run.locationName}"`;
  }

  protected client(run: RunRecord): CodeLocationClient {
    try {
      return this.deps.workspace.client(run.locationName);
    } catch (error) {
      if (error instanceof DagflareError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new DagflareError(
        "CODE_LOCATION_UNAVAILABLE",
        `run ${run.runId}: no client for its code location "${run.locationName}": ${message}`,
        { cause: error },
      );
    }
  }
}
