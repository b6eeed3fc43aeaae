/**
 * The composition root (Dagster's DagsterInstance, without its logic): parses the two config files at the
 * edge, builds each component the config chooses, and hands out one typed object. Domain logic lives in
 * its own modules and receives what it needs from here.
 * @module
 */
import { createCodeLocationClient } from "../code-location/client";
import {
  concurrencyCoordinatorFromEnv,
  type ConcurrencyCoordinator,
} from "../concurrency/concurrency-coordinator";
import type { ComputeLogManager } from "../storage/compute-logs/compute-log-manager";
import { createComputeLogManager } from "../storage/compute-logs/create-compute-log-manager";
import { loadInstanceConfig, type InstanceConfig } from "../config/instance-config";
import { loadWorkspaceConfig, type WorkspaceConfig } from "../config/workspace-config";
import {
  createRunCoordinator,
  DAEMON_BINDING,
  RUN_QUEUE_BINDING,
} from "../run-coordinator/create-run-coordinator";
import type { RunCoordinator } from "../run-coordinator/run-coordinator";
import { createRunLauncher } from "../run-launcher/create-run-launcher";
import type { RunLauncher } from "../run-launcher/run-launcher";
import { createStorage } from "../storage/create-storage";
import type { Storage } from "../storage/storage";
import { Workspace } from "../workspace/workspace";

/** Where the config text came from: the bundled files, or Worker vars that replace them. */
export type ConfigSources = {
  instance: { text: string | null; source: string };
  workspace: { text: string | null; source: string };
};

export type Instance = {
  config: InstanceConfig;
  workspaceConfig: WorkspaceConfig;
  sources: ConfigSources;
  storage: Storage;
  /** Captured step stdout/stderr (`compute_logs`). */
  computeLogs: ComputeLogManager;
  workspace: Workspace;
  runLauncher: RunLauncher;
  runCoordinator: RunCoordinator;
  /** The op concurrency pools' slots, across every run. */
  concurrency: ConcurrencyCoordinator;
};

/** Epoch seconds, the unit Dagster's run and tick timestamps use. */
export const nowSeconds = (): number => Date.now() / 1000;

/**
 * Builds an instance. Throws ConfigError when either file is invalid, and INVALID_CONFIG naming the
 * wrangler.toml binding a chosen component lacks: nothing half-configured starts.
 */
export function createInstance(sources: ConfigSources, env: Record<string, unknown>): Instance {
  const config = loadInstanceConfig(sources.instance.text, { source: sources.instance.source, env });
  const workspaceConfig = loadWorkspaceConfig(sources.workspace.text, {
    source: sources.workspace.source,
    env,
  });
  const storage = createStorage(config.storage, env);
  const computeLogs = createComputeLogManager(config, env);
  const workspace = new Workspace({
    locations: workspaceConfig.locations,
    storage: storage.codeLocations,
    clientFor: (location) => createCodeLocationClient(location, env),
    now: nowSeconds,
  });
  const runLauncher = createRunLauncher(config.runLauncher, { workspace, env });
  const runCoordinator = createRunCoordinator(config.runCoordinator, {
    storage,
    launcher: runLauncher,
    runQueue: env[RUN_QUEUE_BINDING],
    daemon: env[DAEMON_BINDING],
  });
  const concurrency = concurrencyCoordinatorFromEnv(env);
  return {
    config,
    workspaceConfig,
    sources,
    storage,
    computeLogs,
    workspace,
    runLauncher,
    runCoordinator,
    concurrency,
  };
}
