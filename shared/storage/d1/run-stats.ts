/**
 * Run stats (Dagster's RunStatsSnapshot) from per-event-type counts and latest timestamps of one run.
 * @module
 */
import type { DagsterEventType } from "../../events/event-types";
import type { RunStats } from "../event-log-storage";
import { epochSeconds } from "./sql-helpers";

/** The event types run stats are computed from; the storage aggregates only these. */
export const RUN_STATS_EVENT_TYPES = [
  "STEP_SUCCESS",
  "STEP_FAILURE",
  "ASSET_MATERIALIZATION",
  "RUN_ENQUEUED",
  "RUN_STARTING",
  "RUN_START",
  "RUN_SUCCESS",
  "RUN_FAILURE",
  "RUN_CANCELED",
] as const satisfies readonly DagsterEventType[];

export type EventTypeAggregate = {
  eventType: DagsterEventType | null;
  count: number;
  /** Epoch milliseconds of the latest event of that type. */
  lastTimestamp: number | null;
};

/** Expectations stay 0: Dagflare has no STEP_EXPECTATION_RESULT event. */
export function runStatsFromAggregates(runId: string, aggregates: readonly EventTypeAggregate[]): RunStats {
  const byType = new Map(aggregates.map((aggregate) => [aggregate.eventType, aggregate]));
  const countOf = (type: DagsterEventType): number => byType.get(type)?.count ?? 0;
  const lastTimeOf = (...types: DagsterEventType[]): number | null => {
    const times = types.flatMap((type) => byType.get(type)?.lastTimestamp ?? []);
    return times.length === 0 ? null : epochSeconds(Math.max(...times));
  };
  return {
    runId,
    stepsSucceeded: countOf("STEP_SUCCESS"),
    stepsFailed: countOf("STEP_FAILURE"),
    materializations: countOf("ASSET_MATERIALIZATION"),
    expectations: 0,
    enqueuedTime: lastTimeOf("RUN_ENQUEUED"),
    launchTime: lastTimeOf("RUN_STARTING"),
    startTime: lastTimeOf("RUN_START"),
    endTime: lastTimeOf("RUN_SUCCESS", "RUN_FAILURE", "RUN_CANCELED"),
  };
}
