// Runs launched for real: stored through the webserver's D1 storage (status STARTING, as the run
// coordinator leaves them), launched by the DurableObjectRunLauncher into the example location's RunWorker
// objects, which report back through the instance host's InstanceApi entrypoint.
import { env } from "cloudflare:test";
import { expect } from "vitest";
import { createCodeLocationClient } from "../../shared/code-location/client";
import type { DagsterEventType } from "../../shared/events/event-types";
import { DurableObjectRunLauncher } from "../../shared/run-launcher/durable-object-run-launcher";
import { isFinished, type RunStatus } from "../../shared/storage/run-status";
import { instanceStorage } from "../setup/instance-storage";
import type { EventRecord } from "../../shared/storage/event-log-storage";
import type { NewRun, RunRecord } from "../../shared/storage/run-storage";
import { Workspace } from "../../shared/workspace/workspace";

export const storage = instanceStorage();

/** The workspace of workspace.yaml: the example location behind the webserver's EXAMPLE_LOCATION binding. */
export const workspace = new Workspace({
  locations: [{ type: "service_binding", locationName: "example", binding: "EXAMPLE_LOCATION" }],
  storage: storage.codeLocations,
  clientFor: (location) => createCodeLocationClient(location, env),
  now: () => Date.now() / 1000,
});

export const launcher = new DurableObjectRunLauncher({ workspace });

/** Stores a STARTING run of an example job under a fresh id. */
export async function addStartingRun(jobName: string, extra: Partial<NewRun> = {}): Promise<RunRecord> {
  const runId = `${jobName}-${crypto.randomUUID().slice(0, 8)}`;
  return storage.runs.addRun({
    runId,
    jobName,
    locationName: "example",
    repositoryName: "__repository__",
    runConfig: {},
    tags: {},
    status: "STARTING",
    ...extra,
  });
}

/** Polls storage until the run's status satisfies `done` (by default: finished); fails the test after `timeoutMs`. */
export async function waitForRun(
  runId: string,
  done: (status: RunStatus) => boolean = isFinished,
  timeoutMs = 20_000,
): Promise<RunRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await storage.runs.getRun(runId);
    if (run !== null && done(run.status)) return run;
    if (Date.now() > deadline)
      throw new Error(`run ${runId} is still ${run?.status ?? "missing"} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the run has an event of `eventType` (that `matches`, e.g. a step started); fails the test after `timeoutMs`. */
export async function waitForEvent(
  runId: string,
  eventType: DagsterEventType,
  timeoutMs = 20_000,
  matches: (event: EventRecord) => boolean = () => true,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await storage.events.getLogsForRun(runId, { eventTypes: [eventType] })).events.some(matches)) {
    if (Date.now() > deadline)
      throw new Error(`run ${runId} has no matching ${eventType} event after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Launches the run and waits for it to finish with `status`; returns its events in order. */
export async function launchToEnd(run: RunRecord, status: RunStatus): Promise<EventRecord[]> {
  await launcher.launchRun(run);
  expect((await waitForRun(run.runId)).status).toBe(status);
  return eventsOf(run.runId);
}

export async function eventsOf(runId: string): Promise<EventRecord[]> {
  return (await storage.events.getLogsForRun(runId, { limit: 10_000 })).events;
}

/** Event types in order, user log lines as "LOG", optionally of one step only. */
export function typesOf(events: readonly EventRecord[], stepKey?: string): (DagsterEventType | "LOG")[] {
  return events
    .filter((event) => stepKey === undefined || event.stepKey === stepKey)
    .map((event) => event.eventType ?? "LOG");
}
