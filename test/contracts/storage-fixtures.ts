/**
 * Builders shared by the storage contract suites. Storage is shared by every test of a file, so each
 * builder makes fresh ids and tests only assert about rows they created.
 * @module
 */
import type { DagsterEventType } from "../../shared/events/event-types";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import type { NewRun, RunRecord } from "../../shared/storage/run-storage";

export function uniqueId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

export function newRun(overrides: Partial<NewRun> = {}): NewRun {
  return {
    runId: uniqueId("run"),
    jobName: uniqueId("job"),
    locationName: "contract_location",
    repositoryName: "__repository__",
    runConfig: { ops: { contract_op: { config: { n: 1 } } } },
    tags: {},
    ...overrides,
  };
}

/** A run event, or a plain log line when `eventType` is null. `timestamp` is epoch milliseconds. */
export function newEvent(
  runId: string,
  eventType: DagsterEventType | null,
  timestamp: number,
  extra: Partial<NewEvent> = {},
): NewEvent {
  return {
    runId,
    eventType,
    timestamp,
    level: "INFO",
    message: `${eventType ?? "log"} at ${timestamp}`,
    ...extra,
  };
}

export function runIds(runs: readonly RunRecord[]): string[] {
  return runs.map((run) => run.runId);
}
