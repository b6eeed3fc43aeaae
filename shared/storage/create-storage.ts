/**
 * The storage registry: `storage.type` in dagflare.yaml picks the backend. A closed map rather than
 * loading a class by name, because Workers cannot import modules chosen at run time.
 * @module
 */
import type { StorageConfig } from "../config/instance-config";
import { D1_BINDING, HYPERDRIVE_BINDING, requireBinding } from "../config/worker-bindings";
import { createD1Storage } from "./d1/create-d1-storage";
import { createPostgresStorage } from "./postgres/create-postgres-storage";
import type { Storage } from "./storage";

export function createStorage(config: StorageConfig, env: Record<string, unknown>): Storage {
  switch (config.type) {
    case "d1":
      return createD1Storage(requireBinding(env, D1_BINDING, config.binding, "storage.binding"));
    case "postgres":
      return createPostgresStorage({
        connectionString: requireBinding(env, HYPERDRIVE_BINDING, config.binding, "storage.binding")
          .connectionString,
      });
  }
}
