// The ComputeLogManager contract against every implementation: d1 on the real local D1, r2 on a real local
// R2 bucket (both from test/storage/wrangler.toml), and noop.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createComputeLogManager } from "../../shared/compute-log-manager/create-compute-log-manager";
import { describeComputeLogManager } from "../contracts/compute-log-manager.contract";

const storage = { type: "d1", binding: "DB" } as const;
const manager = (computeLogs: Parameters<typeof createComputeLogManager>[0]["computeLogs"]) => async () => createComputeLogManager({ computeLogs, storage }, { ...env });

describeComputeLogManager("d1", manager({ type: "d1" }), { keepsLogs: true });
describeComputeLogManager("r2", manager({ type: "r2", binding: "COMPUTE_LOGS", prefix: "compute_logs" }), { keepsLogs: true });
describeComputeLogManager("r2 without a prefix", manager({ type: "r2", binding: "COMPUTE_LOGS", prefix: "" }), { keepsLogs: true });
describeComputeLogManager("noop", manager({ type: "noop" }), { keepsLogs: false });

describe("createComputeLogManager", () => {
  it("names the compute_logs key whose binding the Worker lacks, and the wrangler.toml entry to add", () => {
    expect(() => createComputeLogManager({ computeLogs: { type: "r2", binding: "NO_BUCKET", prefix: "logs" }, storage }, { ...env })).toThrow(
      expect.objectContaining({ code: "INVALID_CONFIG", message: expect.stringMatching(/^compute_logs\.binding: the Worker has no R2 binding named NO_BUCKET; add an \[\[r2_buckets\]\] entry/) }),
    );
    expect(() => createComputeLogManager({ computeLogs: { type: "d1" }, storage: { type: "d1", binding: "NO_DB" } }, { ...env })).toThrow(
      expect.objectContaining({ code: "INVALID_CONFIG", message: expect.stringContaining("compute_logs.type: d1 keeps captured logs in the storage database, but the Worker has no D1 binding named NO_DB") }),
    );
  });
});
