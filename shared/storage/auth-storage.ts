/**
 * What access control keeps: API tokens (only their hashes), the audit log of every state change asked
 * for, and failed sign-ins counted per client address in fixed windows (the rate limit).
 * @module
 */
import type { Role } from "../auth/roles";

export type ApiTokenRecord = {
  id: string;
  name: string;
  /** SHA-256 of the secret, hex; the secret itself is shown once and never stored. */
  hash: string;
  role: Role | null;
  /** Roles per code location, raising `role` there. */
  locationRoles: Record<string, Role>;
  /** Who created it (a principal, as in the audit log). */
  createdBy: string;
  /** Epoch seconds, as every time here. */
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
};

export type NewApiToken = Omit<ApiTokenRecord, "lastUsedAt" | "revokedAt">;

export type AuditEntry = {
  /** Increasing: the paging key (newest first). */
  id: number;
  timestamp: number;
  /** Who asked: `token:<name>`, an email, `admin-token`, `local` or `anonymous`. */
  principal: string;
  action: string;
  /** What it was aimed at, as `key=value` pairs (run id, location, name). */
  target: string;
  locationName: string | null;
  allowed: boolean;
  /** Why it was refused. */
  reason: string | null;
};

export type NewAuditEntry = Omit<AuditEntry, "id">;

export type AuditFilter = { principal?: string; action?: string; allowed?: boolean; locationName?: string };

export interface AuthStorage {
  addToken(token: NewApiToken): Promise<ApiTokenRecord>;
  getTokenByHash(hash: string): Promise<ApiTokenRecord | null>;
  /** Every token, newest first (revoked ones included, so the admin page can show them). */
  listTokens(): Promise<ApiTokenRecord[]>;
  /** Revokes at `now`; a token already revoked keeps its first revocation time. Null when no token has `id`. */
  revokeToken(id: string, now: number): Promise<ApiTokenRecord | null>;
  markTokenUsed(id: string, now: number): Promise<void>;

  addAuditEntry(entry: NewAuditEntry): Promise<void>;
  /** Entries matching `filter`, newest first, older than the entry `cursor` (its id) when given. */
  getAuditEntries(
    filter: AuditFilter,
    page: { limit: number; cursor?: number | null },
  ): Promise<AuditEntry[]>;

  /** Failed sign-ins from `clientKey` in the window starting at `windowStart` (epoch seconds). */
  getAuthFailures(clientKey: string, windowStart: number): Promise<number>;
  /** Counts one more failure in that window, forgetting windows before it; the new count. */
  addAuthFailure(clientKey: string, windowStart: number): Promise<number>;
}
