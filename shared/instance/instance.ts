/**
 * The composition root (Dagster's DagsterInstance, without its logic): parses the two config files at the
 * edge, builds each component the config chooses, and hands out one typed object. Domain logic lives in
 * its own modules and receives what it needs from here.
 * @module
 */
import { createCodeLocationClient } from "../code-location/client";
import { loadInstanceConfig, type InstanceConfig } from "../config/instance-config";
import { loadWorkspaceConfig, type WorkspaceConfig } from "../config/workspace-config";
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
  workspace: Workspace;
};

/** Epoch seconds, the unit Dagster's run and tick timestamps use. */
export const nowSeconds = (): number => Date.now() / 1000;

/** Builds an instance. Throws ConfigError when either file is invalid: nothing half-configured starts. */
export function createInstance(sources: ConfigSources, env: Record<string, unknown>): Instance {
  const config = loadInstanceConfig(sources.instance.text, { source: sources.instance.source, env });
  const workspaceConfig = loadWorkspaceConfig(sources.workspace.text, { source: sources.workspace.source, env });
  const storage = createStorage(config.storage, env);
  const workspace = new Workspace({
    locations: workspaceConfig.locations,
    storage: storage.codeLocations,
    clientFor: (location) => createCodeLocationClient(location, env),
    now: nowSeconds,
  });
  return { config, workspaceConfig, sources, storage, workspace };
}
