/**
 * Who asks: the identity every domain operation acts for, resolved from a request by the webserver (or
 * the daemon acting on its own). Local and daemon callers may do everything: there is no sign-in on
 * localhost or in a deployment configured `public: true`, and the daemon only carries out what a
 * signed-in user set up.
 * @module
 */
import type { RoleGrants } from "./permission-matrix";

export type Caller =
  | { readonly kind: "local" }
  | { readonly kind: "daemon" }
  | {
      readonly kind: "user";
      /** `token:<name>`, the Access user's email, or `admin-token` (the bootstrap secret). */
      readonly principal: string;
      readonly method: "token" | "access" | "admin_token";
      /** The API token's id, for its last-used time. */
      readonly tokenId: string | null;
      readonly grants: RoleGrants;
    };

/** A request where access control is off (localhost with no `auth`, or `auth.public`). */
export const LOCAL_CALLER: Caller = { kind: "local" };
/** The daemon acting on its own (ticks, run retries). */
export const DAEMON_CALLER: Caller = { kind: "daemon" };

const EVERYTHING: RoleGrants = { role: "admin", locationRoles: {} };

export function callerGrants(caller: Caller): RoleGrants {
  return caller.kind === "user" ? caller.grants : EVERYTHING;
}

/** How the audit log and run tags name the caller. */
export function principalOf(caller: Caller): string {
  return caller.kind === "user" ? caller.principal : caller.kind;
}
