/**
 * The webserver's one gate for users: resolves who a request to GraphQL, the runs API or the log
 * downloads comes from (shared/auth/authenticate.ts) and hands the caller down in `c.var.caller`, or
 * answers 401 (no or bad credentials), 403 (not allowed in) or 429 (too many failures). Reading anything
 * needs at least the viewer role somewhere. The instance API (/api/instance) is not behind it: run workers
 * hold their own credential there, and no user token opens it.
 * @module
 */
import type { Context, MiddlewareHandler } from "hono";
import { ADMIN_TOKEN_SECRET, authenticate, type Authentication } from "../../../shared/auth/authenticate";
import type { Caller } from "../../../shared/auth/caller";
import { callerGrants } from "../../../shared/auth/caller";
import type { WebserverEnv } from "../webserver-env";

/** A Worker var listing extra hostnames served like localhost when no `auth` is configured (test harnesses only). */
export const LOCAL_HOSTNAMES_VAR = "DAGFLARE_LOCAL_HOSTNAMES";

type Refusal = Extract<Authentication, { ok: false }>;

const textVar = (env: Record<string, unknown>, name: string) =>
  typeof env[name] === "string" && env[name] !== "" ? (env[name] as string) : undefined;

/** Whether `caller` may read at all: a role for the deployment or for at least one code location. */
function canView(caller: Caller): boolean {
  const grants = callerGrants(caller);
  return grants.role !== null || Object.keys(grants.locationRoles).length > 0;
}

export async function resolveCaller(c: Context<WebserverEnv>): Promise<Authentication> {
  const url = new URL(c.req.url);
  const hostHeader = c.req.header("host");
  const hostnames = [url.hostname, ...(hostHeader ? [new URL(`http://${hostHeader}`).hostname] : [])];
  const instance = c.var.instance();
  const env = c.env as Record<string, unknown>;
  const authentication = await authenticate(
    {
      header: (name) => c.req.header(name),
      hostnames,
      clientAddress: c.req.header("cf-connecting-ip") ?? "unknown",
    },
    {
      config: instance.config.auth,
      storage: instance.storage.auth,
      adminToken: textVar(env, ADMIN_TOKEN_SECRET),
      localHostnames:
        textVar(env, LOCAL_HOSTNAMES_VAR)
          ?.split(",")
          .map((name) => name.trim()) ?? [],
      now: Date.now() / 1000,
    },
  );
  if (authentication.ok && !canView(authentication.caller)) {
    return {
      ok: false,
      status: 403,
      code: "FORBIDDEN",
      message: "This credential grants no role in any code location, so it can read nothing here.",
    };
  }
  return authentication;
}

/** The answer to a refused request, in the error shape of the route it was refused on. */
function refusalResponse(c: Context<WebserverEnv>, refusal: Refusal): Response {
  const headers: Record<string, string> =
    refusal.status === 401 ? { "www-authenticate": 'Bearer realm="dagflare"' } : {};
  if (c.req.path.startsWith("/graphql")) {
    return c.json(
      { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] },
      refusal.status,
      headers,
    );
  }
  return c.json({ error: refusal.message, code: refusal.code }, refusal.status, headers);
}

/** Sets `c.var.caller`, or answers the refusal. */
export const requireCaller: MiddlewareHandler<WebserverEnv> = async (c, next) => {
  const authentication = await resolveCaller(c);
  if (!authentication.ok) return refusalResponse(c, authentication);
  c.set("caller", authentication.caller);
  return next();
};
