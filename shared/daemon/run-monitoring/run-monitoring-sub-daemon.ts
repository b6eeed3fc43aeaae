/**
 * The run monitoring sub-daemon (Dagster's MonitoringDaemon, MONITORING heartbeat): every
 * `poll_interval_seconds` it fails runs stuck STARTING, marks runs stuck CANCELING canceled, resumes or
 * fails STARTED runs whose worker died, and terminates runs past their maximum runtime. The decisions
 * are in run-monitoring.ts; this module only reads runs, asks the launcher, and writes events.
 * @module
 */
import type { RunMonitoringConfig } from "../../config/instance-config";
import { toSerializableError } from "../../errors/serializable-error";
import type { DagsterEventType } from "../../events/event-types";
import type { Instance } from "../../instance/instance";
import {
  countResumeAttempts,
  FAILURE_REASON_TAG,
  maxRuntimeAction,
  statusTimeoutAction,
  workerHealthAction,
  type MonitoringAction,
} from "./run-monitoring";
import { runEvent } from "../../run-coordinator/run-event";
import type { EventData } from "../../storage/event-log-storage";
import type { RunRecord } from "../../storage/run-storage";
import { runIsolated } from "../ticks/run-isolated";
import type { SubDaemon } from "../sub-daemon";

export const RUN_MONITORING_TASK = "run_monitoring";

/** What one iteration did: each run it acted on, with the action's kind. */
export type RunMonitoringResult = { actions: { runId: string; kind: MonitoringAction["kind"] }[] };

type Deps = Pick<Instance, "storage" | "runLauncher" | "runCoordinator">;
/** What the sub-daemon needs of the instance (an Instance is one). */
export type RunMonitoringDeps = Deps & { readonly config: { readonly runMonitoring: RunMonitoringConfig } };

/** The sub-daemon, or null when `run_monitoring.enabled` is false. */
export function runMonitoringSubDaemon(instance: RunMonitoringDeps): SubDaemon<RunMonitoringResult> | null {
  const config = instance.config.runMonitoring;
  if (!config.enabled) return null;
  return {
    task: RUN_MONITORING_TASK,
    daemonType: "MONITORING",
    intervalMs: config.pollIntervalSeconds * 1000,
    run: (now) => monitorRuns(instance, config, now),
  };
}

/**
 * One pass over the in-progress runs at `now` (epoch ms). Idempotent per pass: an action moves its run
 * out of the status that caused it, except a resume, which is counted so the limit holds.
 * @throws AggregateError of the runs that could not be handled, after every run was tried.
 */
async function monitorRuns(
  deps: Deps,
  config: RunMonitoringConfig,
  now: number,
): Promise<RunMonitoringResult> {
  const nowSeconds = now / 1000;
  const runs = await deps.storage.runs.getRuns({ statuses: ["STARTING", "CANCELING", "STARTED"] });
  const result: RunMonitoringResult = { actions: [] };
  await runIsolated(
    runs,
    async (run) => {
      const action =
        run.status === "STARTED"
          ? await startedRunAction(deps, config, run, nowSeconds)
          : statusTimeoutAction(run, config, nowSeconds);
      if (action === null) return;
      // The health check took a while: act only on a run still in the status the decision was made for.
      const current = await deps.storage.runs.getRun(run.runId);
      if (current?.status !== run.status) return;
      await applyAction(deps, current, action, now);
      result.actions.push({ runId: run.runId, kind: action.kind });
    },
    "run",
  );
  return result;
}

async function startedRunAction(
  deps: Deps,
  config: RunMonitoringConfig,
  run: RunRecord,
  nowSeconds: number,
): Promise<MonitoringAction | null> {
  if (deps.runLauncher.supportsHealthCheck) {
    const health = await deps.runLauncher.checkRunWorkerHealth(run);
    const { events } = await deps.storage.events.getLogsForRun(run.runId, { eventTypes: ["ENGINE_EVENT"] });
    const resume = { attempts: countResumeAttempts(events), supported: deps.runLauncher.supportsResume };
    const healthAction = workerHealthAction(run, health, resume, config);
    if (healthAction !== null) return healthAction;
  }
  return maxRuntimeAction(run, config, nowSeconds);
}

async function applyAction(deps: Deps, run: RunRecord, action: MonitoringAction, now: number): Promise<void> {
  const event = (eventType: DagsterEventType, message: string, data?: EventData) => ({
    ...runEvent(run.runId, eventType, message, data),
    timestamp: now,
  });
  switch (action.kind) {
    case "fail": {
      // Only while the run is still in the status the decision was made for (a worker's RUN_START may
      // have come meanwhile). Run retries read the reason from the RUN_FAILURE event, so the tag can follow.
      const failed = await deps.storage.events.storeEvents(
        [
          { ...event("ENGINE_EVENT", action.message), level: "ERROR" },
          event("RUN_FAILURE", action.message, { failureReason: action.reason }),
        ],
        { ifStatus: run.status },
      );
      if (failed.length > 0)
        await deps.storage.runs.addRunTags(run.runId, { [FAILURE_REASON_TAG]: action.reason });
      return;
    }
    case "mark_canceled":
      await deps.storage.events.storeEvents(
        [
          { ...event("ENGINE_EVENT", action.message), level: "WARNING" },
          event("RUN_CANCELED", action.message),
        ],
        { ifStatus: "CANCELING" },
      );
      return;
    case "resume":
      // Stored first: the attempt counts even when the resume below fails, so the limit always holds.
      await deps.storage.events.storeEvents([
        event("ENGINE_EVENT", action.message, { resumeAttempt: action.attempt }),
      ]);
      await deps.runLauncher.resumeRun(run).catch((thrown: unknown) => {
        const error = toSerializableError(thrown);
        return deps.storage.events.storeEvents([
          event("ENGINE_EVENT", `Resuming run ${run.runId} failed: ${error.message}`, { error }),
        ]);
      });
      return;
    case "terminate":
      await deps.storage.events.storeEvents([{ ...event("ENGINE_EVENT", action.message), level: "WARNING" }]);
      await deps.runCoordinator.cancelRun(run.runId);
      return;
  }
}
