/**
 * The Daemon Durable Object (Dagster's dagster-daemon): one object per instance
 * (`env.DAEMON.getByName("daemon")`) running the sub-daemons on one alarm. Each sub-daemon's next due
 * time is a row of its SQLite; the alarm is armed for the earliest row and re-armed after every
 * iteration, and the once-a-minute cron pokes it in case the alarm ever stops. Every iteration and every
 * dequeue pass runs through one serial queue, so duplicate or concurrent alarms, queue messages and pokes
 * can never run two passes at once.
 * @module
 */
import { DurableObject } from "cloudflare:workers";
import type { DaemonControl } from "../../shared/instance/daemon-control";
import { toSerializableError } from "../../shared/errors/serializable-error";
import type { Instance } from "../../shared/instance/instance";
import type { DequeuePassResult } from "../../shared/run-coordinator/dequeue-pass";
import { DueTable } from "./due-table";
import { HeartbeatRecorder } from "./heartbeat-recorder";
import { runMonitoringSubDaemon } from "../../shared/daemon/run-monitoring/run-monitoring-sub-daemon";
import { runQueueSubDaemon } from "../../shared/daemon/run-queue/run-queue-sub-daemon";
import { retentionSubDaemon } from "../../shared/daemon/retention/retention-sub-daemon";
import { runRetriesSubDaemon } from "../../shared/daemon/run-retries/run-retries-sub-daemon";
import { SCHEDULER_TASK, schedulerSubDaemon } from "../../shared/daemon/scheduler/scheduler-sub-daemon";
import { SENSOR_TASK, sensorSubDaemon } from "../../shared/daemon/sensors/sensor-sub-daemon";
import { SerialQueue } from "./serial-queue";
import type { SubDaemon } from "../../shared/daemon/sub-daemon";

const NOTHING_DEQUEUED: DequeuePassResult = { launched: [], failed: [], skipped: [] };

/** How long the daemon waits before trying again when its instance cannot be built. */
const INSTANCE_RETRY_MS = 60_000;

/**
 * The host subclasses it to say where the instance comes from (`instance()`), as a code location binds its
 * definitions to `defineRunWorker`: the daemon never imports its host.
 */
export abstract class DaemonObject<Env = unknown> extends DurableObject<Env> implements DaemonControl {
  readonly #dueTable: DueTable;
  readonly #serial = new SerialQueue();
  readonly #heartbeats = new HeartbeatRecorder(crypto.randomUUID());
  /** A pass queued but not yet started: wake-ups arriving meanwhile share it instead of queuing more. */
  #pendingDequeue: Promise<DequeuePassResult> | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#dueTable = new DueTable(ctx.storage.sql);
  }

  /** The instance whose sub-daemons this object runs. @throws ConfigError when its config is invalid. */
  protected abstract instance(): Instance;

  /**
   * RPC: runs one dequeue pass as soon as the pass in progress (if any) ends, and returns what it did;
   * nothing when runs are not queued. Safe to call any number of times at once: calls arriving while a
   * pass waits share it, and passes never overlap. `reason` names the wake-up in the log.
   * @throws what the pass throws (storage errors), after recording it in the QUEUED_RUN_COORDINATOR heartbeat.
   */
  dequeue(reason: string): Promise<DequeuePassResult> {
    this.#pendingDequeue ??= this.#serial.run(async () => {
      this.#pendingDequeue = null;
      try {
        const instance = this.instance();
        const subDaemon = runQueueSubDaemon(instance);
        const result = subDaemon
          ? await this.#runSubDaemon(instance, subDaemon, Date.now())
          : NOTHING_DEQUEUED;
        if (result.launched.length + result.failed.length > 0) {
          console.log(
            `Dequeue (${reason}): launched ${result.launched.length}, failed to launch ${result.failed.length}`,
          );
        }
        return result;
      } finally {
        await this.#arm();
      }
    });
    return this.#pendingDequeue;
  }

  /**
   * RPC for when a schedule or sensor was turned on or off: the scheduler and sensors re-plan now, so a
   * schedule started a second before its tick still makes that tick. Idempotent.
   */
  async instigatorsChanged(): Promise<void> {
    const now = Date.now();
    await this.#serial.run(async () => {
      this.#dueTable.setDueAt(SCHEDULER_TASK, now);
      this.#dueTable.setDueAt(SENSOR_TASK, now);
    });
    await this.iterate(now);
  }

  /** RPC for the cron watchdog: runs whatever is due now and re-arms the alarm. Idempotent. */
  async poke(): Promise<void> {
    await this.iterate(Date.now());
  }

  override async alarm(): Promise<void> {
    await this.iterate(Date.now());
  }

  /**
   * Runs every sub-daemon due at `now` (epoch ms; a parameter so tests can move time), each isolated:
   * one failing is recorded in its heartbeat and the others still run. Re-arms the alarm in any case.
   * @throws ConfigError when the instance config is invalid (the alarm then retries, and stays armed).
   */
  iterate(now: number): Promise<void> {
    return this.#serial.run(async () => {
      // Without an instance (an invalid config) nothing can run: retry in a minute rather than at once.
      let notBefore: number | null = Date.now() + INSTANCE_RETRY_MS;
      try {
        const instance = this.instance();
        notBefore = null;
        const subDaemons = this.#subDaemons(instance);
        this.#dueTable.keepOnly(subDaemons.map((subDaemon) => subDaemon.task));
        for (const subDaemon of subDaemons) {
          if ((this.#dueTable.dueAt(subDaemon.task) ?? now) > now) continue;
          // Recorded in the heartbeat by #runSubDaemon; the other sub-daemons still run.
          await this.#runSubDaemon(instance, subDaemon, now).catch(() => undefined);
        }
      } finally {
        await this.#arm(notBefore);
      }
    });
  }

  #subDaemons(instance: Instance): SubDaemon[] {
    return [
      runQueueSubDaemon(instance),
      schedulerSubDaemon(instance),
      sensorSubDaemon(instance),
      runMonitoringSubDaemon(instance),
      runRetriesSubDaemon(instance),
      retentionSubDaemon(instance),
    ].filter((subDaemon) => subDaemon !== null);
  }

  /** Runs one iteration, records it in the heartbeat and schedules the next. */
  async #runSubDaemon<Result>(
    instance: Instance,
    subDaemon: SubDaemon<Result>,
    now: number,
  ): Promise<Result> {
    try {
      const result = await subDaemon.run(now);
      await this.#heartbeats.record(instance.storage.daemon, subDaemon.daemonType, now, null);
      return result;
    } catch (thrown) {
      console.error(`${subDaemon.daemonType} iteration failed`, thrown);
      await this.#heartbeats.record(
        instance.storage.daemon,
        subDaemon.daemonType,
        now,
        toSerializableError(thrown),
      );
      throw thrown;
    } finally {
      this.#dueTable.setDueAt(subDaemon.task, now + subDaemon.intervalMs);
    }
  }

  async #arm(notBefore: number | null = null): Promise<void> {
    const earliest = this.#dueTable.earliest();
    if (earliest !== null)
      await this.ctx.storage.setAlarm(notBefore === null ? earliest : Math.max(earliest, notBefore));
  }
}
