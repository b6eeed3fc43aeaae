/**
 * The run coordinators over real storage, with the real DurableObjectRunLauncher: the RunCoordinator
 * contract for queued (through the run queue and the Daemon) and immediate, then what only the queued
 * one does (holding runs while the instance's slots are full) and how the coordinator is configured.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { createRunCoordinator } from "../../shared/run-coordinator/create-run-coordinator";
import type { RunCoordinator } from "../../shared/run-coordinator/run-coordinator";
import { describeRunCoordinator, type RunCoordinatorHarness } from "../contracts/run-coordinator.contract";
import { waitForEvent } from "../run-worker/launched-runs";
import {
  addRun,
  config,
  coordinator,
  daemon,
  eventsOf,
  eventTypesOf,
  holdSlots,
  launcher,
  storage,
  submit,
  waitForRun,
} from "./daemon-harness";

const harness = (
  runCoordinator: RunCoordinator,
): Omit<RunCoordinatorHarness, "submitted" | "launchFailure"> => ({
  coordinator: runCoordinator,
  addRun: (jobName, options) => addRun(jobName, options),
  waitForRun: (runId) => waitForRun(runId),
  waitForEvent: (runId, eventType) => waitForEvent(runId, eventType),
  eventsOf,
  getRun: (runId) => storage.runs.getRun(runId),
  deleteRun: (runId) => storage.runs.deleteRun(runId),
});

describeRunCoordinator("queued", {
  ...harness(coordinator),
  submitted: { statuses: ["QUEUED"], eventType: "RUN_ENQUEUED" },
  launchFailure: {
    eventTypes: ["RUN_ENQUEUED", "RUN_DEQUEUED", "RUN_STARTING", "ENGINE_EVENT", "RUN_FAILURE"],
    message: /^Caught an unrecoverable error while dequeuing the run/,
  },
});
describeRunCoordinator("immediate", {
  ...harness(createRunCoordinator({ type: "immediate" }, { storage, launcher })),
  // Launched before submitRun returns: the worker may have started or even finished it.
  submitted: { statuses: ["STARTING", "STARTED", "SUCCESS"], eventType: "RUN_STARTING" },
  launchFailure: {
    eventTypes: ["RUN_STARTING", "ENGINE_EVENT", "RUN_FAILURE"],
    message: /^Error launching run/,
  },
});

describe("the queued coordinator while the instance's slots are full", () => {
  it("holds a submitted run QUEUED with its one RUN_ENQUEUED, and starts it once slots free", async () => {
    const slots = await holdSlots(3);
    const run = await submit("hello_job");
    expect(run.status).toBe("QUEUED");
    expect(await coordinator.submitRun(run)).toMatchObject({ runId: run.runId, status: "QUEUED" });
    expect(await eventTypesOf(run.runId)).toEqual(["RUN_ENQUEUED"]);
    expect((await eventsOf(run.runId))[0]?.message).toBe("Enqueued run");
    await slots.release();
    await daemon().dequeue("test: slots freed");
    expect((await waitForRun(run.runId)).status).toBe("SUCCESS");
  });

  it("cancels a QUEUED run directly, and no later pass starts it", async () => {
    const slots = await holdSlots(3);
    const run = await submit("hello_job");
    await daemon().dequeue("test: slots full");
    expect(await coordinator.cancelRun(run.runId)).toBe(true);
    expect((await storage.runs.getRun(run.runId))?.status).toBe("CANCELED");
    await slots.release();
    expect((await daemon().dequeue("test: slots freed")).launched).not.toContain(run.runId);
    expect(await eventTypesOf(run.runId)).toEqual(["RUN_ENQUEUED", "RUN_CANCELING", "RUN_CANCELED"]);
  });
});

describe("createRunCoordinator", () => {
  it("names the wrangler.toml binding a queued coordinator lacks", () => {
    const create = (bindings: { runQueue?: unknown; daemon?: unknown }) => () =>
      createRunCoordinator(config.runCoordinator, { storage, launcher, ...bindings });
    expect(config.runCoordinator.type).toBe("queued");
    expect(create({ daemon: env.DAEMON })).toThrow(
      /^run_coordinator\.type queued needs a queue producer binding RUN_QUEUE in wrangler\.toml/,
    );
    expect(create({ runQueue: env.RUN_QUEUE })).toThrow(
      /needs the Daemon Durable Object bound as DAEMON in wrangler\.toml/,
    );
    expect(create({ runQueue: "not a queue", daemon: env.DAEMON })).toThrow(DagflareError);
    expect(create({ runQueue: env.RUN_QUEUE, daemon: env.DAEMON })).not.toThrow();
  });
});
