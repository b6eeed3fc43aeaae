/**
 * The permission matrix: every action anyone can ask for, and the least role that may perform it (as
 * Dagster+ assigns them). Actions aimed at a code location are decided by the caller's role there (a
 * location grant can raise it); the admin actions are deployment-wide only.
 * @module
 */
import { roleIncludes, type Role } from "./roles";

export const MINIMUM_ROLE = {
  /** Every query, event logs and captured stdout/stderr downloads. */
  view: "viewer",
  launch_run: "launcher",
  reexecute_run: "launcher",
  terminate_run: "launcher",
  launch_backfill: "launcher",
  schedule_dry_run: "launcher",
  sensor_dry_run: "launcher",
  start_instigator: "editor",
  stop_instigator: "editor",
  reset_instigator: "editor",
  set_sensor_cursor: "editor",
  reload_location: "editor",
  shutdown_location: "editor",
  cancel_backfill: "editor",
  wipe_assets: "editor",
  report_asset_events: "editor",
  delete_run: "editor",
  edit_dynamic_partitions: "editor",
  edit_concurrency_limits: "editor",
  manage_tokens: "admin",
  manage_grants: "admin",
  view_audit_log: "admin",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof MINIMUM_ROLE;

export const ACTIONS = Object.keys(MINIMUM_ROLE) as Action[];

/** Actions a code-location grant cannot give: they act on the whole deployment. */
const DEPLOYMENT_ONLY: ReadonlySet<Action> = new Set(["manage_tokens", "manage_grants", "view_audit_log"]);

/** Who a decision is about: a role for the deployment, raised per location by grants. */
export type RoleGrants = {
  readonly role: Role | null;
  readonly locationRoles: Readonly<Record<string, Role>>;
};

/** The caller's role for `action` aimed at `locationName` (their deployment role when it aims at none). */
export function roleFor(grants: RoleGrants, action: Action, locationName: string | undefined): Role | null {
  const locationRole =
    locationName !== undefined && !DEPLOYMENT_ONLY.has(action)
      ? grants.locationRoles[locationName]
      : undefined;
  if (!locationRole) return grants.role;
  if (!grants.role) return locationRole;
  return roleIncludes(locationRole, grants.role) ? locationRole : grants.role;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** Whether `grants` allow `action` on `locationName`, and if not, a reason a user can act on. */
export function decide(grants: RoleGrants, action: Action, locationName?: string): Decision {
  const minimum = MINIMUM_ROLE[action];
  const role = roleFor(grants, action, locationName);
  if (role && roleIncludes(role, minimum)) return { allowed: true };
  const where =
    locationName !== undefined && !DEPLOYMENT_ONLY.has(action) ? ` in code location ${locationName}` : "";
  return {
    allowed: false,
    reason: `${action} needs the ${minimum} role${where}; you have ${role ?? "no role"}${where}.`,
  };
}
