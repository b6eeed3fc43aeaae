/**
 * RunStorage: the runs table and its tags, modelled on Dagster's RunStorage.
 * Status is never set directly: EventLogStorage.storeEvents moves it (see runs/run-status.ts).
 * Times are epoch seconds (floats), as Dagster's GraphQL serves them.
 * @module
 */
import type { RunStatus } from "./run-status";

export type RunTag = { key: string; value: string };

/** What a caller supplies to create a run. */
export type NewRun = {
  runId: string;
  jobName: string;
  /** Code location and repository the job came from (`__repository__` for Definitions-based locations). */
  locationName: string;
  repositoryName: string;
  runConfig: Record<string, unknown>;
  tags: Record<string, string>;
  opSelection?: string[] | null;
  stepKeysToExecute?: string[] | null;
  rootRunId?: string | null;
  parentRunId?: string | null;
  /** Id of the job snapshot the run was planned from. */
  snapshotId?: string | null;
  /** Initial status: NOT_STARTED for a run about to be submitted. */
  status?: RunStatus;
  /** Override the creation time (epoch seconds) — daemons pass their clock. */
  createTime?: number;
};

export type RunRecord = {
  runId: string;
  jobName: string;
  locationName: string;
  repositoryName: string;
  status: RunStatus;
  runConfig: Record<string, unknown>;
  tags: Record<string, string>;
  opSelection: string[] | null;
  stepKeysToExecute: string[] | null;
  rootRunId: string | null;
  parentRunId: string | null;
  snapshotId: string | null;
  createTime: number;
  updateTime: number;
  startTime: number | null;
  endTime: number | null;
};

/** Dagster's RunsFilter: every given criterion must hold; every tag must match. */
export type RunsFilter = {
  runIds?: string[];
  jobName?: string;
  statuses?: RunStatus[];
  tags?: RunTag[];
  snapshotId?: string;
  locationName?: string;
  updatedAfter?: number;
  updatedBefore?: number;
  createdAfter?: number;
  createdBefore?: number;
};

export type RunPage = {
  /** runId of the last run seen; the page holds runs older than it (newest first). */
  cursor?: string | null;
  limit?: number | null;
};

export interface RunStorage {
  /** Creates a run. Throws DagflareError RUN_CONFLICT if the id exists; nothing is written then. */
  addRun(run: NewRun): Promise<RunRecord>;
  getRun(runId: string): Promise<RunRecord | null>;
  /** Runs matching the filter, newest first, after the cursor run. An unknown cursor yields an empty page. */
  getRuns(filter?: RunsFilter, page?: RunPage): Promise<RunRecord[]>;
  getRunsCount(filter?: RunsFilter): Promise<number>;
  /** The run's root and every run sharing that root (re-executions), oldest first; null if unknown. */
  getRunGroup(runId: string): Promise<{ rootRunId: string; runs: RunRecord[] } | null>;
  /** Adds or overwrites tags on an existing run. */
  addRunTags(runId: string, tags: Record<string, string>): Promise<void>;
  /** Distinct tag keys across runs, sorted. */
  getRunTagKeys(): Promise<string[]>;
  /** Distinct values per key, optionally only for some keys and with a value prefix; at most `limit` values per key. */
  getRunTags(options?: {
    tagKeys?: string[];
    valuePrefix?: string;
    limit?: number;
  }): Promise<{ key: string; values: string[] }[]>;
  /** Deletes the run, its tags and its events. Returns false if no such run. */
  deleteRun(runId: string): Promise<boolean>;
  /**
   * Retention: ids of runs in `status` that ended before `endedBefore` (epoch seconds), oldest first, at
   * most `limit`, read from the (status, id) index.
   */
  getRunIdsToPurge(criteria: { status: RunStatus; endedBefore: number }, limit: number): Promise<string[]>;
  /** Deletes the runs with their tags and events, all together; returns how many runs there were. */
  deleteRuns(runIds: string[]): Promise<number>;
}
