/**
 * Who a request comes from, decided once per request from its credentials and the `auth` config:
 * an API token (`Authorization: Bearer`, or `Dagster-Cloud-Api-Token` as Dagster's Python client sends
 * it), the bootstrap admin token, or a Cloudflare Access JWT. With no `auth` config only loopback hosts
 * are served, as the local caller. Failed credentials are counted per client address and refused with
 * 429 past the limit, before any of them is checked.
 * @module
 */
import type { AuthConfig } from "../config/auth-config";
import type { AuthStorage } from "../storage/auth-storage";
import { grantsForAccessUser } from "./access-grants";
import { ACCESS_JWT_HEADER, verifyAccessJwt } from "./access-jwt";
import { LOCAL_CALLER, type Caller } from "./caller";
import { hashTokenSecret, sameSecret } from "./token-secret";

/** The Worker secret holding the bootstrap admin token. */
export const ADMIN_TOKEN_SECRET = "DAGFLARE_ADMIN_TOKEN";

export type AuthRequest = {
  header(name: string): string | undefined;
  /** Every hostname the request names (its URL and its Host header). */
  hostnames: readonly string[];
  /** CF-Connecting-IP, or "unknown" off Cloudflare. */
  clientAddress: string;
};

export type AuthDeps = {
  config: AuthConfig | undefined;
  storage: AuthStorage;
  /** The bootstrap admin token, when the secret is set. */
  adminToken: string | undefined;
  /** Extra hostnames served like localhost with no `auth` config (test harnesses). */
  localHostnames: readonly string[];
  /** Epoch seconds. */
  now: number;
};

export type Authentication =
  | { ok: true; caller: Caller }
  | {
      ok: false;
      status: 401 | 403 | 429;
      code: "UNAUTHENTICATED" | "FORBIDDEN" | "RATE_LIMITED";
      message: string;
    };

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

const NO_AUTH_CONFIG =
  "add an `auth` section to dagflare.yaml: `auth: { tokens: { enabled: true } }` with the Worker secret DAGFLARE_ADMIN_TOKEN for API tokens, " +
  "`auth: { access: { team_domain, audience } }` behind Cloudflare Access, or `auth: { public: true }` to serve everyone without sign-in (see the README, Securing a deployment)";

export async function authenticate(request: AuthRequest, deps: AuthDeps): Promise<Authentication> {
  const { config } = deps;
  if (!config) {
    const local = request.hostnames.every(
      (hostname) => LOOPBACK.has(hostname) || deps.localHostnames.includes(hostname),
    );
    if (local) return { ok: true, caller: LOCAL_CALLER };
    return {
      ok: false,
      status: 403,
      code: "FORBIDDEN",
      message: `This deployment has no access control configured, so it only answers on localhost; to serve ${request.hostnames[0]}, ${NO_AUTH_CONFIG}.`,
    };
  }
  if (config.public) return { ok: true, caller: LOCAL_CALLER };

  const windowSeconds = config.rateLimit.windowSeconds;
  const windowStart = Math.floor(deps.now / windowSeconds) * windowSeconds;
  if (
    (await deps.storage.getAuthFailures(request.clientAddress, windowStart)) >= config.rateLimit.maxFailures
  ) {
    return {
      ok: false,
      status: 429,
      code: "RATE_LIMITED",
      message: `Too many failed sign-ins from ${request.clientAddress}; try again in ${Math.ceil(windowStart + windowSeconds - deps.now)} s.`,
    };
  }
  const outcome = await fromCredentials(request, deps, config);
  if (!outcome.ok && "counts" in outcome) {
    if (outcome.counts) await deps.storage.addAuthFailure(request.clientAddress, windowStart);
    const { counts: _counts, ...refusal } = outcome;
    return refusal;
  }
  return outcome;
}

type Outcome =
  | Authentication
  | { ok: false; status: 401; code: "UNAUTHENTICATED"; message: string; counts: boolean };

const unauthenticated = (message: string, counts = true): Outcome => ({
  ok: false,
  status: 401,
  code: "UNAUTHENTICATED",
  message,
  counts,
});

function bearerToken(request: AuthRequest): string | undefined {
  const authorization = request.header("authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? "";
  }
  return request.header("dagster-cloud-api-token")?.trim();
}

async function fromCredentials(request: AuthRequest, deps: AuthDeps, config: AuthConfig): Promise<Outcome> {
  const token = bearerToken(request);
  if (token !== undefined) {
    if (!config.tokens.enabled)
      return unauthenticated("API tokens are off in this deployment (auth.tokens.enabled is false).");
    return fromToken(token, deps);
  }
  const jwt = request.header(ACCESS_JWT_HEADER);
  if (jwt !== undefined && config.access) {
    const verified = await verifyAccessJwt(jwt, config.access, deps.now);
    if (!verified.ok) return unauthenticated(`The Cloudflare Access token was refused: ${verified.reason}.`);
    const grants = grantsForAccessUser(verified.identity, config);
    if (!grants) {
      return {
        ok: false,
        status: 403,
        code: "FORBIDDEN",
        message: `${verified.identity.email} is signed in through Cloudflare Access but has no role here; an admin can add a grant for this email or one of its groups under auth.grants.`,
      };
    }
    return {
      ok: true,
      caller: { kind: "user", principal: verified.identity.email, method: "access", tokenId: null, grants },
    };
  }
  const ways = [
    config.tokens.enabled
      ? "an API token as `Authorization: Bearer <token>` (or the Dagster-Cloud-Api-Token header)"
      : null,
    config.access ? "Cloudflare Access" : null,
  ].filter(Boolean);
  return unauthenticated(
    `Sign in to use this deployment: ${ways.join(", or through ") || "no sign-in method is enabled in auth"}.`,
    false,
  );
}

async function fromToken(token: string, deps: AuthDeps): Promise<Outcome> {
  if (token === "") return unauthenticated("The Authorization header is not `Bearer <token>`.");
  if (deps.adminToken && (await sameSecret(token, deps.adminToken))) {
    return {
      ok: true,
      caller: {
        kind: "user",
        principal: "admin-token",
        method: "admin_token",
        tokenId: null,
        grants: { role: "admin", locationRoles: {} },
      },
    };
  }
  // Looked up by hash: the index lookup compares hashes, which tell an attacker nothing about the secret.
  const record = await deps.storage.getTokenByHash(await hashTokenSecret(token));
  if (!record) return unauthenticated("The API token is not known here.");
  if (record.revokedAt !== null) return unauthenticated(`API token ${record.name} was revoked.`);
  if (record.expiresAt !== null && record.expiresAt <= deps.now)
    return unauthenticated(`API token ${record.name} has expired.`);
  await deps.storage.markTokenUsed(record.id, deps.now);
  return {
    ok: true,
    caller: {
      kind: "user",
      principal: `token:${record.name}`,
      method: "token",
      tokenId: record.id,
      grants: { role: record.role, locationRoles: record.locationRoles },
    },
  };
}
