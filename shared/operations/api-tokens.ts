/**
 * API tokens and the audit log, for admins: create (the secret is returned once, only its hash kept),
 * list, revoke, and read the audit log. GraphQL serves these, and a CLI calls them over GraphQL.
 * @module
 */
import type { Caller } from "../auth/caller";
import type { Role } from "../auth/roles";
import { generateTokenSecret, hashTokenSecret } from "../auth/token-secret";
import { principalOf } from "../auth/caller";
import { DagflareError } from "../errors/dagflare-error";
import type { ApiTokenRecord, AuditEntry, AuditFilter } from "../storage/auth-storage";
import type { Storage } from "../storage/storage";
import { authorize, requirePermission } from "./authorize";

type TokenDeps = { readonly storage: Pick<Storage, "auth"> };

export type NewTokenRequest = {
  name: string;
  role: Role | null;
  locationRoles: Readonly<Record<string, Role>>;
  /** Epoch seconds; null never expires. */
  expiresAt: number | null;
};

export type CreatedToken = { token: ApiTokenRecord; secret: string };

const MAX_NAME_LENGTH = 100;
/** Most audit entries one page returns. */
export const MAX_AUDIT_PAGE = 500;

/** @throws DagflareError BAD_REQUEST naming the argument that is wrong; FORBIDDEN unless the caller is an admin. */
export async function createApiToken(
  deps: TokenDeps,
  request: NewTokenRequest,
  now: number,
  caller: Caller,
): Promise<CreatedToken> {
  await authorize(deps, caller, "manage_tokens", { name: request.name }, now);
  const name = request.name.trim();
  if (name === "" || name.length > MAX_NAME_LENGTH)
    throw new DagflareError(
      "BAD_REQUEST",
      `name must be 1 to ${MAX_NAME_LENGTH} characters, got ${JSON.stringify(request.name)}`,
    );
  if (request.role === null && Object.keys(request.locationRoles).length === 0) {
    throw new DagflareError(
      "BAD_REQUEST",
      "role: a token needs a role for the deployment or for at least one code location (locationRoles)",
    );
  }
  if (request.expiresAt !== null && request.expiresAt <= now)
    throw new DagflareError(
      "BAD_REQUEST",
      `expiresAt must be in the future, got ${request.expiresAt} (now is ${now})`,
    );
  const secret = generateTokenSecret();
  const token = await deps.storage.auth.addToken({
    id: crypto.randomUUID(),
    name,
    hash: await hashTokenSecret(secret),
    role: request.role,
    locationRoles: { ...request.locationRoles },
    createdBy: principalOf(caller),
    createdAt: now,
    expiresAt: request.expiresAt,
  });
  return { token, secret };
}

export async function listApiTokens(deps: TokenDeps, caller: Caller): Promise<ApiTokenRecord[]> {
  requirePermission(caller, "manage_tokens");
  return deps.storage.auth.listTokens();
}

export type RevokeOutcome =
  | { kind: "revoked"; token: ApiTokenRecord }
  | { kind: "not_found"; id: string; message: string };

export async function revokeApiToken(
  deps: TokenDeps,
  id: string,
  now: number,
  caller: Caller,
): Promise<RevokeOutcome> {
  await authorize(deps, caller, "manage_tokens", { name: id }, now);
  const token = await deps.storage.auth.revokeToken(id, now);
  return token
    ? { kind: "revoked", token }
    : { kind: "not_found", id, message: `No API token has id ${id}.` };
}

/** A page of the audit log, newest first; `cursor` is the last entry's id of the previous page. */
export async function readAuditLog(
  deps: TokenDeps,
  filter: AuditFilter,
  page: { limit: number; cursor: number | null },
  caller: Caller,
): Promise<AuditEntry[]> {
  requirePermission(caller, "view_audit_log");
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_AUDIT_PAGE)
    throw new DagflareError(
      "BAD_REQUEST",
      `limit must be an integer from 1 to ${MAX_AUDIT_PAGE}, got ${page.limit}`,
    );
  return deps.storage.auth.getAuditEntries(filter, page);
}
