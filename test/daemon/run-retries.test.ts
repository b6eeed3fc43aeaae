// The run retries sub-daemon over the real D1 storage, queued coordinator and RunWorker objects, each
// pass called directly. The Daemon object itself does not retry here (test/daemon/dagflare.yaml leaves
// run_retries disabled), so every retry these tests see came from a pass they ran.
import { describe, expect, it } from "vitest";
import type { RunRetriesConfig } from "../../shared/config/instance-config";
import {
  RUN_RETRIES_CURSOR_KEY,
  runRetriesSubDaemon,
  type RunRetriesResult,
} from "../../shared/daemon/run-retries/run-retries-sub-daemon";
import type { RunRecord } from "../../shared/storage/run-storage";
import { workspace } from "../run-worker/launched-runs";
import { config, coordinator, runWithEvents, storage, submit, waitForRun } from "./daemon-harness";

/** Epoch ms before any run of this file failed: the first pass starts its scan there when no cursor is stored yet. */
const fileStart = Date.now();

async function retries(overrides: Partial<RunRetriesConfig> = {}, pageSize?: number) {
  const runRetries = { ...config.runRetries, enabled: true, ...overrides };
  const subDaemon = runRetriesSubDaemon({
    storage,
    workspace,
    runCoordinator: coordinator,
    config: { runRetries },
    pageSize,
  });
  if (subDaemon === null) throw new Error("run retries are enabled, yet no sub-daemon was built");
  const stored = await storage.daemon.getKv([RUN_RETRIES_CURSOR_KEY]);
  if (stored[RUN_RETRIES_CURSOR_KEY] === undefined) await subDaemon.run(fileStart);
  return subDaemon;
}

async function failedRun(tags: Record<string, string>): Promise<RunRecord> {
  const run = await submit("failing_job", { tags });
  expect((await waitForRun(run.runId)).status).toBe("FAILURE");
  return run;
}

const retryOf = (result: RunRetriesResult, runId: string) =>
  result.retried.find((retry) => retry.runId === runId)?.retryRunId;

async function getRun(runId: string): Promise<RunRecord> {
  const run = await storage.runs.getRun(runId);
  if (run === null) throw new Error(`run ${runId} vanished`);
  return run;
}

describe("run retries sub-daemon", () => {
  it("is built only when run_retries is enabled, as EVENT_LOG_CONSUMER every 5 s", async () => {
    const subDaemon = await retries();
    expect([subDaemon.daemonType, subDaemon.intervalMs]).toEqual(["EVENT_LOG_CONSUMER", 5_000]);
    const disabled = { runRetries: { ...config.runRetries, enabled: false, maxRetries: 3 } };
    expect(
      runRetriesSubDaemon({ storage, workspace, runCoordinator: coordinator, config: disabled }),
    ).toBeNull();
  });

  it("retries a failing_job with dagster/max_retries 2 twice from failure, then no more", async () => {
    const subDaemon = await retries();
    const root = await failedRun({ "dagster/max_retries": "2" });

    const firstId = retryOf(await subDaemon.run(Date.now()), root.runId);
    expect(firstId).toBeDefined();
    const first = await waitForRun(firstId ?? "");
    expect(first).toMatchObject({
      status: "FAILURE",
      parentRunId: root.runId,
      rootRunId: root.runId,
      stepKeysToExecute: ["explode", "after_explode"],
    });
    expect(first.tags).toMatchObject({
      "dagster/retry_number": "1",
      "dagster/retry_strategy": "FROM_FAILURE",
      "dagster/parent_run_id": root.runId,
    });
    expect((await getRun(root.runId)).tags["dagster/auto_retry_run_id"]).toBe(first.runId);

    const secondId = retryOf(await subDaemon.run(Date.now()), first.runId);
    const second = await waitForRun(secondId ?? "");
    expect(second).toMatchObject({ status: "FAILURE", parentRunId: first.runId, rootRunId: root.runId });
    expect(second.tags["dagster/retry_number"]).toBe("2");

    const third = await subDaemon.run(Date.now());
    expect(retryOf(third, second.runId)).toBeUndefined();
    expect(third.skipped.find((skip) => skip.runId === second.runId)?.reason).toContain("used all 2 retries");
    expect((await storage.runs.getRunGroup(root.runId))?.runs.map((run) => run.runId)).toEqual([
      root.runId,
      first.runId,
      second.runId,
    ]);
  });

  it("retries once when the same pass is delivered twice", async () => {
    const subDaemon = await retries();
    const run = await failedRun({ "dagster/max_retries": "3" });
    const before = (await storage.daemon.getKv([RUN_RETRIES_CURSOR_KEY]))[RUN_RETRIES_CURSOR_KEY];

    const retryId = retryOf(await subDaemon.run(Date.now()), run.runId);
    expect(retryId).toBeDefined();
    // Redelivered: the scan starts again from where the first delivery started.
    if (before !== undefined) await storage.daemon.setKv({ [RUN_RETRIES_CURSOR_KEY]: before });
    const again = await subDaemon.run(Date.now());
    expect(retryOf(again, run.runId)).toBeUndefined();
    expect(again.skipped.find((skip) => skip.runId === run.runId)?.reason).toContain(
      `already retried as ${retryId}`,
    );
    expect((await storage.runs.getRunGroup(run.runId))?.runs).toHaveLength(2);
  });

  it("re-executes every step with dagster/retry_strategy ALL_STEPS", async () => {
    const run = await failedRun({ "dagster/max_retries": "1", "dagster/retry_strategy": "ALL_STEPS" });
    const retry = await waitForRun(retryOf(await (await retries()).run(Date.now()), run.runId) ?? "");
    expect(retry.stepKeysToExecute).toBeNull();
    expect(retry.tags).toMatchObject({ "dagster/retry_number": "1", "dagster/retry_strategy": "ALL_STEPS" });
  });

  it("reads one bounded page per pass, oldest failure first, until none is left", async () => {
    const older = await failedRun({ "dagster/max_retries": "1" });
    const newer = await failedRun({ "dagster/max_retries": "1" });
    const subDaemon = await retries({}, 1);
    const retried: string[] = [];
    // Earlier tests' retries may still fail into the scan: run passes until one finds nothing.
    for (let pass = 0; pass < 10; pass += 1) {
      const result = await subDaemon.run(Date.now());
      expect(result.retried.length + result.skipped.length).toBeLessThanOrEqual(1);
      retried.push(...result.retried.map((retry) => retry.runId));
      if (result.retried.length + result.skipped.length === 0) break;
    }
    expect(retried.filter((runId) => runId === older.runId || runId === newer.runId)).toEqual([
      older.runId,
      newer.runId,
    ]);
  });

  it("retries a failure that reaches storage after a newer one, though it is stamped earlier", async () => {
    const subDaemon = await retries();
    const newer = await failedRun({ "dagster/max_retries": "1" });
    const newerRetry = retryOf(await subDaemon.run(Date.now()), newer.runId);
    expect(newerRetry).toBeDefined();

    // A run whose end was delivered late: its RUN_FAILURE is stamped 5 s before newer's end, yet stored now.
    const failedAt = ((await getRun(newer.runId)).endTime ?? 0) * 1000 - 5_000;
    const late = await runWithEvents("failing_job", ["RUN_STARTING", "RUN_START", "RUN_FAILURE"], {
      timestamp: failedAt,
      tags: { "dagster/max_retries": "1", "dagster/retry_strategy": "ALL_STEPS" },
    });
    const lateRetry = retryOf(await subDaemon.run(Date.now()), late.runId);
    expect(lateRetry).toBeDefined();
    await waitForRun(lateRetry ?? "");
    await waitForRun(newerRetry ?? "");
  });

  it("goes on from a cursor stored by the update-time scan it replaced, then keeps a storage id", async () => {
    const watermark = Date.now() / 1000 - 1;
    const run = await failedRun({ "dagster/max_retries": "1" });
    await storage.daemon.setKv({
      [RUN_RETRIES_CURSOR_KEY]: JSON.stringify({ watermark, pageCursor: null, sweepMax: watermark }),
    });
    const retryId = retryOf(await (await retries()).run(Date.now()), run.runId);
    expect(retryId).toBeDefined();
    const stored = (await storage.daemon.getKv([RUN_RETRIES_CURSOR_KEY]))[RUN_RETRIES_CURSOR_KEY];
    expect(JSON.parse(stored ?? "null")).toEqual({ storageId: expect.any(Number) });
    await waitForRun(retryId ?? "");
  });

  it("does not retry a run without the tag when the instance's max_retries is 0", async () => {
    const run = await failedRun({});
    const result = await (await retries({ maxRetries: 0 })).run(Date.now());
    expect(result.skipped.find((skip) => skip.runId === run.runId)?.reason).toContain("used all 0 retries");
    expect((await getRun(run.runId)).tags["dagster/auto_retry_run_id"]).toBeUndefined();
  });

  it("skips step failures when retry_on_asset_or_op_failure is false, unless the run's tag says true", async () => {
    const skipped = await failedRun({ "dagster/max_retries": "1" });
    const overridden = await failedRun({
      "dagster/max_retries": "1",
      "dagster/retry_on_asset_or_op_failure": "true",
    });
    const result = await (await retries({ retryOnAssetOrOpFailure: false })).run(Date.now());
    expect(result.skipped.find((skip) => skip.runId === skipped.runId)?.reason).toContain("failed in a step");
    expect(retryOf(result, overridden.runId)).toBeDefined();
  });
});
