/**
 * The roles config gives a Cloudflare Access user: every grant naming their email or one of their
 * groups counts, the highest role winning, for the deployment and per code location; `default_role`
 * covers users no grant names.
 * @module
 */
import type { AuthConfig } from "../config/auth-config";
import type { AccessIdentity } from "./access-jwt";
import type { RoleGrants } from "./permission-matrix";
import { highestRole, type Role } from "./roles";

/** Null when the config gives this user no role anywhere. */
export function grantsForAccessUser(
  identity: AccessIdentity,
  config: Pick<AuthConfig, "grants" | "defaultRole">,
): RoleGrants | null {
  const email = identity.email.toLowerCase();
  const matching = config.grants.filter((grant) =>
    grant.email !== undefined
      ? grant.email.toLowerCase() === email
      : identity.groups.includes(grant.group ?? ""),
  );
  const role = highestRole([
    ...matching.map((grant) => grant.role),
    matching.length === 0 ? config.defaultRole : undefined,
  ]);
  const locationRoles: Record<string, Role> = {};
  for (const grant of matching) {
    for (const [location, locationRole] of Object.entries(grant.locations)) {
      locationRoles[location] = highestRole([locationRoles[location], locationRole]) ?? locationRole;
    }
  }
  if (role === null && Object.keys(locationRoles).length === 0) return null;
  return { role, locationRoles };
}
