/**
 * The storage registry: `storage.type` in dagflare.yaml picks the backend. A closed map rather than
 * loading a class by name, because Workers cannot import modules chosen at run time.
 * @module
 */
import type { StorageConfig } from "../config/instance-config";
import { DagflareError } from "../errors/dagflare-error";
import { createD1Storage } from "./d1/create-d1-storage";
import type { Storage } from "./storage";

export function createStorage(config: StorageConfig, env: Record<string, unknown>): Storage {
  switch (config.type) {
    case "d1": {
      const database = env[config.binding];
      if (!isD1Database(database)) {
        throw new DagflareError(
          "INVALID_CONFIG",
          `storage.binding: the Worker has no D1 binding named ${config.binding}; add a [[d1_databases]] entry with binding = "${config.binding}" to wrangler.toml`,
        );
      }
      return createD1Storage(database);
    }
  }
}

export function isD1Database(value: unknown): value is D1Database {
  return typeof value === "object" && value !== null && "prepare" in value && "batch" in value;
}
