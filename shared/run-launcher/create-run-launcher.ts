/**
 * Picks the run launcher `run_launcher` in dagflare.yaml asks for.
 * @module
 */
import type { RunLauncherConfig } from "../config/run-launcher-config";
import { createContainerRunLauncher } from "./container-run-launcher";
import { DurableObjectRunLauncher, type DurableObjectRunLauncherDeps } from "./durable-object-run-launcher";
import { createRemoteRunLauncher } from "./remote-run-launcher";
import type { RunLauncher } from "./run-launcher";

export type RunLauncherDeps = DurableObjectRunLauncherDeps & {
  /** The calling Worker's env: the container launcher's Durable Object binding lives there. */
  readonly env?: object;
};

/**
 * The launcher for `config`.
 * @throws DagflareError INVALID_CONFIG when the container launcher's binding is missing.
 */
export function createRunLauncher(config: RunLauncherConfig, deps: RunLauncherDeps): RunLauncher {
  switch (config.type) {
    case "durable_object":
      return new DurableObjectRunLauncher(deps);
    case "remote":
      return createRemoteRunLauncher(config);
    case "container":
      return createContainerRunLauncher(config, deps.env ?? {});
  }
}
