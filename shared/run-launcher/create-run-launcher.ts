/**
 * Picks the run launcher `run_launcher` in dagflare.yaml asks for.
 * @module
 */
import type { RunLauncherConfig } from "../config/run-launcher-config";
import { DagflareError } from "../errors/dagflare-error";
import { DurableObjectRunLauncher, type DurableObjectRunLauncherDeps } from "./durable-object-run-launcher";
import type { RunLauncher } from "./run-launcher";

export type RunLauncherDeps = DurableObjectRunLauncherDeps;

/** The launcher types this build implements. */
export const SUPPORTED_RUN_LAUNCHER_TYPES: readonly RunLauncherConfig["type"][] = ["durable_object"];

/**
 * The launcher for `config`.
 * @throws DagflareError INVALID_CONFIG for a launcher type this build does not implement, naming the ones it does.
 */
export function createRunLauncher(config: RunLauncherConfig, deps: RunLauncherDeps): RunLauncher {
  if (config.type === "durable_object") return new DurableObjectRunLauncher(deps);
  throw new DagflareError(
    "INVALID_CONFIG",
    `run_launcher.type: "${config.type}" is not supported by this build of Dagflare (supported: ${SUPPORTED_RUN_LAUNCHER_TYPES.join(", ")})`,
  );
}
