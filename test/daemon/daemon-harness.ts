// The daemon tests' fixtures: the real queued coordinator over the webserver's D1 and RUN_QUEUE, the
// Daemon object, and the real DurableObjectRunLauncher into the example location's RunWorker objects
// (from the run-worker tests' fixtures). Runs flow as in production: submit → queue message → consumer →
// Daemon dequeue pass → RunWorker → events back through the instance host's InstanceApi.
import {
  createExecutionContext,
  createMessageBatch,
  env,
  getQueueResult,
  type QueueResult,
} from "cloudflare:test";
import { createCodeLocationClient } from "../../shared/code-location/client";
import { loadInstanceConfig } from "../../shared/config/instance-config";
import type { CodeLocationConfig } from "../../shared/config/workspace-config";
import { DAEMON_OBJECT_NAME } from "../../workers/instance-host/daemon-stub";
import { createRunCoordinator } from "../../shared/run-coordinator/create-run-coordinator";
import type { DagsterEventType } from "../../shared/events/event-types";
import type { EventRecord } from "../../shared/storage/event-log-storage";
import type { RunRecord } from "../../shared/storage/run-storage";
import type { TickRecord } from "../../shared/storage/schedule-storage";
import { Workspace } from "../../shared/workspace/workspace";
import webserver from "../../workers/instance-host/index";
import type { InstanceHostEnv } from "../../workers/instance-host/env";
import { eventsOf, launcher, storage, waitForRun as waitForRunStatus } from "../run-worker/launched-runs";
import { isFinished, type RunStatus } from "../../shared/storage/run-status";

export { eventsOf, launcher, storage } from "../run-worker/launched-runs";

/** The config the Daemon object reads too (test/daemon/dagflare.yaml): max 3 runs, tag limits on team, database, backfill. */
export const config = loadInstanceConfig(env.DAGFLARE_INSTANCE_YAML, {
  source: "test/daemon/dagflare.yaml",
  env: {},
});

export const coordinator = createRunCoordinator(config.runCoordinator, {
  storage,
  launcher,
  runQueue: env.RUN_QUEUE,
  daemon: env.DAEMON,
});

export const daemon = () => env.DAEMON.getByName(DAEMON_OBJECT_NAME);

/**
 * Polls until the run's status satisfies `done` (by default: finished). A finished run has also asked the
 * daemon for a dequeue pass (the "run finished" wake-up, sent in the background once its end is stored);
 * we wait for that pass too, by queuing one behind it, so it cannot run into the next test (launching its
 * runs, or arming the alarm while that test rewrites due times). The extra pass is one more idempotent
 * wake-up, which the daemon takes at any time.
 */
export async function waitForRun(
  runId: string,
  done: (status: RunStatus) => boolean = isFinished,
  timeoutMs?: number,
): Promise<RunRecord> {
  const run = await waitForRunStatus(runId, done, timeoutMs);
  if (isFinished(run.status)) await daemon().dequeue("test: after the run's end");
  return run;
}

/** The instance host Worker's env, for calling its handlers directly. */
export const webserverEnv: InstanceHostEnv = { ...env };

/** Delivers `runIds` to the webserver's queue handler as one batch, as the run queue would; returns the batch's ack state. */
export async function deliverRunQueueBatch(runIds: readonly string[]): Promise<QueueResult> {
  const messages = runIds.map((runId) => ({
    id: `msg-${crypto.randomUUID()}`,
    timestamp: Date.now(),
    attempts: 1,
    body: { runId },
  }));
  const batch = createMessageBatch("dagflare-run-queue", messages);
  const ctx = createExecutionContext();
  await webserver.queue(batch, webserverEnv);
  return getQueueResult(batch, ctx);
}

type RunOptions = { tags?: Record<string, string>; seconds?: number };

/** Creates a NOT_STARTED run of an example job (slow_job takes `seconds`), as launchRun does. */
export async function addRun(jobName: string, { tags = {}, seconds }: RunOptions = {}): Promise<RunRecord> {
  const runId = `${jobName}-${crypto.randomUUID().slice(0, 8)}`;
  const runConfig = seconds === undefined ? {} : { ops: { slow_op: { config: { seconds } } } };
  return storage.runs.addRun({
    runId,
    jobName,
    locationName: "example",
    repositoryName: "__repository__",
    runConfig,
    tags,
    status: "NOT_STARTED",
  });
}

/** Creates a run (slow_job taking `seconds`) and moves it through `eventTypes`, all stamped `timestamp`; returns it as stored. */
export async function runWithEvents(
  jobName: string,
  eventTypes: readonly DagsterEventType[],
  { timestamp = Date.now(), ...options }: RunOptions & { timestamp?: number } = {},
): Promise<RunRecord> {
  const run = await addRun(jobName, options);
  await storage.events.storeEvents(
    eventTypes.map((eventType) => ({
      runId: run.runId,
      timestamp,
      level: "INFO",
      message: eventType,
      eventType,
    })),
  );
  const stored = await storage.runs.getRun(run.runId);
  if (stored === null) throw new Error(`run ${run.runId} vanished`);
  return stored;
}

/** A workspace of just `location`, over the webserver's D1 code location storage, as the daemon's sub-daemons take one. */
export function workspaceOf(location: CodeLocationConfig): Workspace {
  return new Workspace({
    locations: [location],
    storage: storage.codeLocations,
    clientFor: (config) => createCodeLocationClient(config, env),
    now: () => Date.now() / 1000,
  });
}

/** Every tick of `selectorId`, oldest first. */
export async function ticksOf(selectorId: string): Promise<TickRecord[]> {
  return (await storage.schedules.getTicks(selectorId)).reverse();
}

/** Creates and submits a run through the queued coordinator; returns it as submitted (QUEUED). */
export async function submit(jobName: string, options: RunOptions = {}): Promise<RunRecord> {
  return coordinator.submitRun(await addRun(jobName, options));
}

/** Stores a QUEUED run without a run-queue message, so only the passes a test runs itself can start it. */
export async function enqueueQuietly(jobName: string, options: RunOptions = {}): Promise<RunRecord> {
  const run = await addRun(jobName, options);
  await storage.events.storeEvents([
    {
      runId: run.runId,
      timestamp: Date.now(),
      level: "INFO",
      message: "Enqueued run",
      eventType: "RUN_ENQUEUED",
    },
  ]);
  return { ...run, status: "QUEUED" };
}

/** Stores runs already in progress that no worker runs: they hold slots until the test ends them. */
export async function holdSlots(
  count: number,
  tags: Record<string, string> = {},
): Promise<{ release(): Promise<void> }> {
  const runs = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      storage.runs.addRun({
        runId: `held-${index}-${crypto.randomUUID().slice(0, 8)}`,
        jobName: "hello_job",
        locationName: "example",
        repositoryName: "__repository__",
        runConfig: {},
        tags,
        status: "STARTED",
      }),
    ),
  );
  return {
    // Ended straight in storage, not through the InstanceApi, so nothing wakes the daemon.
    release: async () => {
      await storage.events.storeEvents(
        runs.map((run) => ({
          runId: run.runId,
          timestamp: Date.now(),
          level: "INFO",
          message: "released",
          eventType: "RUN_SUCCESS",
        })),
      );
    },
  };
}

export async function eventTypesOf(runId: string): Promise<(EventRecord["eventType"] | "LOG")[]> {
  return (await eventsOf(runId)).map((event) => event.eventType ?? "LOG");
}

/** Every event of the given runs, in storage order (storageId is one sequence across the whole log). */
export async function eventsInStorageOrder(runIds: readonly string[]): Promise<EventRecord[]> {
  const all = await Promise.all(runIds.map((runId) => eventsOf(runId)));
  return all.flat().sort((a, b) => a.storageId - b.storageId);
}

/**
 * The most runs ever in progress at once among `runIds`, per group `groupOf` assigns (runs it maps to
 * null are ignored), replaying RUN_STARTING → finished in storage order: exactly what the dequeuer saw.
 */
export function peakInProgress(
  events: readonly EventRecord[],
  groupOf: (runId: string) => string | null,
): Map<string, number> {
  const started = new Set<string>();
  const running = new Map<string, number>();
  const peaks = new Map<string, number>();
  for (const event of events) {
    const group = groupOf(event.runId);
    if (group === null) continue;
    if (event.eventType === "RUN_STARTING") started.add(event.runId);
    // A run canceled in the queue ends without having started: it never held a slot.
    const ended =
      event.eventType === "RUN_SUCCESS" ||
      event.eventType === "RUN_FAILURE" ||
      event.eventType === "RUN_CANCELED";
    const delta = event.eventType === "RUN_STARTING" ? 1 : ended && started.has(event.runId) ? -1 : 0;
    if (delta === 0) continue;
    const now = (running.get(group) ?? 0) + delta;
    running.set(group, now);
    peaks.set(group, Math.max(peaks.get(group) ?? 0, now));
  }
  return peaks;
}

/** Polls until `check` holds; fails after `timeoutMs` with `what`. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
