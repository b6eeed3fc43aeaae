/**
 * The run retries sub-daemon (Dagster's EventLogConsumerDaemon, EVENT_LOG_CONSUMER heartbeat): every
 * few seconds it reads the RUN_FAILURE events stored after its cursor (a storage id, so a failure stored
 * late is never missed), a bounded page per pass, and re-executes each failed run its retry decision
 * (run-retries.ts) allows, through the same re-execution operation as the UI.
 * @module
 */
import { instigatorRunId } from "../ticks/instigator-run-id";
import type { RunRetriesConfig } from "../../config/instance-config";
import type { Instance } from "../../instance/instance";
import { DAEMON_CALLER } from "../../operations/authorize";
import { reexecuteRun } from "../../operations/reexecute-run";
import { AUTO_RETRY_RUN_ID_TAG, RETRY_NUMBER_TAG, RETRY_STRATEGY_TAG, retryDecision } from "./run-retries";
import {
  parseRunStatusChangeCursor,
  readRunStatusChanges,
  runsOfChanges,
  type RunStatusChangeCursor,
} from "../run-status-changes";
import type { EventRecord } from "../../storage/event-log-storage";
import type { RunRecord } from "../../storage/run-storage";
import { runIsolated } from "../ticks/run-isolated";
import type { SubDaemon } from "../sub-daemon";

export const RUN_RETRIES_TASK = "run_retries";
/** The daemon kv key of the scan position (a RunStatusChangeCursor as JSON). */
export const RUN_RETRIES_CURSOR_KEY = "run_retries_cursor";
/** Dagster's EventLogConsumerDaemon interval. */
const INTERVAL_MS = 5_000;
const DEFAULT_PAGE_SIZE = 100;

/** What one pass did: the retries it launched and the failed runs it left alone, with why. */
export type RunRetriesResult = {
  retried: { runId: string; retryRunId: string }[];
  skipped: { runId: string; reason: string }[];
};

type Deps = Pick<Instance, "storage" | "workspace" | "runCoordinator">;
/** What the sub-daemon needs of the instance (an Instance is one); `pageSize` bounds the events read per pass. */
export type RunRetriesDeps = Deps & {
  readonly config: { readonly runRetries: RunRetriesConfig };
  readonly pageSize?: number;
};

/**
 * The sub-daemon, or null when `run_retries.enabled` is false: Dagster's event log consumer retries no
 * run then, whatever its `dagster/max_retries` tag says.
 */
export function runRetriesSubDaemon(instance: RunRetriesDeps): SubDaemon<RunRetriesResult> | null {
  if (!instance.config.runRetries.enabled) return null;
  return {
    task: RUN_RETRIES_TASK,
    daemonType: "EVENT_LOG_CONSUMER",
    intervalMs: INTERVAL_MS,
    run: (now) => retryFailedRuns(instance, now),
  };
}

/**
 * One pass at `now` (epoch ms), oldest failure first. Idempotent: a failed run is tagged with its retry's
 * id, and a retry already in its run group is found before launching, so a page read twice never retries
 * a run twice.
 * @throws AggregateError of the runs that could not be handled, after every run of the page was tried and
 * the cursor moved past them (as Dagster's cursor does, a failing run is not retried every pass).
 */
async function retryFailedRuns(deps: RunRetriesDeps, now: number): Promise<RunRetriesResult> {
  const changes = await readRunStatusChanges(
    deps.storage.events,
    ["RUN_FAILURE"],
    await readCursor(deps, now),
    deps.pageSize ?? DEFAULT_PAGE_SIZE,
  );
  const result: RunRetriesResult = { retried: [], skipped: [] };
  try {
    const runs = await runsOfChanges(deps.storage.runs, changes.events);
    await runIsolated(
      changes.events,
      (event) => retryIfAllowed(deps, event, runs.get(event.runId) ?? null, now, result),
      "failed run",
    );
  } finally {
    await deps.storage.daemon.setKv({ [RUN_RETRIES_CURSOR_KEY]: JSON.stringify(changes.cursor) });
  }
  return result;
}

/**
 * The stored cursor. With none, the scan starts at `now`, as Dagster's consumer starts at the newest event
 * rather than retrying history; a cursor of the update-time scan this replaced (`{ watermark, ... }`)
 * goes on from its watermark.
 * @throws Error naming the kv key for a value that is neither.
 */
async function readCursor(deps: Deps, now: number): Promise<RunStatusChangeCursor> {
  const stored = (await deps.storage.daemon.getKv([RUN_RETRIES_CURSOR_KEY]))[RUN_RETRIES_CURSOR_KEY];
  if (stored === undefined) return { afterTimestamp: now / 1000 };
  const value = parseJson(stored);
  const legacyWatermark =
    typeof value === "object" && value !== null && "watermark" in value ? value.watermark : undefined;
  return parseRunStatusChangeCursor(legacyWatermark ?? value, `daemon kv ${RUN_RETRIES_CURSOR_KEY}`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function retryIfAllowed(
  deps: RunRetriesDeps,
  failure: EventRecord,
  run: RunRecord | null,
  now: number,
  result: RunRetriesResult,
): Promise<void> {
  if (run === null) {
    result.skipped.push({ runId: failure.runId, reason: "it was deleted" });
    return;
  }
  const group = await deps.storage.runs.getRunGroup(run.runId);
  // A retry launched by a pass that stopped before tagging its parent: finish that pass's work instead.
  const existing = group?.runs.find(
    (member) => member.parentRunId === run.runId && member.tags[RETRY_NUMBER_TAG] !== undefined,
  );
  if (existing && run.tags[AUTO_RETRY_RUN_ID_TAG] === undefined) {
    await deps.storage.runs.addRunTags(run.runId, { [AUTO_RETRY_RUN_ID_TAG]: existing.runId });
    result.skipped.push({ runId: run.runId, reason: `it was already retried as ${existing.runId}` });
    return;
  }
  // The reason is the event's, not the run's tags, which a retry inherits from its parent.
  const failureReason = typeof failure.data?.failureReason === "string" ? failure.data.failureReason : null;
  const decision = retryDecision(
    run,
    { runGroupSize: group?.runs.length ?? 1, failureReason },
    deps.config.runRetries,
  );
  if (decision.kind === "skip") {
    result.skipped.push({ runId: run.runId, reason: decision.reason });
    return;
  }
  const extraTags = {
    [RETRY_NUMBER_TAG]: String(decision.retryNumber),
    [RETRY_STRATEGY_TAG]: decision.strategy,
  };
  const runId = await instigatorRunId("run-retry", run.runId);
  const outcome = await reexecuteRun(
    deps,
    { parentRunId: run.runId, strategy: decision.strategy, extraTags, runId },
    now / 1000,
    DAEMON_CALLER,
  );
  // The retry exists already: an earlier pass launched it and stopped before tagging the failed run.
  if (outcome.kind === "run_conflict") {
    await deps.storage.runs.addRunTags(run.runId, { [AUTO_RETRY_RUN_ID_TAG]: runId });
    return;
  }
  if (outcome.kind !== "launched")
    throw new Error(
      `Retrying run ${run.runId} failed: ${outcome.kind}${"message" in outcome ? `: ${outcome.message}` : ""}`,
    );
  await deps.storage.runs.addRunTags(run.runId, { [AUTO_RETRY_RUN_ID_TAG]: outcome.run.runId });
  result.retried.push({ runId: run.runId, retryRunId: outcome.run.runId });
}
