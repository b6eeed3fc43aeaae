/**
 * The compute log manager registry: `compute_logs.type` in dagflare.yaml picks the implementation. A
 * closed switch rather than a class loaded by name, because Workers cannot import modules chosen at run
 * time. `d1` writes to the database `storage` uses.
 * @module
 */
import type { InstanceConfig } from "../../config/instance-config";
import { DagflareError } from "../../errors/dagflare-error";
import { isD1Database } from "../create-storage";
import type { ComputeLogManager } from "./compute-log-manager";
import { createD1ComputeLogManager } from "./d1-compute-log-manager";
import { NoOpComputeLogManager } from "./noop-compute-log-manager";
import { R2ComputeLogManager } from "./r2-compute-log-manager";

/**
 * @throws DagflareError INVALID_CONFIG naming the `compute_logs` key whose binding the Worker lacks and the
 *   wrangler.toml entry that declares it.
 */
export function createComputeLogManager(config: Pick<InstanceConfig, "computeLogs" | "storage">, env: Record<string, unknown>): ComputeLogManager {
  const { computeLogs } = config;
  switch (computeLogs.type) {
    case "noop":
      return new NoOpComputeLogManager();
    case "d1": {
      const database = env[config.storage.binding];
      if (!isD1Database(database)) {
        throw new DagflareError(
          "INVALID_CONFIG",
          `compute_logs.type: d1 keeps captured logs in the storage database, but the Worker has no D1 binding named ${config.storage.binding}; add a [[d1_databases]] entry with binding = "${config.storage.binding}" to wrangler.toml`,
        );
      }
      return createD1ComputeLogManager(database);
    }
    case "r2": {
      const bucket = env[computeLogs.binding];
      if (!isR2Bucket(bucket)) {
        throw new DagflareError(
          "INVALID_CONFIG",
          `compute_logs.binding: the Worker has no R2 binding named ${computeLogs.binding}; add an [[r2_buckets]] entry with binding = "${computeLogs.binding}" to wrangler.toml`,
        );
      }
      return new R2ComputeLogManager(bucket, computeLogs.prefix, computeLogs.binding);
    }
  }
}

function isR2Bucket(value: unknown): value is R2Bucket {
  return typeof value === "object" && value !== null && "head" in value && "createMultipartUpload" in value;
}
