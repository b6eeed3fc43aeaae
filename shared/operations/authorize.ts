/**
 * Who asks for a state change, and the one place where whether they may will be decided. Every operation
 * in this folder calls `authorize` before it reads or writes anything, so access control (issue 13) is
 * added here once for GraphQL, the JSON API, the daemon and any CLI alike.
 * @module
 */

/** The identity an operation acts for. */
export type Caller = { readonly kind: "local" } | { readonly kind: "daemon" };

/** A request with no credentials, as every webserver request is today. */
export const LOCAL_CALLER: Caller = { kind: "local" };
/** The daemon acting on its own (ticks, run retries). */
export const DAEMON_CALLER: Caller = { kind: "daemon" };

/** Every state change a caller can ask for. */
export type OperationAction =
  | "launch_run"
  | "reexecute_run"
  | "terminate_run"
  | "delete_run"
  | "start_instigator"
  | "stop_instigator"
  | "reset_instigator"
  | "set_sensor_cursor"
  | "reload_location"
  | "shutdown_location";

/** What the action is aimed at, so a grant can be scoped to a code location or a run. */
export type OperationTarget = { readonly locationName?: string; readonly runId?: string; readonly name?: string };

/**
 * Decides whether `caller` may perform `action` on `target`. Today every caller may do everything (a
 * deployment with no access control, as Dagster OSS is); issue 13 makes this refuse, and each operation
 * then answers its refusal as an outcome.
 */
export function authorize(_caller: Caller, _action: OperationAction, _target: OperationTarget): void {}
