/**
 * DaemonStorage on PostgreSQL: one heartbeat row per daemon type (overwritten) and the kvs table.
 * @module
 */
import { asc } from "drizzle-orm";
import type { DaemonHeartbeat, DaemonStorage } from "../daemon-storage";
import { excluded } from "../d1/sql-helpers";
import type { PgSession } from "./postgres-connection";
import { inList } from "./pg-helpers";
import { daemonHeartbeats, kvs } from "./schema";

/** Use through createPostgresStorage, which also maps driver errors to STORAGE_ERROR. */
export class PostgresDaemonStorage implements DaemonStorage {
  constructor(private readonly session: PgSession) {}

  async addHeartbeat(heartbeat: DaemonHeartbeat): Promise<void> {
    await this.session((db) =>
      db
        .insert(daemonHeartbeats)
        .values(heartbeat)
        .onConflictDoUpdate({ target: daemonHeartbeats.daemonType, set: heartbeat }),
    );
  }

  async getHeartbeats(): Promise<DaemonHeartbeat[]> {
    return this.session((db) => db.select().from(daemonHeartbeats).orderBy(asc(daemonHeartbeats.daemonType)));
  }

  async getKv(keys: string[]): Promise<Record<string, string>> {
    if (keys.length === 0) return {};
    const rows = await this.session((db) => db.select().from(kvs).where(inList(kvs.key, keys)));
    return Object.fromEntries(rows.map((row) => [row.key, row.value]));
  }

  /** Upserts every entry in one statement (all or nothing). */
  async setKv(values: Record<string, string>): Promise<void> {
    const rows = Object.entries(values).map(([key, value]) => ({ key, value }));
    if (rows.length === 0) return;
    await this.session((db) =>
      db
        .insert(kvs)
        .values(rows)
        .onConflictDoUpdate({ target: kvs.key, set: { value: excluded(kvs.value) } }),
    );
  }
}
