// The ComputeLogManager contract against the postgres manager on the real test server, and its config errors.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createComputeLogManager } from "../../shared/storage/compute-logs/create-compute-log-manager";
import { createPostgresComputeLogManager } from "../../shared/storage/compute-logs/postgres-compute-log-manager";
import { describeComputeLogManager } from "../contracts/compute-log-manager.contract";
import { migratedTestSchema } from "./test-schema";

describeComputeLogManager(
  "postgres",
  async () => createPostgresComputeLogManager(await migratedTestSchema()),
  { keepsLogs: true },
);

describe("compute_logs: { type: postgres }", () => {
  it("needs PostgreSQL storage and its Hyperdrive binding, and says so at compute_logs.type", () => {
    expect(() =>
      createComputeLogManager(
        { computeLogs: { type: "postgres" }, storage: { type: "d1", binding: "DB" } },
        { ...env },
      ),
    ).toThrow(
      expect.objectContaining({
        code: "INVALID_CONFIG",
        message: expect.stringContaining(
          "compute_logs.type: postgres keeps captured logs in the storage database, but storage.type is d1",
        ),
      }),
    );
    expect(() =>
      createComputeLogManager(
        { computeLogs: { type: "postgres" }, storage: { type: "postgres", binding: "NO_HYPERDRIVE" } },
        { ...env },
      ),
    ).toThrow(
      expect.objectContaining({
        code: "INVALID_CONFIG",
        message: expect.stringContaining(
          "compute_logs.type: postgres keeps captured logs in the storage database, but the Worker has no Hyperdrive binding named NO_HYPERDRIVE",
        ),
      }),
    );
  });
});
