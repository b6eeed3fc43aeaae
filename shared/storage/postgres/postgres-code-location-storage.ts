/**
 * CodeLocationStorage on PostgreSQL: one row per code location, replaced on every (re)load.
 * @module
 */
import { asc, eq } from "drizzle-orm";
import type { CodeLocationEntry, CodeLocationStorage } from "../code-location-storage";
import type { PgSession } from "./postgres-connection";
import { codeLocations } from "./schema";

/** Use through createPostgresStorage, which also maps driver errors to STORAGE_ERROR. */
export class PostgresCodeLocationStorage implements CodeLocationStorage {
  constructor(private readonly session: PgSession) {}

  async putLocation(entry: CodeLocationEntry): Promise<void> {
    await this.session((db) =>
      db.insert(codeLocations).values(entry).onConflictDoUpdate({ target: codeLocations.name, set: entry }),
    );
  }

  async getLocation(name: string): Promise<CodeLocationEntry | null> {
    const [row] = await this.session((db) =>
      db.select().from(codeLocations).where(eq(codeLocations.name, name)),
    );
    return row ?? null;
  }

  async listLocations(): Promise<CodeLocationEntry[]> {
    return this.session((db) => db.select().from(codeLocations).orderBy(asc(codeLocations.name)));
  }

  async deleteLocation(name: string): Promise<void> {
    await this.session((db) => db.delete(codeLocations).where(eq(codeLocations.name, name)));
  }
}
