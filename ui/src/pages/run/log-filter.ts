/**
 * The event log's filter and its place in the URL (`?steps=a&levels=ERROR&type=STEP_FAILURE&q=boom`), so a
 * filtered log survives a reload. Steps come from the Gantt selection; levels default to all.
 * @module
 */
import type { RunEvent } from "./run-query";

export const LOG_LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] as const;

/** The event-type filter's value for plain log lines (events with no eventType). */
export const LOG_MESSAGE_TYPE = "LOG_MESSAGE";

export type LogFilter = {
  readonly steps: readonly string[];
  /** Levels shown; all of them when the URL names none. */
  readonly levels: ReadonlySet<string>;
  /** One event type, LOG_MESSAGE_TYPE, or null for every type. */
  readonly type: string | null;
  readonly query: string;
};

const KNOWN_LEVELS: ReadonlySet<string> = new Set(LOG_LEVELS);

export function logFilterFromSearch(search: URLSearchParams): LogFilter {
  const levels = search.getAll("levels").filter((level) => KNOWN_LEVELS.has(level));
  return {
    steps: search.getAll("steps"),
    levels: new Set(levels.length ? levels : LOG_LEVELS),
    type: search.get("type") || null,
    query: search.get("q") ?? "",
  };
}

export function logFilterToSearch(filter: LogFilter): Record<string, string | readonly string[] | undefined> {
  const allLevels = LOG_LEVELS.every((level) => filter.levels.has(level));
  return {
    steps: filter.steps,
    levels: allLevels ? undefined : LOG_LEVELS.filter((level) => filter.levels.has(level)),
    type: filter.type ?? undefined,
    q: filter.query || undefined,
  };
}

export function filterEvents(events: readonly RunEvent[], filter: LogFilter): readonly RunEvent[] {
  const steps = filter.steps.length ? new Set(filter.steps) : null;
  const query = filter.query.trim().toLowerCase();
  const allLevels = filter.levels.size === LOG_LEVELS.length;
  if (!steps && allLevels && !filter.type && !query) return events;
  return events.filter(
    (event) =>
      (!steps || (event.stepKey !== null && steps.has(event.stepKey))) &&
      (allLevels || filter.levels.has(event.level)) &&
      (!filter.type || (event.eventType ?? LOG_MESSAGE_TYPE) === filter.type) &&
      (!query || matches(event, query)),
  );
}

function matches(event: RunEvent, query: string): boolean {
  return (
    event.message.toLowerCase().includes(query) ||
    (event.stepKey?.toLowerCase().includes(query) ?? false) ||
    (event.eventType?.toLowerCase().includes(query) ?? false) ||
    (event.error?.message.toLowerCase().includes(query) ?? false)
  );
}
