/**
 * Whether a schedule or sensor is running: its stored state decides (RUNNING or DECLARED_IN_CODE run,
 * STOPPED does not); with no stored state, the definition's default status does, as in Dagster.
 * @module
 */
import type { InstigatorState } from "../storage/schedule-storage";

export function isInstigatorRunning(
  state: Pick<InstigatorState, "status"> | null,
  defaultStatus: "RUNNING" | "STOPPED",
): boolean {
  if (state === null) return defaultStatus === "RUNNING";
  return state.status !== "STOPPED";
}
