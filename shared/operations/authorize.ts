/**
 * The one place where whether a caller may change something is decided, for GraphQL, the JSON API, the
 * daemon and any CLI alike: every operation in this folder calls `authorize` before it writes anything.
 * The decision follows the permission matrix (shared/auth/permission-matrix.ts) at the target's code
 * location; every decision about a person or a token, allowed or refused, goes to the audit log.
 * @module
 */
import { callerGrants, principalOf, type Caller } from "../auth/caller";
import { decide, type Action } from "../auth/permission-matrix";
import { DagflareError } from "../errors/dagflare-error";
import type { Storage } from "../storage/storage";

export { DAEMON_CALLER, LOCAL_CALLER, type Caller } from "../auth/caller";

/** Every state change a caller can ask for (the matrix's actions but reading). */
export type OperationAction = Exclude<Action, "view">;

/** What the action is aimed at: `locationName` decides which role counts; the rest is for the audit log. */
export type OperationTarget = {
  readonly locationName?: string;
  readonly runId?: string;
  readonly name?: string;
};

/** Where decisions are written. */
export type AuthorizeDeps = { readonly storage: Pick<Storage, "auth"> };

function describeTarget(target: OperationTarget): string {
  return Object.entries(target)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`)
    .join(" ");
}

/**
 * Decides whether `caller` may perform `action` on `target` at `now` (epoch seconds), recording the
 * decision. The daemon is not audited: it only carries out schedules, sensors and retries someone allowed.
 * @throws DagflareError FORBIDDEN with the reason (the role needed and the role held) when refused.
 */
export async function authorize(
  deps: AuthorizeDeps,
  caller: Caller,
  action: OperationAction,
  target: OperationTarget,
  now: number = Date.now() / 1000,
): Promise<void> {
  if (caller.kind === "daemon") return;
  const decision = decide(callerGrants(caller), action, target.locationName);
  await deps.storage.auth.addAuditEntry({
    timestamp: now,
    principal: principalOf(caller),
    action,
    target: describeTarget(target),
    locationName: target.locationName ?? null,
    allowed: decision.allowed,
    reason: decision.allowed ? null : decision.reason,
  });
  if (!decision.allowed) throw new DagflareError("FORBIDDEN", decision.reason);
}

/**
 * The same decision for reading something only some roles may see (tokens, the audit log), not audited.
 * @throws DagflareError FORBIDDEN with the reason when refused.
 */
export function requirePermission(caller: Caller, action: Action, locationName?: string): void {
  const decision = decide(callerGrants(caller), action, locationName);
  if (!decision.allowed) throw new DagflareError("FORBIDDEN", decision.reason);
}
