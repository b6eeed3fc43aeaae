/**
 * One line of the structured event log: time, level, event type, step and message. Lines with more to
 * say (a multi-line message, an error with its stack and causes, metadata, captured logs) expand in place.
 * @module
 */
import { PythonErrorDetails } from "../../components/python-error-details";
import { formatClock, formatUtc } from "./clock-time";
import type { MetadataEntry, RunEvent } from "./run-query";
import { cx } from "../../components/class-names";
import ui from "../../components/ui.module.css";
import styles from "./run.module.css";

export function EventRow({
  event,
  expanded,
  onToggle,
  onStep,
  onCapturedLogs,
}: {
  event: RunEvent;
  expanded: boolean;
  onToggle: () => void;
  onStep: (stepKey: string) => void;
  onCapturedLogs: (stepKey: string) => void;
}) {
  const [firstLine = ""] = event.message.split("\n", 1);
  const expandable =
    firstLine !== event.message ||
    Boolean(event.error) ||
    Boolean(event.metadataEntries?.length) ||
    event.eventType === "LOGS_CAPTURED";
  return (
    <div
      className={cx(
        styles.eventRow,
        styles[`level-${event.level.toLowerCase()}`],
        event.error && styles.hasError,
      )}
      role="row"
      aria-rowindex={event.index + 1}
    >
      <span className={`${styles.eventTime} ${ui.mono}`} role="cell" title={formatUtc(event.time)}>
        {formatClock(event.time)}
      </span>
      <span className={styles.eventLevel} role="cell">
        {event.level}
      </span>
      <span className={`${styles.eventType} ${ui.mono}`} role="cell">
        {event.eventType ?? <span className={`${ui.muted} ${styles.muted}`}>log</span>}
      </span>
      <span className={styles.eventStep} role="cell" data-testid="event-step">
        {event.stepKey ? (
          <button
            type="button"
            className={`${ui.linkButton} ${styles.linkButton} ${ui.mono}`}
            onClick={() => onStep(event.stepKey as string)}
            title={`Show only ${event.stepKey}`}
          >
            {event.stepKey}
          </button>
        ) : null}
      </span>
      <span className={styles.eventMessage} role="cell">
        {expandable ? (
          <button
            type="button"
            className={styles.expander}
            aria-expanded={expanded}
            aria-label={expanded ? "Collapse" : "Expand"}
            onClick={onToggle}
          >
            {expanded ? "▾" : "▸"}
          </button>
        ) : null}
        {expanded ? (
          <EventDetails event={event} onCapturedLogs={onCapturedLogs} />
        ) : (
          <span className={styles.eventSummary}>{firstLine}</span>
        )}
      </span>
    </div>
  );
}

function EventDetails({
  event,
  onCapturedLogs,
}: {
  event: RunEvent;
  onCapturedLogs: (stepKey: string) => void;
}) {
  const capturedStep = event.stepKeys?.[0] ?? event.stepKey;
  return (
    <span className={styles.eventDetails}>
      <pre>{event.message}</pre>
      {event.error ? (
        <>
          <PythonErrorDetails error={event.error} />
          {(event.error.causes ?? []).map((cause, index) => (
            <span key={index} className={styles.eventCause}>
              <span className={`${ui.muted} ${styles.muted}`}>The above was caused by:</span>
              <PythonErrorDetails error={cause} />
            </span>
          ))}
        </>
      ) : null}
      {event.metadataEntries?.length ? (
        <dl className={styles.eventMetadata}>
          {event.metadataEntries.map((entry) => (
            <span key={entry.label}>
              <dt>{entry.label}</dt>
              <dd>
                <MetadataValue entry={entry} />
              </dd>
            </span>
          ))}
        </dl>
      ) : null}
      {event.eventType === "LOGS_CAPTURED" && capturedStep ? (
        <button type="button" onClick={() => onCapturedLogs(capturedStep)}>
          View stdout / stderr of {event.stepKeys?.join(", ") || capturedStep}
        </button>
      ) : null}
    </span>
  );
}

function MetadataValue({ entry }: { entry: MetadataEntry }) {
  if (entry.url !== undefined) {
    return (
      <a href={entry.url} target="_blank" rel="noreferrer">
        {entry.url}
      </a>
    );
  }
  const value = entry.text ?? entry.intRepr ?? entry.floatValue ?? entry.boolValue ?? entry.jsonString;
  return <span className={ui.mono}>{value === undefined || value === null ? "—" : String(value)}</span>;
}
