/**
 * The RunLauncher contract's harness for a launcher the webserver under wrangler dev is configured with:
 * runs are created and launched through the webserver's JSON runs API (queued coordinator, then the
 * configured launcher), observed through GraphQL, and reached again by the same launcher built here in
 * Node from the same dagflare.yaml (health, terminate, a second launch). A run held by the `hold` tag
 * (limit 0) and canceled in the queue is one that ended before any worker started it.
 */
import { expect } from "vitest";
import { loadInstanceConfig } from "../../shared/config/instance-config";
import type { RunLauncherConfig } from "../../shared/config/run-launcher-config";
import type { RunLauncher } from "../../shared/run-launcher/run-launcher";
import type { RunStatus } from "../../shared/storage/run-status";
import type { RunRecord } from "../../shared/storage/run-storage";
import type { RunLauncherHarness } from "../contracts/run-launcher.contract";
import type { WebserverClient } from "./webserver-client";

/** The queued coordinator as these tests configure it: runs tagged `hold` never leave the queue. */
export const HOLDING_RUN_COORDINATOR =
  "run_coordinator: { type: queued, dequeue_interval_seconds: 1, tag_concurrency_limits: [{ key: hold, limit: 0 }] }";

/** `run_launcher` of the instance's dagflare.yaml, as the webserver reads it. */
export function launcherConfigOf(instanceYaml: string): RunLauncherConfig {
  return loadInstanceConfig(instanceYaml, { source: "the run-launcher test's dagflare.yaml", env: {} })
    .runLauncher;
}

/** The run as the webserver stored it, for the launcher's methods (which read only what the worker needs). */
function runRecord(
  runId: string,
  jobName: string,
  runConfig: Record<string, unknown>,
  status: RunStatus,
): RunRecord {
  const now = Date.now() / 1000;
  return {
    runId,
    jobName,
    locationName: "example",
    repositoryName: "__repository__",
    status,
    runConfig,
    tags: {},
    opSelection: null,
    stepKeysToExecute: null,
    rootRunId: null,
    parentRunId: null,
    snapshotId: null,
    createTime: now,
    updateTime: now,
    startTime: null,
    endTime: null,
  };
}

export function webserverLauncherHarness(
  webserver: WebserverClient,
  launcher: RunLauncher,
): RunLauncherHarness {
  return {
    launcher,
    launch: async (jobName, runConfig = {}) =>
      runRecord(await webserver.launch(jobName, runConfig), jobName, runConfig, "STARTING"),
    unlaunched: async (jobName) =>
      runRecord(`never-launched-${crypto.randomUUID().slice(0, 8)}`, jobName, {}, "STARTING"),
    endedBeforeStart: async () => {
      const runId = await webserver.launch("hello_job", {}, undefined, { hold: "yes" });
      expect(await webserver.waitForStatus(runId, ["QUEUED"])).toBe("QUEUED");
      expect((await webserver.terminate(runId)).status).toBe(200);
      expect(await webserver.waitForStatus(runId, ["CANCELED"])).toBe("CANCELED");
      return [runRecord(runId, "hello_job", {}, "CANCELED")];
    },
    waitForStatus: (runId, statuses, timeoutMs) => webserver.waitForStatus(runId, [...statuses], timeoutMs),
    events: (runId) => webserver.events(runId),
  };
}
