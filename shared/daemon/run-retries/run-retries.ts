/**
 * Run retry decisions (Dagster's auto-retry of failed runs, `run_retries` + run tags), as pure functions
 * of a failed run, its run group's size, its failure reason and the config: the sub-daemon reads and
 * launches, this decides.
 * @module
 */
import type { RunRetriesConfig } from "../../config/instance-config";
import type { ReexecutionStrategy } from "../../planning/reexecution-step-keys";
import type { RunRecord } from "../../storage/run-storage";

/** A run's own retry limit, overriding `run_retries.max_retries`. */
export const MAX_RETRIES_TAG = "dagster/max_retries";
/** `FROM_FAILURE` (default) or `ALL_STEPS`. */
export const RETRY_STRATEGY_TAG = "dagster/retry_strategy";
/** On a retry: which retry of its root run it is (1, 2, …). */
export const RETRY_NUMBER_TAG = "dagster/retry_number";
/** Per-run override of `run_retries.retry_on_asset_or_op_failure` ("true" / "false"). */
export const RETRY_ON_ASSET_OR_OP_FAILURE_TAG = "dagster/retry_on_asset_or_op_failure";
/** On a failed run: the run id of its automatic retry; a run carrying it is never retried again. */
export const AUTO_RETRY_RUN_ID_TAG = "dagster/auto_retry_run_id";

export type RetryDecision =
  | { kind: "retry"; strategy: ReexecutionStrategy; retryNumber: number }
  | { kind: "skip"; reason: string };

/** What is known of a failed run beyond the run itself. */
export type FailureFacts = {
  /** How many runs share its root (the root included), as Dagster's `len(run_group)`. */
  runGroupSize: number;
  /** The RUN_FAILURE event's `failureReason`, when it has one. */
  failureReason: string | null;
};

/**
 * Whether and how to retry a FAILURE run. Dagster's rule: retry while `run_group_size − 1 < max_retries`,
 * `max_retries` from the tag else from the config; not for step failures when
 * `retry_on_asset_or_op_failure` (tag over config) is false. Never for a run already retried, nor at all
 * unless `run_retries.enabled` (Dagster's event log consumer only retries then, tag or not).
 */
export function retryDecision(run: RunRecord, facts: FailureFacts, config: RunRetriesConfig): RetryDecision {
  if (!config.enabled) return { kind: "skip", reason: "run_retries is disabled" };
  if (run.status !== "FAILURE") return { kind: "skip", reason: `its status is ${run.status}` };
  if (run.tags[AUTO_RETRY_RUN_ID_TAG] !== undefined)
    return { kind: "skip", reason: `it was already retried as ${run.tags[AUTO_RETRY_RUN_ID_TAG]}` };
  const maxRetries = maxRetriesOf(run, config);
  if (typeof maxRetries === "string") return { kind: "skip", reason: maxRetries };
  if (facts.runGroupSize - 1 >= maxRetries)
    return { kind: "skip", reason: `its run group has used all ${maxRetries} retries` };
  if (facts.failureReason === "STEP_FAILURE" && !retryOnStepFailure(run, config)) {
    return { kind: "skip", reason: "it failed in a step and retry_on_asset_or_op_failure is false" };
  }
  // Dagster falls back to FROM_FAILURE for an unknown strategy rather than not retrying at all.
  const strategy: ReexecutionStrategy =
    run.tags[RETRY_STRATEGY_TAG] === "ALL_STEPS" ? "ALL_STEPS" : "FROM_FAILURE";
  return { kind: "retry", strategy, retryNumber: retryNumberOf(run) + 1 };
}

/** The limit, or why there is none. */
function maxRetriesOf(run: RunRecord, config: RunRetriesConfig): number | string {
  const tag = run.tags[MAX_RETRIES_TAG];
  if (tag === undefined) return config.maxRetries;
  const parsed = Number(tag);
  if (!Number.isInteger(parsed) || parsed < 0)
    return `its ${MAX_RETRIES_TAG} tag "${tag}" is not a non-negative integer`;
  return parsed;
}

function retryOnStepFailure(run: RunRecord, config: RunRetriesConfig): boolean {
  const tag = run.tags[RETRY_ON_ASSET_OR_OP_FAILURE_TAG]?.toLowerCase();
  if (tag === "true") return true;
  if (tag === "false") return false;
  return config.retryOnAssetOrOpFailure;
}

function retryNumberOf(run: RunRecord): number {
  const parsed = Number(run.tags[RETRY_NUMBER_TAG] ?? "0");
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : 0;
}
