/**
 * Run monitoring decisions (Dagster's MonitoringDaemon checks), as pure functions of a run, its times,
 * its worker's health, the `run_monitoring` config and the time now: the sub-daemon reads and writes,
 * these decide.
 * @module
 */
import type { RunWorkerHealth } from "../../protocol/code-location-protocol";
import type { RunMonitoringConfig } from "../../config/instance-config";
import type { EventRecord } from "../../storage/event-log-storage";
import type { RunRecord } from "../../storage/run-storage";

/** The run tag holding Dagster's RunFailureReason. */
export const FAILURE_REASON_TAG = "dagster/failure_reason";
/** A run's own runtime limit in seconds, overriding `max_runtime_seconds`. */
export const MAX_RUNTIME_TAG = "dagster/max_runtime";

export type MonitoringFailureReason = "START_TIMEOUT" | "RUN_WORKER_RESTART";

/** What monitoring does to one run; the message goes into the ENGINE_EVENT written first. */
export type MonitoringAction =
  | { kind: "fail"; reason: MonitoringFailureReason; message: string }
  | { kind: "mark_canceled"; message: string }
  | { kind: "resume"; attempt: number; message: string }
  | { kind: "terminate"; message: string };

/**
 * For a STARTING or CANCELING run: fail or mark canceled once it has been in that status longer than
 * its timeout. `updateTime` is when the run entered its status (only run events move it). Null otherwise.
 */
export function statusTimeoutAction(
  run: RunRecord,
  config: RunMonitoringConfig,
  nowSeconds: number,
): MonitoringAction | null {
  const inStatus = nowSeconds - run.updateTime;
  if (run.status === "STARTING" && inStatus > config.startTimeoutSeconds) {
    return {
      kind: "fail",
      reason: "START_TIMEOUT",
      message: `Run timed out due to taking longer than ${config.startTimeoutSeconds} seconds to start.`,
    };
  }
  if (run.status === "CANCELING" && inStatus > config.cancelTimeoutSeconds) {
    return {
      kind: "mark_canceled",
      message: `Run timed out due to taking longer than ${config.cancelTimeoutSeconds} seconds to cancel.`,
    };
  }
  return null;
}

/**
 * For a STARTED run given its worker's health: resume a FAILED or NOT_FOUND worker while the run has
 * had fewer than `max_resume_run_attempts` resumes (and the launcher can resume), else fail it. Any other
 * health (RUNNING; UNKNOWN when the location is unreachable, which says nothing about the worker;
 * SUCCESS/CANCELED whose run events may still be on their way) leaves the run alone: null.
 */
export function workerHealthAction(
  run: RunRecord,
  health: RunWorkerHealth,
  resume: { attempts: number; supported: boolean },
  config: RunMonitoringConfig,
): MonitoringAction | null {
  if (run.status !== "STARTED" || (health.status !== "FAILED" && health.status !== "NOT_FOUND")) return null;
  const detected = `Detected run worker status ${health.status}${health.message ? ` (${health.message})` : ""}.`;
  if (resume.supported && resume.attempts < config.maxResumeRunAttempts) {
    const attempt = resume.attempts + 1;
    return {
      kind: "resume",
      attempt,
      message: `${detected} Resuming run ${run.runId} with a new worker (attempt ${attempt}).`,
    };
  }
  const why = resume.supported
    ? `, because it has surpassed the configured maximum attempts to resume the run: ${config.maxResumeRunAttempts}`
    : "";
  return {
    kind: "fail",
    reason: "RUN_WORKER_RESTART",
    message: `${detected} Marking run ${run.runId} as failed${why}.`,
  };
}

/**
 * For a STARTED run: terminate it once it has run longer than its limit, the `dagster/max_runtime` tag
 * (seconds) when it holds a positive number, else `max_runtime_seconds` (0 = no limit). Null otherwise.
 */
export function maxRuntimeAction(
  run: RunRecord,
  config: RunMonitoringConfig,
  nowSeconds: number,
): MonitoringAction | null {
  if (run.status !== "STARTED" || run.startTime === null) return null;
  const tagged = Number(run.tags[MAX_RUNTIME_TAG]);
  const limit = Number.isFinite(tagged) && tagged > 0 ? tagged : config.maxRuntimeSeconds;
  if (limit <= 0 || nowSeconds - run.startTime <= limit) return null;
  return {
    kind: "terminate",
    message: `Run ${run.runId} exceeded its maximum runtime of ${limit} seconds; terminating it.`,
  };
}

/** The resume attempts monitoring already made for a run: its ENGINE_EVENTs carrying `data.resumeAttempt`. */
export function countResumeAttempts(events: readonly EventRecord[]): number {
  return events.filter(
    (event) => event.eventType === "ENGINE_EVENT" && typeof event.data?.resumeAttempt === "number",
  ).length;
}
