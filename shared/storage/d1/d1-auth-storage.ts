/**
 * AuthStorage on D1: api_tokens (looked up by the unique hash), audit_log (paged by id) and
 * auth_failures (one counter row per client and window, upserted).
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
import type { D1Db } from "./d1-batch";
import { apiTokens, auditLog, authFailures } from "./schema";

/** Use through createD1Storage, which also maps driver errors to STORAGE_ERROR. */
export class D1AuthStorage implements AuthStorage {
  constructor(private readonly db: D1Db) {}

  async addToken(token: NewApiToken): Promise<ApiTokenRecord> {
    const record: ApiTokenRecord = { ...token, lastUsedAt: null, revokedAt: null };
    await this.db.insert(apiTokens).values(record);
    return record;
  }

  async getTokenByHash(hash: string): Promise<ApiTokenRecord | null> {
    const [row] = await this.db.select().from(apiTokens).where(eq(apiTokens.hash, hash));
    return row ?? null;
  }

  async listTokens(): Promise<ApiTokenRecord[]> {
    return this.db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  }

  async revokeToken(id: string, now: number): Promise<ApiTokenRecord | null> {
    await this.db
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
    const [row] = await this.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    return row ?? null;
  }

  async markTokenUsed(id: string, now: number): Promise<void> {
    await this.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
  }

  async addAuditEntry(entry: NewAuditEntry): Promise<void> {
    await this.db.insert(auditLog).values(entry);
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
    return this.db
      .select()
      .from(auditLog)
      .where(and(...conditions))
      .orderBy(desc(auditLog.id))
      .limit(page.limit);
  }

  async getAuthFailures(clientKey: string, windowStart: number): Promise<number> {
    const [row] = await this.db
      .select({ count: authFailures.count })
      .from(authFailures)
      .where(and(eq(authFailures.clientKey, clientKey), eq(authFailures.windowStart, windowStart)));
    return row?.count ?? 0;
  }

  async addAuthFailure(clientKey: string, windowStart: number): Promise<number> {
    const [, [row]] = await this.db.batch([
      this.db
        .delete(authFailures)
        .where(and(eq(authFailures.clientKey, clientKey), lt(authFailures.windowStart, windowStart))),
      this.db
        .insert(authFailures)
        .values({ clientKey, windowStart, count: 1 })
        .onConflictDoUpdate({
          target: [authFailures.clientKey, authFailures.windowStart],
          set: { count: sql`${authFailures.count} + 1` },
        })
        .returning({ count: authFailures.count }),
    ]);
    return row?.count ?? 1;
  }
}
