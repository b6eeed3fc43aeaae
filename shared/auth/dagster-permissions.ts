/**
 * Dagster's permission names (the `permissions` field its UI reads to enable buttons) answered from the
 * permission matrix for one caller, for the deployment or one code location.
 * @module
 */
import type { Caller } from "./caller";
import { callerGrants } from "./caller";
import { decide, type Action } from "./permission-matrix";

export const DAGSTER_PERMISSION_ACTIONS = {
  launch_pipeline_execution: "launch_run",
  launch_pipeline_reexecution: "reexecute_run",
  terminate_pipeline_execution: "terminate_run",
  start_schedule: "start_instigator",
  stop_running_schedule: "stop_instigator",
  edit_sensor: "start_instigator",
  update_sensor_cursor: "set_sensor_cursor",
  delete_pipeline_run: "delete_run",
  reload_repository_location: "reload_location",
  reload_workspace: "reload_location",
  wipe_assets: "wipe_assets",
  report_runless_asset_events: "report_asset_events",
  launch_partition_backfill: "launch_backfill",
  cancel_partition_backfill: "cancel_backfill",
  edit_dynamic_partitions: "edit_dynamic_partitions",
  toggle_auto_materialize: "start_instigator",
  edit_concurrency_limit: "edit_concurrency_limits",
  schedule_dry_run: "schedule_dry_run",
  sensor_dry_run: "sensor_dry_run",
} as const satisfies Record<string, Action>;

export type DagsterPermission = { permission: string; value: boolean; disabledReason: string | null };

export function dagsterPermissions(caller: Caller, locationName?: string): DagsterPermission[] {
  const grants = callerGrants(caller);
  return Object.entries(DAGSTER_PERMISSION_ACTIONS).map(([permission, action]) => {
    const decision = decide(grants, action, locationName);
    return { permission, value: decision.allowed, disabledReason: decision.allowed ? null : decision.reason };
  });
}

/** Whether `caller` may do `action` at `locationName` (the has…Permission fields). */
export function callerMay(caller: Caller, action: Action, locationName?: string): boolean {
  return decide(callerGrants(caller), action, locationName).allowed;
}
