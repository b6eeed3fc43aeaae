/**
 * Run statuses as the UI groups them: which can be filtered on, which are finished, which can be
 * terminated (the server's CANCELABLE_STATUSES: a STARTING run has already handed control to its worker).
 * @module
 */
export const FILTERABLE_STATUSES = [
  "QUEUED",
  "NOT_STARTED",
  "STARTING",
  "STARTED",
  "CANCELING",
  "SUCCESS",
  "FAILURE",
  "CANCELED",
] as const;
export type RunStatus = (typeof FILTERABLE_STATUSES)[number] | "MANAGED";

const FINISHED: ReadonlySet<string> = new Set(["SUCCESS", "FAILURE", "CANCELED"]);

export function isFinished(status: string): boolean {
  return FINISHED.has(status);
}
