/**
 * Runs resolve over the stored run record; a page of runs keeps its filter so `count` is read only when asked.
 * @module
 */
import type { RunRecord, RunsFilter } from "../../../../shared/storage/run-storage";

export type RunMapper = RunRecord;
export type RunsMapper = { filter: RunsFilter; runs: RunRecord[] };
