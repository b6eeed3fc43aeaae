/**
 * Builds the events the coordinators and the dequeuer store for a run, stamped now.
 * @module
 */
import type { DagsterEventType, LogLevel } from "../events/event-types";
import { FAILURE_EVENT_TYPES } from "../events/event-types";
import type { EventData, NewEvent } from "../storage/event-log-storage";

export function runEvent(
  runId: string,
  eventType: DagsterEventType,
  message: string,
  data?: EventData,
): NewEvent {
  const level: LogLevel = FAILURE_EVENT_TYPES.has(eventType) || data?.error ? "ERROR" : "INFO";
  return { runId, timestamp: Date.now(), level, message, eventType, ...(data ? { data } : {}) };
}
