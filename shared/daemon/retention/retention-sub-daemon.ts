/**
 * The retention sub-daemon (RETENTION heartbeat; Dagster has no such daemon and lets its event log grow,
 * dagster-io/dagster#4100): every `retention.purge_interval_seconds` it deletes finished runs older than
 * `retention.runs.purge_after_days` (per end status) with their events, tags and captured logs, and the
 * debug and info log lines of finished runs older than `retention.event_log.purge_after_days`. A pass
 * deletes at most `max_runs_per_pass` runs and scans at most `max_events_per_pass` events per batch, for at
 * most PASS_BUDGET_MS, so it never holds the Daemon's alarm long from the other sub-daemons; a backlog is
 * worked off over the following passes.
 * @module
 */
import type { RetentionConfig } from "../../config/instance-config";
import type { DagsterEventType } from "../../events/event-types";
import type { Instance } from "../../instance/instance";
import type { RunStatus } from "../../storage/run-status";
import type { SubDaemon } from "../sub-daemon";

export const RETENTION_TASK = "retention";

/** Where the event log purge resumes: the storage id the last batch scanned up to (daemon kv). */
export const EVENT_LOG_PURGE_CURSOR_KEY = "retention.event_log.cursor";

/** How long one pass may keep deleting event batches before it yields to the other sub-daemons. */
export const PASS_BUDGET_MS = 2_000;

/**
 * Besides plain log lines, the events purged by age: what no stat, page or sub-daemon reads once a run is
 * finished. Run and step events, materializations and LOGS_CAPTURED (which captured logs are found by) stay.
 */
export const PURGEABLE_EVENT_TYPES: DagsterEventType[] = [
  "ENGINE_EVENT",
  "STEP_INPUT",
  "STEP_OUTPUT",
  "HANDLED_OUTPUT",
  "LOADED_INPUT",
];

const DAY_SECONDS = 86_400;

export type RetentionResult = { runsDeleted: number; eventsDeleted: number; eventLogCaughtUp: boolean };

export type RetentionDeps = Pick<Instance, "storage" | "computeLogs"> & {
  readonly config: { readonly retention: RetentionConfig };
};

/** The sub-daemon, or null when nothing is purged (every runs and event_log limit is -1). */
export function retentionSubDaemon(
  instance: RetentionDeps,
  clock: () => number = Date.now,
): SubDaemon<RetentionResult> | null {
  const { retention } = instance.config;
  if (!retentionEnabled(retention)) return null;
  return {
    task: RETENTION_TASK,
    daemonType: "RETENTION",
    intervalMs: retention.purgeIntervalSeconds * 1000,
    run: (now) => purgePass(instance, retention, now, clock),
  };
}

export function retentionEnabled(retention: RetentionConfig): boolean {
  return (
    Object.values(retention.runs.purgeAfterDays).some((days) => days >= 0) ||
    retention.eventLog.purgeAfterDays >= 0
  );
}

/** One pass at `now` (epoch ms); `clock` only bounds how long it goes on. Idempotent: whatever is gone stays gone. */
async function purgePass(
  deps: RetentionDeps,
  retention: RetentionConfig,
  now: number,
  clock: () => number,
): Promise<RetentionResult> {
  const runsDeleted = await purgeRuns(deps, retention, now);
  const { eventsDeleted, caughtUp } = await purgeEvents(
    deps,
    retention,
    now,
    clock() + PASS_BUDGET_MS,
    clock,
  );
  return { runsDeleted, eventsDeleted, eventLogCaughtUp: caughtUp };
}

async function purgeRuns(deps: RetentionDeps, retention: RetentionConfig, now: number): Promise<number> {
  const { success, failure, canceled } = retention.runs.purgeAfterDays;
  const limits: [RunStatus, number][] = [
    ["SUCCESS", success],
    ["FAILURE", failure],
    ["CANCELED", canceled],
  ];
  let budget = retention.maxRunsPerPass;
  let deleted = 0;
  for (const [status, days] of limits) {
    if (days < 0 || budget <= 0) continue;
    const runIds = await deps.storage.runs.getRunIdsToPurge(
      { status, endedBefore: now / 1000 - days * DAY_SECONDS },
      budget,
    );
    // Captured logs first: a run whose logs could not be deleted stays, and the next pass tries again.
    for (const runId of runIds) await deps.computeLogs.deleteLogsForRun(runId);
    deleted += await deps.storage.runs.deleteRuns(runIds);
    budget -= runIds.length;
  }
  return deleted;
}

async function purgeEvents(
  deps: RetentionDeps,
  retention: RetentionConfig,
  now: number,
  deadline: number,
  clock: () => number,
) {
  const days = retention.eventLog.purgeAfterDays;
  if (days < 0) return { eventsDeleted: 0, caughtUp: true };
  const { daemon, events } = deps.storage;
  let cursor = Number((await daemon.getKv([EVENT_LOG_PURGE_CURSOR_KEY]))[EVENT_LOG_PURGE_CURSOR_KEY] ?? 0);
  let eventsDeleted = 0;
  for (;;) {
    const batch = await events.purgeLogEvents({
      afterStorageId: cursor,
      scanLimit: retention.maxEventsPerPass,
      before: now - days * DAY_SECONDS * 1000,
      levels: ["DEBUG", "INFO"],
      eventTypes: PURGEABLE_EVENT_TYPES,
    });
    eventsDeleted += batch.deleted;
    if (batch.cursor !== cursor) await daemon.setKv({ [EVENT_LOG_PURGE_CURSOR_KEY]: String(batch.cursor) });
    cursor = batch.cursor;
    if (batch.caughtUp || clock() >= deadline) return { eventsDeleted, caughtUp: batch.caughtUp };
  }
}
