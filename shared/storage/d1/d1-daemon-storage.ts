/**
 * DaemonStorage on D1: one heartbeat row per daemon type (overwritten) and the kvs table.
 * @module
 */
import { asc } from "drizzle-orm";
import type { DaemonHeartbeat, DaemonStorage } from "../daemon-storage";
import { chunkRowsForInsert, runBatch, type D1Db } from "./d1-batch";
import { daemonHeartbeats, kvs } from "./schema";
import { excluded, inList } from "./sql-helpers";

/** Use through createD1Storage, which also maps driver errors to STORAGE_ERROR. */
export class D1DaemonStorage implements DaemonStorage {
  constructor(private readonly db: D1Db) {}

  /** Replaces the previous heartbeat of the same daemon type. */
  async addHeartbeat(heartbeat: DaemonHeartbeat): Promise<void> {
    await this.db
      .insert(daemonHeartbeats)
      .values(heartbeat)
      .onConflictDoUpdate({ target: daemonHeartbeats.daemonType, set: heartbeat });
  }

  /** The latest heartbeat of each daemon type, ordered by type. */
  async getHeartbeats(): Promise<DaemonHeartbeat[]> {
    return this.db.select().from(daemonHeartbeats).orderBy(asc(daemonHeartbeats.daemonType));
  }

  /** Values of the keys that exist; missing keys are absent from the result. */
  async getKv(keys: string[]): Promise<Record<string, string>> {
    if (keys.length === 0) return {};
    const rows = await this.db.select().from(kvs).where(inList(kvs.key, keys));
    return Object.fromEntries(rows.map((row) => [row.key, row.value]));
  }

  /** Upserts every entry in one batch (all or nothing). */
  async setKv(values: Record<string, string>): Promise<void> {
    const rows = Object.entries(values).map(([key, value]) => ({ key, value }));
    await runBatch(
      this.db,
      chunkRowsForInsert(kvs, rows).map((chunk) =>
        this.db
          .insert(kvs)
          .values(chunk)
          .onConflictDoUpdate({ target: kvs.key, set: { value: excluded(kvs.value) } }),
      ),
    );
  }
}
