/**
 * Builds a run's events with Dagster's levels: structured events at DEBUG, failures at ERROR, user
 * log lines at their own level.
 * @module
 */
import { FAILURE_EVENT_TYPES, type DagsterEventType, type LogLevel } from "../events/event-types";
import type { EventData } from "../storage/event-log-storage";
import type { ExecutionContext } from "./executor";

export type EventOptions = {
  stepKey?: string;
  data?: EventData;
  level?: LogLevel;
  /** Epoch milliseconds; defaults to now. */
  timestamp?: number;
  /**
   * For an event a resumed run worker may emit again (its run's start and end): the same key every time,
   * so storage keeps one copy. Other events get their writer's key.
   */
  idempotencyKey?: string;
};

/** Queues one event of the run on the context's EventWriter. */
export function emitEvent(
  context: Pick<ExecutionContext, "runId" | "events" | "now">,
  eventType: DagsterEventType | null,
  message: string,
  options: EventOptions = {},
): void {
  const defaultLevel: LogLevel =
    eventType !== null && FAILURE_EVENT_TYPES.has(eventType)
      ? "ERROR"
      : eventType === null
        ? "INFO"
        : "DEBUG";
  context.events.write({
    runId: context.runId,
    timestamp: options.timestamp ?? context.now(),
    level: options.level ?? defaultLevel,
    message,
    eventType,
    stepKey: options.stepKey ?? null,
    data: options.data ?? null,
    ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
  });
}

/** `850ms`, `1.25s`, `2m 5s`: how Dagster words step and executor durations. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)}s`;
  return `${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`;
}
