/**
 * The compute log manager registry: `compute_logs.type` in dagflare.yaml picks the implementation. A
 * closed switch rather than a class loaded by name, because Workers cannot import modules chosen at run
 * time. `d1` and `postgres` write to the database `storage` uses.
 * @module
 */
import type { InstanceConfig } from "../../config/instance-config";
import { D1_BINDING, HYPERDRIVE_BINDING, R2_BINDING, requireBinding } from "../../config/worker-bindings";
import { DagflareError } from "../../errors/dagflare-error";
import type { ComputeLogManager } from "./compute-log-manager";
import { createD1ComputeLogManager } from "./d1-compute-log-manager";
import { NoOpComputeLogManager } from "./noop-compute-log-manager";
import { createPostgresComputeLogManager } from "./postgres-compute-log-manager";
import { R2ComputeLogManager } from "./r2-compute-log-manager";

/**
 * @throws DagflareError INVALID_CONFIG naming the `compute_logs` key whose binding the Worker lacks and the
 *   wrangler.toml entry that declares it.
 */
export function createComputeLogManager(
  config: Pick<InstanceConfig, "computeLogs" | "storage">,
  env: Record<string, unknown>,
): ComputeLogManager {
  const { computeLogs } = config;
  switch (computeLogs.type) {
    case "noop":
      return new NoOpComputeLogManager();
    case "d1":
      return createD1ComputeLogManager(
        requireBinding(
          env,
          D1_BINDING,
          config.storage.binding,
          "compute_logs.type",
          "d1 keeps captured logs in the storage database, but ",
        ),
      );
    case "postgres": {
      const why = "postgres keeps captured logs in the storage database, but ";
      if (config.storage.type !== "postgres")
        throw new DagflareError(
          "INVALID_CONFIG",
          `compute_logs.type: ${why}storage.type is ${config.storage.type}; set storage.type to postgres or choose another compute_logs.type`,
        );
      const { connectionString } = requireBinding(
        env,
        HYPERDRIVE_BINDING,
        config.storage.binding,
        "compute_logs.type",
        why,
      );
      return createPostgresComputeLogManager({ connectionString });
    }
    case "r2":
      return new R2ComputeLogManager(
        requireBinding(env, R2_BINDING, computeLogs.binding, "compute_logs.binding"),
        computeLogs.prefix,
        computeLogs.binding,
      );
  }
}
