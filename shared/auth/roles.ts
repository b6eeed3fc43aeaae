/**
 * Dagster+'s roles, each including everything the one before it may do: viewer (read everything),
 * launcher (run things), editor (change how things run), admin (who may do what). Granted for the whole
 * deployment and, optionally, per code location.
 * @module
 */

export const ROLES = ["viewer", "launcher", "editor", "admin"] as const;

export type Role = (typeof ROLES)[number];

/** Whether `role` includes everything `minimum` may do. */
export function roleIncludes(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** The greater of the roles given (null when none is). */
export function highestRole(roles: Iterable<Role | null | undefined>): Role | null {
  let highest: Role | null = null;
  for (const role of roles) if (role && (highest === null || roleIncludes(role, highest))) highest = role;
  return highest;
}
