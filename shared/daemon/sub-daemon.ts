/**
 * A sub-daemon of the Daemon object (Dagster runs one daemon thread per type; here they share one
 * object and its alarm): the run queue, the scheduler, sensors, run monitoring and run retries.
 * @module
 */
import type { DaemonType } from "../storage/daemon-storage";

export interface SubDaemon<Result = unknown> {
  /** Its row in the due table. */
  readonly task: string;
  /** The heartbeat row its errors are reported in. */
  readonly daemonType: DaemonType;
  /** Milliseconds from one iteration to the next due one; wake-ups may run it sooner. */
  readonly intervalMs: number;
  /**
   * One iteration at `now` (epoch ms). Never runs concurrently with any other iteration of the Daemon.
   * A throw is recorded in the heartbeat and the next iteration comes at the interval as usual.
   */
  run(now: number): Promise<Result>;
}
