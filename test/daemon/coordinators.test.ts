/**
 * The run coordinators over real storage, with the real DurableObjectRunLauncher: submitting, launch
 * failures and cancellation, queued (through the Daemon) and immediate.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { createRunCoordinator } from "../../shared/run-coordinator/create-run-coordinator";
import { addRun, coordinator, daemon, eventsOf, eventTypesOf, holdSlots, launcher, storage, submit, waitForRun, waitUntil } from "./daemon-harness";

const immediate = createRunCoordinator({ type: "immediate" }, { storage, launcher });
const queuedConfig = { type: "queued", maxConcurrentRuns: 1, tagConcurrencyLimits: [], dequeueIntervalSeconds: 5, blockOpConcurrencyLimitedRuns: { enabled: true, opConcurrencySlotBuffer: 0 } } as const;

describe("the queued coordinator", () => {
  it("enqueues a NOT_STARTED run once: submitting it again changes nothing", async () => {
    const slots = await holdSlots(3);
    const run = await submit("hello_job");
    expect(run.status).toBe("QUEUED");
    expect(await coordinator.submitRun(run)).toMatchObject({ runId: run.runId, status: "QUEUED" });
    expect(await eventTypesOf(run.runId)).toEqual(["RUN_ENQUEUED"]);
    expect((await eventsOf(run.runId))[0]?.message).toBe("Enqueued run");
    await slots.release();
    await daemon().dequeue("test: slots freed");
    await waitForRun(run.runId);
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

  it("cancels a running run through its worker: CANCELING, then the worker ends it CANCELED", async () => {
    const run = await submit("slow_job", { seconds: 30 });
    await waitUntil("the run started", async () => (await eventTypesOf(run.runId)).includes("STEP_START"));
    expect(await coordinator.cancelRun(run.runId)).toBe(true);
    expect(["CANCELING", "CANCELED"]).toContain((await storage.runs.getRun(run.runId))?.status);
    expect((await waitForRun(run.runId)).status).toBe("CANCELED");
    expect(await eventTypesOf(run.runId)).toContain("RUN_CANCELING");
  });

  it("refuses to cancel an unknown or finished run", async () => {
    expect(await coordinator.cancelRun("no-such-run")).toBe(false);
    const run = await submit("hello_job");
    await waitForRun(run.runId);
    expect(await coordinator.cancelRun(run.runId)).toBe(false);
  });

  it("fails a run whose launch fails, with the error in the log, and still starts the others", async () => {
    const broken = await submit("no_such_job");
    const fine = await submit("hello_job");
    expect((await waitForRun(broken.runId)).status).toBe("FAILURE");
    expect((await waitForRun(fine.runId)).status).toBe("SUCCESS");
    const events = await eventsOf(broken.runId);
    expect(events.map((event) => event.eventType)).toEqual(["RUN_ENQUEUED", "RUN_DEQUEUED", "RUN_STARTING", "ENGINE_EVENT", "RUN_FAILURE"]);
    expect(events[3]).toMatchObject({ level: "ERROR", data: { error: { message: expect.stringContaining("no_such_job") } } });
    expect(events[3]?.message).toMatch(/^Caught an unrecoverable error while dequeuing the run/);
  });

  it("throws NOT_FOUND for a run that does not exist", async () => {
    const ghost = await addRun("hello_job");
    await storage.runs.deleteRun(ghost.runId);
    await expect(coordinator.submitRun(ghost)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the immediate coordinator", () => {
  it("launches a submitted run at once, and only once", async () => {
    const run = await addRun("hello_job");
    expect((await immediate.submitRun(run)).status).not.toBe("NOT_STARTED");
    await immediate.submitRun(run);
    expect((await waitForRun(run.runId)).status).toBe("SUCCESS");
    expect((await eventTypesOf(run.runId)).filter((type) => type === "RUN_STARTING" || type === "RUN_ENQUEUED")).toEqual(["RUN_STARTING"]);
  });

  it("ends a run whose launch fails FAILURE instead of throwing", async () => {
    const run = await addRun("no_such_job");
    expect((await immediate.submitRun(run)).status).toBe("FAILURE");
    const events = await eventsOf(run.runId);
    expect(events.map((event) => event.eventType)).toEqual(["RUN_STARTING", "ENGINE_EVENT", "RUN_FAILURE"]);
    expect(events[1]).toMatchObject({ level: "ERROR", data: { errorSource: "FRAMEWORK_ERROR" } });
  });
});

describe("createRunCoordinator", () => {
  it("names the wrangler.toml binding a queued coordinator lacks", () => {
    const create = (bindings: { runQueue?: unknown; daemon?: unknown }) => () => createRunCoordinator(queuedConfig, { storage, launcher, ...bindings });
    expect(create({ daemon: env.DAEMON })).toThrow(/^run_coordinator\.type queued needs a queue producer binding RUN_QUEUE in wrangler\.toml/);
    expect(create({ runQueue: env.RUN_QUEUE })).toThrow(/needs the Daemon Durable Object bound as DAEMON in wrangler\.toml/);
    expect(create({ runQueue: "not a queue", daemon: env.DAEMON })).toThrow(DagflareError);
    expect(create({ runQueue: env.RUN_QUEUE, daemon: env.DAEMON })).not.toThrow();
  });
});
