import { runRecord } from "../run-record";
import { describe, expect, it } from "vitest";
import { loadInstanceConfig } from "../../../shared/config/instance-config";
import { retryDecision, type FailureFacts } from "../../../shared/daemon/run-retries/run-retries";
import type { RunStatus } from "../../../shared/storage/run-status";
import type { RunRecord } from "../../../shared/storage/run-storage";

const config = (yaml: string) =>
  loadInstanceConfig(`run_retries: { ${yaml} }`, { source: "test", env: {} }).runRetries;
const enabled = config("enabled: true, max_retries: 2");

const run = (tags: Record<string, string> = {}, status: RunStatus = "FAILURE"): RunRecord =>
  runRecord({ status, tags, startTime: 950, endTime: 1000 });

const first: FailureFacts = { runGroupSize: 1, failureReason: "STEP_FAILURE" };

describe("retryDecision", () => {
  it("retries from failure while run group size − 1 < max_retries, numbering from the run's own retry number", () => {
    expect(retryDecision(run(), first, enabled)).toEqual({
      kind: "retry",
      strategy: "FROM_FAILURE",
      retryNumber: 1,
    });
    expect(
      retryDecision(run({ "dagster/retry_number": "1" }), { ...first, runGroupSize: 2 }, enabled),
    ).toEqual({ kind: "retry", strategy: "FROM_FAILURE", retryNumber: 2 });
    expect(
      retryDecision(run({ "dagster/retry_number": "2" }), { ...first, runGroupSize: 3 }, enabled),
    ).toMatchObject({ kind: "skip", reason: expect.stringContaining("all 2 retries") });
  });

  it("takes max_retries from the dagster/max_retries tag over the config, and rejects a bad tag by name", () => {
    expect(retryDecision(run({ "dagster/max_retries": "0" }), first, enabled).kind).toBe("skip");
    expect(
      retryDecision(run({ "dagster/max_retries": "5" }), { ...first, runGroupSize: 4 }, enabled).kind,
    ).toBe("retry");
    expect(retryDecision(run({ "dagster/max_retries": "two" }), first, enabled)).toEqual({
      kind: "skip",
      reason: 'its dagster/max_retries tag "two" is not a non-negative integer',
    });
  });

  it("never retries when run_retries is disabled, tag or not", () => {
    const disabled = config("enabled: false, max_retries: 3");
    expect(retryDecision(run(), first, disabled)).toEqual({
      kind: "skip",
      reason: "run_retries is disabled",
    });
    expect(retryDecision(run({ "dagster/max_retries": "3" }), first, disabled).kind).toBe("skip");
  });

  it("uses ALL_STEPS only when the strategy tag says so", () => {
    expect(retryDecision(run({ "dagster/retry_strategy": "ALL_STEPS" }), first, enabled)).toMatchObject({
      strategy: "ALL_STEPS",
    });
    expect(retryDecision(run({ "dagster/retry_strategy": "bogus" }), first, enabled)).toMatchObject({
      strategy: "FROM_FAILURE",
    });
  });

  it("skips step failures when retry_on_asset_or_op_failure is false; the run's tag overrides either way", () => {
    const noStep = config("enabled: true, max_retries: 2, retry_on_asset_or_op_failure: false");
    expect(retryDecision(run(), first, noStep).kind).toBe("skip");
    expect(retryDecision(run(), { ...first, failureReason: "START_TIMEOUT" }, noStep).kind).toBe("retry");
    expect(retryDecision(run({ "dagster/retry_on_asset_or_op_failure": "true" }), first, noStep).kind).toBe(
      "retry",
    );
    expect(retryDecision(run({ "dagster/retry_on_asset_or_op_failure": "false" }), first, enabled).kind).toBe(
      "skip",
    );
  });

  it("skips a run already retried or not failed", () => {
    expect(retryDecision(run({ "dagster/auto_retry_run_id": "r2" }), first, enabled)).toEqual({
      kind: "skip",
      reason: "it was already retried as r2",
    });
    expect(retryDecision(run({}, "SUCCESS"), first, enabled)).toEqual({
      kind: "skip",
      reason: "its status is SUCCESS",
    });
  });
});
