/**
 * The storage of the instance under test, as its config chooses it (the project's DAGFLARE_INSTANCE_YAML
 * var, else dagflare.yaml): D1 in the D1 projects, PostgreSQL in the *-postgres ones, so the same test
 * files seed and read through whichever backend the webserver uses.
 * @module
 */
import { env } from "cloudflare:test";
import { loadInstanceConfig, type StorageConfig } from "../../shared/config/instance-config";
import { createStorage } from "../../shared/storage/create-storage";
import type { Storage } from "../../shared/storage/storage";
import type { InstanceHostEnv } from "../../workers/instance-host/env";
import { configSources } from "../../workers/instance-host/get-instance";

/** The `storage` section of the instance's config: which backend, through which binding. */
export function instanceStorageConfig(): StorageConfig {
  const workerEnv: InstanceHostEnv = { ...env };
  const { instance } = configSources(workerEnv);
  return loadInstanceConfig(instance.text, { source: instance.source, env: workerEnv }).storage;
}

export function instanceStorage(): Storage {
  return createStorage(instanceStorageConfig(), { ...env });
}
