/**
 * OSS Dagster grants every permission; so do we until authentication exists.
 * @module
 */
const PERMISSION_NAMES = [
  "launch_pipeline_execution",
  "launch_pipeline_reexecution",
  "start_schedule",
  "stop_running_schedule",
  "edit_sensor",
  "update_sensor_cursor",
  "terminate_pipeline_execution",
  "delete_pipeline_run",
  "reload_repository_location",
  "reload_workspace",
  "schedule_dry_run",
  "sensor_dry_run",
] as const;

export const PERMISSIONS = PERMISSION_NAMES.map((permission) => ({
  permission,
  value: true,
  disabledReason: null,
}));
