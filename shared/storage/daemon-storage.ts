/**
 * Daemon heartbeats (one row per daemon type, overwritten) and a small key-value store for daemon cursors.
 * @module
 */
import type { SerializableError } from "../errors/serializable-error";

export type DaemonType =
  | "SCHEDULER"
  | "SENSOR"
  | "QUEUED_RUN_COORDINATOR"
  | "MONITORING"
  | "EVENT_LOG_CONSUMER"
  | "BACKFILL"
  | "RETENTION";

export type DaemonHeartbeat = {
  daemonType: DaemonType;
  daemonId: string;
  /** Epoch seconds. */
  timestamp: number;
  errors: SerializableError[];
};

export interface DaemonStorage {
  addHeartbeat(heartbeat: DaemonHeartbeat): Promise<void>;
  getHeartbeats(): Promise<DaemonHeartbeat[]>;
  getKv(keys: string[]): Promise<Record<string, string>>;
  setKv(values: Record<string, string>): Promise<void>;
}
