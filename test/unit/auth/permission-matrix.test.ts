/**
 * The permission matrix, exhaustively: every action against every role, deployment-wide and through a
 * code-location grant, and the reasons a refusal gives.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS, decide, MINIMUM_ROLE, roleFor, type Action } from "../../../shared/auth/permission-matrix";
import { highestRole, roleIncludes, ROLES, type Role } from "../../../shared/auth/roles";

/** The matrix as the issue states it, written out independently of the module. */
const EXPECTED: Record<Role, readonly Action[]> = {
  viewer: ["view"],
  launcher: [
    "view",
    "launch_run",
    "reexecute_run",
    "terminate_run",
    "launch_backfill",
    "schedule_dry_run",
    "sensor_dry_run",
  ],
  editor: [
    "view",
    "launch_run",
    "reexecute_run",
    "terminate_run",
    "launch_backfill",
    "schedule_dry_run",
    "sensor_dry_run",
    "start_instigator",
    "stop_instigator",
    "reset_instigator",
    "set_sensor_cursor",
    "reload_location",
    "shutdown_location",
    "cancel_backfill",
    "wipe_assets",
    "report_asset_events",
    "delete_run",
    "edit_dynamic_partitions",
    "edit_concurrency_limits",
  ],
  admin: [...ACTIONS],
};

describe("roles", () => {
  it("are ordered viewer < launcher < editor < admin", () => {
    expect(ROLES).toEqual(["viewer", "launcher", "editor", "admin"]);
    expect(roleIncludes("editor", "launcher")).toBe(true);
    expect(roleIncludes("launcher", "editor")).toBe(false);
    expect(highestRole(["viewer", null, "editor", "launcher"])).toBe("editor");
    expect(highestRole([undefined, null])).toBeNull();
  });
});

describe("the permission matrix", () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[role].includes(action);
      it(`${allowed ? "allows" : "refuses"} ${action} for a deployment ${role}`, () => {
        const decision = decide({ role, locationRoles: {} }, action, "example");
        expect(decision.allowed).toBe(allowed);
        if (!decision.allowed) expect(decision.reason).toContain(`needs the ${MINIMUM_ROLE[action]} role`);
      });
    }
  }

  it("raises the role in a location its grant names, and only there", () => {
    const grants = { role: "viewer" as const, locationRoles: { example: "launcher" as const } };
    expect(decide(grants, "launch_run", "example")).toEqual({ allowed: true });
    expect(decide(grants, "launch_run", "other")).toEqual({
      allowed: false,
      reason:
        "launch_run needs the launcher role in code location other; you have viewer in code location other.",
    });
    expect(decide(grants, "launch_run")).toMatchObject({ allowed: false });
  });

  it("never lowers a deployment role through a location grant", () => {
    expect(roleFor({ role: "editor", locationRoles: { example: "viewer" } }, "delete_run", "example")).toBe(
      "editor",
    );
  });

  it("does not let a location grant give the deployment-wide admin actions", () => {
    const grants = { role: null, locationRoles: { example: "admin" as const } };
    for (const action of ["manage_tokens", "manage_grants", "view_audit_log"] as const) {
      expect(decide(grants, action, "example")).toEqual({
        allowed: false,
        reason: `${action} needs the admin role; you have no role.`,
      });
    }
    expect(decide(grants, "delete_run", "example")).toEqual({ allowed: true });
  });

  it("refuses a caller with no role at all", () => {
    expect(decide({ role: null, locationRoles: {} }, "view")).toEqual({
      allowed: false,
      reason: "view needs the viewer role; you have no role.",
    });
  });
});
