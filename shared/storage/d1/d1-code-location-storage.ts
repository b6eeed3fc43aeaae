/**
 * CodeLocationStorage on D1: one row per code location, replaced on every (re)load.
 * @module
 */
import { asc, eq } from "drizzle-orm";
import type { CodeLocationEntry, CodeLocationStorage } from "../code-location-storage";
import type { D1Db } from "./d1-batch";
import { codeLocations } from "./schema";

/** Use through createD1Storage, which also maps driver errors to STORAGE_ERROR. */
export class D1CodeLocationStorage implements CodeLocationStorage {
  constructor(private readonly db: D1Db) {}

  /** Inserts or replaces the entry for `entry.name`. */
  async putLocation(entry: CodeLocationEntry): Promise<void> {
    await this.db
      .insert(codeLocations)
      .values(entry)
      .onConflictDoUpdate({ target: codeLocations.name, set: entry });
  }

  async getLocation(name: string): Promise<CodeLocationEntry | null> {
    const [row] = await this.db.select().from(codeLocations).where(eq(codeLocations.name, name));
    return row ?? null;
  }

  /** Every entry, ordered by name. */
  async listLocations(): Promise<CodeLocationEntry[]> {
    return this.db.select().from(codeLocations).orderBy(asc(codeLocations.name));
  }

  /** Idempotent: deleting an unknown location does nothing. */
  async deleteLocation(name: string): Promise<void> {
    await this.db.delete(codeLocations).where(eq(codeLocations.name, name));
  }
}
