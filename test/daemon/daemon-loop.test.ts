/**
 * The Daemon object's loop: the due table and its one alarm, heartbeats, the run queue's consumer and
 * the cron watchdog. Time is a parameter of iterate(), so due times are tested without waiting.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  runDurableObjectAlarm,
  runInDurableObject,
} from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { RUN_QUEUE_TASK } from "../../shared/daemon/run-queue/run-queue-sub-daemon";
import webserver from "../../workers/instance-host/index";
import { whileTableHidden } from "../setup/hidden-table";
import { consumeRunQueue, RUN_QUEUE_RETRY_DELAY_SECONDS } from "../../workers/instance-host/queue-consumer";
import {
  daemon,
  deliverRunQueueBatch,
  enqueueQuietly,
  storage,
  submit,
  waitForRun,
  webserverEnv,
} from "./daemon-harness";

const alarmOf = () => runInDurableObject(daemon(), (_instance, state) => state.storage.getAlarm());
const statusOf = async (runId: string) => (await storage.runs.getRun(runId))?.status;
const dueAtOf = (query: string, ...bindings: string[]) =>
  runInDurableObject(
    daemon(),
    (_instance, state) => state.storage.sql.exec<{ due_at: number }>(query, ...bindings).one().due_at,
  );
const runQueueDueAt = () => dueAtOf("SELECT due_at FROM due_tasks WHERE task = ?", RUN_QUEUE_TASK);
const soonestDueAt = () => dueAtOf("SELECT min(due_at) AS due_at FROM due_tasks");

describe("the Daemon object", () => {
  it("runs the run queue only once it is due, then arms its alarm for the next interval", async () => {
    const before = Date.now();
    await daemon().iterate(before);
    const due = await alarmOf();
    expect(due).toBe(before + 60_000);

    // Long enough that its end (which wakes the daemon at the real time) comes after the checks.
    const run = await enqueueQuietly("slow_job", { seconds: 3 });
    await daemon().iterate((due ?? 0) - 1000);
    expect(await statusOf(run.runId)).toBe("QUEUED");
    await daemon().iterate(due ?? 0);
    expect(await statusOf(run.runId)).not.toBe("QUEUED");
    expect(await alarmOf()).toBe((due ?? 0) + 60_000);
    await waitForRun(run.runId);
  });

  it("runs the due run queue when its alarm fires, re-arms it, and reports a heartbeat", async () => {
    const run = await enqueueQuietly("hello_job");
    // Overdue, but still a time an alarm can be set for: a wake-up arriving now arms the alarm with it.
    const overdue = Date.now() - 60_000;
    await runInDurableObject(daemon(), (_instance, state) =>
      state.storage.sql.exec("UPDATE due_tasks SET due_at = ?", overdue),
    );

    const before = Date.now();
    expect(await runDurableObjectAlarm(daemon())).toBe(true);
    expect(await statusOf(run.runId)).not.toBe("QUEUED");
    // The queue is next due an interval on; the alarm is armed for the soonest task, whichever it is.
    expect(await runQueueDueAt()).toBeGreaterThanOrEqual(before + 60_000);
    expect(await alarmOf()).toBe(await soonestDueAt());
    const heartbeat = (await storage.daemon.getHeartbeats()).find(
      (beat) => beat.daemonType === "QUEUED_RUN_COORDINATOR",
    );
    expect(heartbeat).toMatchObject({ errors: [] });
    expect(heartbeat?.timestamp).toBeGreaterThan(before / 1000 - 120);
    await waitForRun(run.runId);
  });

  it("records a failing pass in its heartbeat, rethrows it to a dequeue caller, and stays armed", async () => {
    // A real storage failure, on either backend: the runs table is briefly gone.
    await whileTableHidden("runs", async () => {
      // Settled with then(): an RPC promise handed to expect().rejects is reported as unhandled by workerd.
      const failure = await daemon()
        .dequeue("test: storage down")
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(String(failure)).toMatch(/runs/);
      await daemon().iterate(Date.now() + 2 * 60_000);
    });
    const heartbeat = (await storage.daemon.getHeartbeats()).find(
      (beat) => beat.daemonType === "QUEUED_RUN_COORDINATOR",
    );
    expect(heartbeat?.errors).toHaveLength(2);
    expect(heartbeat?.errors[0]?.message).toMatch(/runs/);
    expect(await alarmOf()).not.toBeNull();
  });

  it("re-arms a stopped alarm loop when the cron watchdog pokes it", async () => {
    await runInDurableObject(daemon(), (_instance, state) => state.storage.deleteAlarm());
    expect(await alarmOf()).toBeNull();
    await webserver.scheduled(createScheduledController({ cron: "* * * * *" }), webserverEnv);
    expect(await alarmOf()).not.toBeNull();
  });
});

describe("the run queue consumer", () => {
  it("acknowledges a batch once a dequeue pass ran for it", async () => {
    const run = await submit("hello_job");
    const result = await deliverRunQueueBatch([run.runId, run.runId]);
    expect(result).toMatchObject({ ackAll: true, retryBatch: { retry: false } });
    expect((await waitForRun(run.runId)).status).toBe("SUCCESS");
  });

  it("retries the whole batch after a delay when the pass fails", async () => {
    const batch = createMessageBatch("dagflare-run-queue", [
      { id: "m1", timestamp: Date.now(), attempts: 1, body: { runId: "r1" } },
    ]);
    const retryAll = vi.spyOn(batch, "retryAll");
    await consumeRunQueue(batch, { dequeue: () => Promise.reject(new Error("daemon unreachable")) });
    expect(await getQueueResult(batch, createExecutionContext())).toMatchObject({
      ackAll: false,
      retryBatch: { retry: true },
    });
    expect(retryAll).toHaveBeenCalledWith({ delaySeconds: RUN_QUEUE_RETRY_DELAY_SECONDS });
  });
});
