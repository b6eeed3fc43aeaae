/**
 * AuthStorage on PostgreSQL: the same tables as on D1 (api_tokens, audit_log, auth_failures).
 * @module
 */
import { and, desc, eq, isNull, lt, sql, type SQL } from "drizzle-orm";
import type {
  ApiTokenRecord,
  AuditEntry,
  AuditFilter,
  AuthStorage,
  NewApiToken,
  NewAuditEntry,
} from "../auth-storage";
import type { PgSession } from "./postgres-connection";
import { apiTokens, auditLog, authFailures } from "./schema";

/** Use through createPostgresStorage, which also maps driver errors to STORAGE_ERROR. */
export class PostgresAuthStorage implements AuthStorage {
  constructor(private readonly session: PgSession) {}

  async addToken(token: NewApiToken): Promise<ApiTokenRecord> {
    const record: ApiTokenRecord = { ...token, lastUsedAt: null, revokedAt: null };
    await this.session((db) => db.insert(apiTokens).values(record));
    return record;
  }

  async getTokenByHash(hash: string): Promise<ApiTokenRecord | null> {
    const [row] = await this.session((db) => db.select().from(apiTokens).where(eq(apiTokens.hash, hash)));
    return row ?? null;
  }

  async listTokens(): Promise<ApiTokenRecord[]> {
    return this.session((db) =>
      db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)),
    );
  }

  async revokeToken(id: string, now: number): Promise<ApiTokenRecord | null> {
    await this.session((db) =>
      db
        .update(apiTokens)
        .set({ revokedAt: now })
        .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))),
    );
    const [row] = await this.session((db) => db.select().from(apiTokens).where(eq(apiTokens.id, id)));
    return row ?? null;
  }

  async markTokenUsed(id: string, now: number): Promise<void> {
    await this.session((db) => db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id)));
  }

  async addAuditEntry(entry: NewAuditEntry): Promise<void> {
    await this.session((db) => db.insert(auditLog).values(entry));
  }

  async getAuditEntries(
    filter: AuditFilter,
    page: { limit: number; cursor?: number | null },
  ): Promise<AuditEntry[]> {
    const conditions: SQL[] = [];
    if (filter.principal !== undefined) conditions.push(eq(auditLog.principal, filter.principal));
    if (filter.action !== undefined) conditions.push(eq(auditLog.action, filter.action));
    if (filter.allowed !== undefined) conditions.push(eq(auditLog.allowed, filter.allowed));
    if (filter.locationName !== undefined) conditions.push(eq(auditLog.locationName, filter.locationName));
    if (page.cursor !== undefined && page.cursor !== null) conditions.push(lt(auditLog.id, page.cursor));
    return this.session((db) =>
      db
        .select()
        .from(auditLog)
        .where(and(...conditions))
        .orderBy(desc(auditLog.id))
        .limit(page.limit),
    );
  }

  async getAuthFailures(clientKey: string, windowStart: number): Promise<number> {
    const [row] = await this.session((db) =>
      db
        .select({ count: authFailures.count })
        .from(authFailures)
        .where(and(eq(authFailures.clientKey, clientKey), eq(authFailures.windowStart, windowStart))),
    );
    return row?.count ?? 0;
  }

  async addAuthFailure(clientKey: string, windowStart: number): Promise<number> {
    return this.session(async (db) => {
      await db
        .delete(authFailures)
        .where(and(eq(authFailures.clientKey, clientKey), lt(authFailures.windowStart, windowStart)));
      const [row] = await db
        .insert(authFailures)
        .values({ clientKey, windowStart, count: 1 })
        .onConflictDoUpdate({
          target: [authFailures.clientKey, authFailures.windowStart],
          set: { count: sql`${authFailures.count} + 1` },
        })
        .returning({ count: authFailures.count });
      return row?.count ?? 1;
    });
  }
}
