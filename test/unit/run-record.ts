/**
 * A stored run for tests of pure decisions over runs (monitoring, retries): defaults for every field,
 * overridden where a test cares.
 */
import type { RunRecord } from "../../shared/storage/run-storage";

export function runRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    runId: "r1",
    jobName: "job",
    locationName: "example",
    repositoryName: "__repository__",
    status: "STARTED",
    runConfig: {},
    tags: {},
    opSelection: null,
    stepKeysToExecute: null,
    rootRunId: null,
    parentRunId: null,
    snapshotId: null,
    createTime: 900,
    updateTime: 1000,
    startTime: null,
    endTime: null,
    ...overrides,
  };
}
