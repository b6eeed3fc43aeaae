// The ComputeLogManager contract against every implementation: d1 on the real local D1, r2 on a real local
// R2 bucket (both from test/storage/wrangler.toml), and noop; then how r2 completes long captures.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_LIMIT_BYTES } from "../../shared/storage/compute-logs/captured-log-data";
import type {
  ComputeIOType,
  ComputeLogChunk,
  LogKey,
} from "../../shared/storage/compute-logs/compute-log-manager";
import { createComputeLogManager } from "../../shared/storage/compute-logs/create-compute-log-manager";
import { runLogKey } from "../../shared/storage/compute-logs/log-keys";
import { R2ComputeLogManager } from "../../shared/storage/compute-logs/r2-compute-log-manager";
import { describeComputeLogManager } from "../contracts/compute-log-manager.contract";
import { uniqueId } from "../contracts/storage-fixtures";

const storage = { type: "d1", binding: "DB" } as const;
const manager = (computeLogs: Parameters<typeof createComputeLogManager>[0]["computeLogs"]) => async () =>
  createComputeLogManager({ computeLogs, storage }, { ...env });

describeComputeLogManager("d1", manager({ type: "d1" }), { keepsLogs: true });
describeComputeLogManager("r2", manager({ type: "r2", binding: "COMPUTE_LOGS", prefix: "compute_logs" }), {
  keepsLogs: true,
});
describeComputeLogManager(
  "r2 without a prefix",
  manager({ type: "r2", binding: "COMPUTE_LOGS", prefix: "" }),
  { keepsLogs: true },
);
describeComputeLogManager("noop", manager({ type: "noop" }), { keepsLogs: false });

describe("createComputeLogManager", () => {
  it("names the compute_logs key whose binding the Worker lacks, and the wrangler.toml entry to add", () => {
    expect(() =>
      createComputeLogManager(
        { computeLogs: { type: "r2", binding: "NO_BUCKET", prefix: "logs" }, storage },
        { ...env },
      ),
    ).toThrow(
      expect.objectContaining({
        code: "INVALID_CONFIG",
        message: expect.stringMatching(
          /^compute_logs\.binding: the Worker has no R2 binding named NO_BUCKET; add an \[\[r2_buckets\]\] entry/,
        ),
      }),
    );
    expect(() =>
      createComputeLogManager(
        { computeLogs: { type: "d1" }, storage: { type: "d1", binding: "NO_DB" } },
        { ...env },
      ),
    ).toThrow(
      expect.objectContaining({
        code: "INVALID_CONFIG",
        message: expect.stringContaining(
          "compute_logs.type: d1 keeps captured logs in the storage database, but the Worker has no D1 binding named NO_DB",
        ),
      }),
    );
  });
});

/** R2's limit on keys per delete, which the local bucket does not enforce. */
const R2_MAX_DELETE_KEYS = 1000;

/** The test bucket, refusing deletes of more keys than R2 takes; `failDeletes` more deletes fail first. */
function strictBucket(failDeletes = 0): { bucket: R2Bucket; deletes: number[] } {
  const deletes: number[] = [];
  let failures = failDeletes;
  const remove = async (keys: string | string[]) => {
    const count = typeof keys === "string" ? 1 : keys.length;
    deletes.push(count);
    if (count > R2_MAX_DELETE_KEYS)
      throw new Error(`R2 deletes at most ${R2_MAX_DELETE_KEYS} keys per call, got ${count}`);
    if (failures-- > 0) throw new Error("delete failed");
    await env.COMPUTE_LOGS.delete(keys);
  };
  const bucket = new Proxy(env.COMPUTE_LOGS, {
    get(target, property) {
      if (property === "delete") return remove;
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { bucket, deletes };
}

/** Line `index` of a test stream: "0000\n", "0001\n", ... (5 bytes each). */
const line = (index: number) => `${String(index).padStart(4, "0")}\n`;

/** The first `count` lines as one chunk each: `count` parts in R2. */
function lines(logKey: LogKey, stream: ComputeIOType, count: number): ComputeLogChunk[] {
  return Array.from({ length: count }, (_, index) => ({
    logKey,
    stream,
    offset: index * 5,
    text: line(index),
  }));
}

const joinedText = (count: number) => Array.from({ length: count }, (_, index) => line(index)).join("");

async function storedParts(prefix: string, logKey: LogKey): Promise<number> {
  const listed = await env.COMPUTE_LOGS.list({ prefix: [prefix, ...logKey].join("/") });
  return listed.objects.filter((object) => object.key.includes(".parts/")).length;
}

describe("r2: completing long captures", () => {
  // A thousand objects take the local bucket seconds to write and join.
  it("joins a capture of more than 1,000 parts and deletes them in batches R2 accepts", {
    timeout: 30_000,
  }, async () => {
    const { bucket, deletes } = strictBucket();
    const manager = new R2ComputeLogManager(bucket, "long", "COMPUTE_LOGS");
    const logKey = runLogKey(uniqueId("run"), "chatty");
    await manager.writeChunks([...lines(logKey, "stdout", 1_001), ...lines(logKey, "stderr", 2)]);
    await manager.markComplete([logKey]);
    expect(deletes).toEqual([1000, 1, 2]);
    expect(await storedParts("long", logKey)).toBe(0);
    expect(await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES)).toEqual({
      text: joinedText(1_001),
      nextOffset: 1_001 * 5,
    });
    expect(await manager.readStream(logKey, "stderr", 0, MAX_LIMIT_BYTES)).toEqual({
      text: joinedText(2),
      nextOffset: 10,
    });
  });

  it("finishes deleting the parts on the next call when a call failed after writing the marker", async () => {
    const logKey = runLogKey(uniqueId("run"), "interrupted");
    const failing = new R2ComputeLogManager(strictBucket(1).bucket, "resume", "COMPUTE_LOGS");
    await failing.writeChunks(lines(logKey, "stdout", 3));
    await expect(failing.markComplete([logKey])).rejects.toThrow("delete failed");
    expect(await failing.isCaptureComplete(logKey)).toBe(true);
    expect(await storedParts("resume", logKey)).toBe(3);

    const manager = new R2ComputeLogManager(strictBucket().bucket, "resume", "COMPUTE_LOGS");
    await manager.markComplete([logKey]);
    expect(await storedParts("resume", logKey)).toBe(0);
    expect(await manager.readStream(logKey, "stdout", 0, MAX_LIMIT_BYTES)).toEqual({
      text: joinedText(3),
      nextOffset: 15,
    });
  });

  it("joins at most maxJoinedParts parts per call, leaving streams beyond that in parts, read the same", async () => {
    const manager = new R2ComputeLogManager(strictBucket().bucket, "budget", "COMPUTE_LOGS", 4);
    const [first, second, third] = ["a", "b", "c"].map((fileKey) => runLogKey(uniqueId("run"), fileKey));
    if (!first || !second || !third) throw new Error("test setup: expected three keys");
    await manager.writeChunks([
      ...lines(first, "stdout", 3),
      ...lines(first, "stderr", 2),
      ...lines(second, "stdout", 1),
      ...lines(third, "stdout", 1),
    ]);
    await manager.markComplete([first, second, third]);
    // first's stdout (3 parts) and second's (1) spend the budget of 4: first's stderr and third stay in parts.
    expect(await Promise.all([first, second, third].map((logKey) => storedParts("budget", logKey)))).toEqual([
      2, 0, 1,
    ]);
    expect(
      await Promise.all([first, second, third].map((logKey) => manager.isCaptureComplete(logKey))),
    ).toEqual([true, true, true]);
    expect(await manager.readStream(first, "stderr", 0, MAX_LIMIT_BYTES)).toEqual({
      text: joinedText(2),
      nextOffset: 10,
    });
    expect(await manager.readStream(first, "stderr", 5, 5)).toEqual({
      text: joinedText(2).slice(5),
      nextOffset: 10,
    });
    expect(await manager.readStream(third, "stdout", 0, MAX_LIMIT_BYTES)).toEqual({
      text: joinedText(1),
      nextOffset: 5,
    });
    expect(await manager.readStream(third, "stderr", 0, MAX_LIMIT_BYTES)).toEqual({
      text: "",
      nextOffset: 0,
    });
  });
});
