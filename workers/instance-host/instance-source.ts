/**
 * An instance host's instance over its bundled dagflare.yaml and workspace.yaml, each replaceable by a
 * Worker var of the same content (DAGFLARE_INSTANCE_YAML / DAGFLARE_WORKSPACE_YAML) so environments can
 * differ without editing the files. Built once per isolate and env.
 * @module
 */
import { createInstance, type ConfigSources, type Instance } from "../../shared/instance/instance";
import type { InstanceHostEnv } from "./env";

/** The config files' text, as the host's bundle imports them (`import text from "./dagflare.yaml"`). */
export type BundledConfigFiles = { instanceYaml: string; workspaceYaml: string };

export type InstanceSource = {
  configSources(env: InstanceHostEnv): ConfigSources;
  /** Throws ConfigError when a config file is invalid, so every request reports it instead of half-working. */
  getInstance(env: InstanceHostEnv): Instance;
};

export function instanceSource(files: BundledConfigFiles): InstanceSource {
  const instances = new WeakMap<object, Instance>();
  const configSources = (env: InstanceHostEnv): ConfigSources => ({
    instance: env.DAGFLARE_INSTANCE_YAML
      ? { text: env.DAGFLARE_INSTANCE_YAML, source: "DAGFLARE_INSTANCE_YAML" }
      : { text: files.instanceYaml, source: "dagflare.yaml" },
    workspace: env.DAGFLARE_WORKSPACE_YAML
      ? { text: env.DAGFLARE_WORKSPACE_YAML, source: "DAGFLARE_WORKSPACE_YAML" }
      : { text: files.workspaceYaml, source: "workspace.yaml" },
  });
  const getInstance = (env: InstanceHostEnv): Instance => {
    let instance = instances.get(env);
    if (!instance) {
      instance = createInstance(configSources(env), env);
      instances.set(env, instance);
    }
    return instance;
  };
  return { configSources, getInstance };
}
