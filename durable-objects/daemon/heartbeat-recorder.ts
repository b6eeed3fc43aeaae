/**
 * Sub-daemon heartbeats (Dagster's daemon health): one row per daemon type in DaemonStorage, written at
 * most every 30 s, or at once when an iteration failed, carrying the last 5 errors of the past 300 s.
 * Errors are kept in memory, as Dagster keeps them in its daemon process: a restarted object starts clean.
 * @module
 */
import type { SerializableError } from "../../shared/errors/serializable-error";
import type { DaemonStorage, DaemonType } from "../../shared/storage/daemon-storage";

/** Dagster's DEFAULT_HEARTBEAT_INTERVAL_SECONDS. */
const HEARTBEAT_INTERVAL_MS = 30_000;
/** How long an error stays in the heartbeats (Dagster's heartbeat tolerance). */
const ERROR_WINDOW_MS = 300_000;
const MAX_ERRORS = 5;

type TimedError = { at: number; error: SerializableError };

export class HeartbeatRecorder {
  readonly #errors = new Map<DaemonType, TimedError[]>();
  readonly #lastWritten = new Map<DaemonType, number>();

  /** `daemonId` identifies this object's lifetime, as Dagster's per-process daemon id. */
  constructor(private readonly daemonId: string) {}

  /**
   * Records an iteration of `daemonType` ending at `now` (epoch ms), failed with `error` or not. Never
   * throws: a heartbeat that cannot be written is logged, and the next iteration tries again.
   */
  async record(
    storage: DaemonStorage,
    daemonType: DaemonType,
    now: number,
    error: SerializableError | null,
  ): Promise<void> {
    const recent = (this.#errors.get(daemonType) ?? []).filter((entry) => now - entry.at < ERROR_WINDOW_MS);
    if (error) recent.unshift({ at: now, error });
    this.#errors.set(daemonType, recent.slice(0, MAX_ERRORS));
    const lastWritten = this.#lastWritten.get(daemonType);
    if (!error && lastWritten !== undefined && now - lastWritten < HEARTBEAT_INTERVAL_MS) return;
    try {
      const errors = (this.#errors.get(daemonType) ?? []).map((entry) => entry.error);
      await storage.addHeartbeat({ daemonType, daemonId: this.daemonId, timestamp: now / 1000, errors });
      this.#lastWritten.set(daemonType, now);
    } catch (thrown) {
      console.error(`The ${daemonType} heartbeat could not be written`, thrown);
    }
  }
}
