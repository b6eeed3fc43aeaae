/**
 * The instance host's instance: dagflare.yaml and workspace.yaml bundled at build time, each replaceable by a
 * Worker var of the same content (DAGFLARE_INSTANCE_YAML / DAGFLARE_WORKSPACE_YAML) so environments can
 * differ without editing the files. Built once per isolate and env.
 * @module
 */
import instanceYaml from "../../dagflare.yaml";
import workspaceYaml from "../../workspace.yaml";
import { createInstance, type ConfigSources, type Instance } from "../../shared/instance/instance";
import type { InstanceHostEnv } from "./env";

const instances = new WeakMap<object, Instance>();

export function configSources(env: InstanceHostEnv): ConfigSources {
  return {
    instance: env.DAGFLARE_INSTANCE_YAML
      ? { text: env.DAGFLARE_INSTANCE_YAML, source: "DAGFLARE_INSTANCE_YAML" }
      : { text: instanceYaml, source: "dagflare.yaml" },
    workspace: env.DAGFLARE_WORKSPACE_YAML
      ? { text: env.DAGFLARE_WORKSPACE_YAML, source: "DAGFLARE_WORKSPACE_YAML" }
      : { text: workspaceYaml, source: "workspace.yaml" },
  };
}

/** Throws ConfigError when a config file is invalid, so every request reports it instead of half-working. */
export function getInstance(env: InstanceHostEnv): Instance {
  let instance = instances.get(env);
  if (!instance) {
    instance = createInstance(configSources(env), env);
    instances.set(env, instance);
  }
  return instance;
}
