/**
 * The run's structured event log: every event with its time, level, type, step and message, filtered
 * by level, event type, step (the Gantt selection) and free text, windowed so thousands of events stay
 * responsive. While the run is live a viewer at the bottom follows new events.
 * @module
 */
import { useCallback, useMemo, useState } from "react";
import { VirtualList } from "../../components/virtual-list";
import { EventRow } from "./event-row";
import { filterEvents, LOG_LEVELS, LOG_MESSAGE_TYPE, type LogFilter } from "./log-filter";
import type { RunEvent } from "./run-query";
import { cx } from "../../components/class-names";
import ui from "../../components/ui.module.css";
import styles from "./run.module.css";

const ROW_HEIGHT = 30;
/** Tall enough to read a long log at 1280×800; a short log gets a short box (with room to expand a line). */
const logHeight = (rows: number) =>
  `min(max(360px, calc(100vh - 240px)), ${Math.max(160, (rows + 1) * ROW_HEIGHT + 140)}px)`;

export function EventLog({
  events,
  filter,
  onFilter,
  live,
  loading,
  onCapturedLogs,
}: {
  events: readonly RunEvent[];
  filter: LogFilter;
  onFilter: (next: LogFilter) => void;
  live: boolean;
  loading: boolean;
  onCapturedLogs: (stepKey: string) => void;
}) {
  const shown = useMemo(() => filterEvents(events, filter), [events, filter]);
  const types = useMemo(
    () => [...new Set(events.flatMap((event) => (event.eventType ? [event.eventType] : [])))].sort(),
    [events],
  );
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const rowKey = useCallback((event: RunEvent) => String(event.index), []);
  const toggleLevel = (level: string) => {
    const levels = new Set(filter.levels);
    if (!levels.delete(level)) levels.add(level);
    onFilter({ ...filter, levels });
  };

  return (
    <div>
      <div className={`${ui.toolbar} ${styles.toolbar} ${styles.logToolbar}`}>
        <fieldset className={styles.levelToggles}>
          <legend className={ui.srOnly}>Levels shown</legend>
          {LOG_LEVELS.map((level) => (
            <label
              key={level}
              className={cx(ui.check, styles.levelToggle, styles[`level-${level.toLowerCase()}`])}
            >
              <input type="checkbox" checked={filter.levels.has(level)} onChange={() => toggleLevel(level)} />
              {level}
            </label>
          ))}
        </fieldset>
        <label>
          Event type
          <select
            value={filter.type ?? ""}
            onChange={(event) => onFilter({ ...filter, type: event.target.value || null })}
          >
            <option value="">All event types</option>
            <option value={LOG_MESSAGE_TYPE}>Log messages</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.logSearch}>
          Search
          <input
            type="search"
            value={filter.query}
            onChange={(event) => onFilter({ ...filter, query: event.target.value })}
            placeholder="Filter messages…"
          />
        </label>
        {filter.steps.length ? (
          <span className={styles.stepFilter}>
            Steps: <span className={ui.mono}>{filter.steps.join(", ")}</span>
            <button
              type="button"
              className={`${ui.linkButton} ${styles.linkButton}`}
              onClick={() => onFilter({ ...filter, steps: [] })}
            >
              Show all steps
            </button>
          </span>
        ) : null}
        <span className={`${ui.muted} ${styles.muted} ${styles.logCount}`} aria-live="polite">
          {shown.length === events.length
            ? `${events.length.toLocaleString()} events`
            : `${shown.length.toLocaleString()} of ${events.length.toLocaleString()} events`}
          {loading ? " (loading…)" : ""}
        </span>
      </div>
      <VirtualList
        items={shown}
        rowKey={rowKey}
        estimatedRowHeight={ROW_HEIGHT}
        height={logHeight(shown.length)}
        followEnd={live}
        role="table"
        aria-label="Event log"
        aria-rowcount={events.length}
        className={styles.eventList}
        header={
          <div className={`${styles.eventRow} ${styles.eventHead}`} role="row">
            <span role="columnheader">Time</span>
            <span role="columnheader">Level</span>
            <span role="columnheader">Event</span>
            <span role="columnheader">Step</span>
            <span role="columnheader">Message</span>
          </div>
        }
        empty={
          <p className={`${ui.muted} ${styles.muted} ${styles.logEmpty}`}>
            {events.length === 0
              ? loading
                ? "Loading events…"
                : "No events yet."
              : "No events match the filters."}
          </p>
        }
        renderRow={(event) => (
          <EventRow
            event={event}
            expanded={expanded.has(event.index)}
            onToggle={() => toggle(event.index)}
            onStep={(stepKey) => onFilter({ ...filter, steps: [stepKey] })}
            onCapturedLogs={onCapturedLogs}
          />
        )}
      />
    </div>
  );
}
