/**
 * One line of the structured event log: time, level, event type, step and message. Lines with more to
 * say (a multi-line message, an error with its stack and causes, metadata, captured logs) expand in place.
 * @module
 */
import { PythonErrorDetails } from "../../components/python-error-details";
import { formatClock, formatUtc } from "./clock-time";
import type { MetadataEntry, RunEvent } from "./run-query";

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
  const expandable = firstLine !== event.message || Boolean(event.error) || Boolean(event.metadataEntries?.length) || event.eventType === "LOGS_CAPTURED";
  return (
    <div className={`event-row level-${event.level.toLowerCase()}${event.error ? " has-error" : ""}${expanded ? " expanded" : ""}`} role="row" aria-rowindex={event.index + 1}>
      <span className="event-time mono" role="cell" title={formatUtc(event.time)}>
        {formatClock(event.time)}
      </span>
      <span className="event-level" role="cell">
        {event.level}
      </span>
      <span className="event-type mono" role="cell">
        {event.eventType ?? <span className="muted">log</span>}
      </span>
      <span className="event-step" role="cell">
        {event.stepKey ? (
          <button type="button" className="link-button mono" onClick={() => onStep(event.stepKey as string)} title={`Show only ${event.stepKey}`}>
            {event.stepKey}
          </button>
        ) : null}
      </span>
      <span className="event-message" role="cell">
        {expandable ? (
          <button type="button" className="expander" aria-expanded={expanded} aria-label={expanded ? "Collapse" : "Expand"} onClick={onToggle}>
            {expanded ? "▾" : "▸"}
          </button>
        ) : null}
        {expanded ? <EventDetails event={event} onCapturedLogs={onCapturedLogs} /> : <span className="event-summary">{firstLine}</span>}
      </span>
    </div>
  );
}

function EventDetails({ event, onCapturedLogs }: { event: RunEvent; onCapturedLogs: (stepKey: string) => void }) {
  const capturedStep = event.stepKeys?.[0] ?? event.stepKey;
  return (
    <span className="event-details">
      <pre>{event.message}</pre>
      {event.error ? (
        <>
          <PythonErrorDetails error={event.error} />
          {(event.error.causes ?? []).map((cause, index) => (
            <span key={index} className="event-cause">
              <span className="muted">The above was caused by:</span>
              <PythonErrorDetails error={cause} />
            </span>
          ))}
        </>
      ) : null}
      {event.metadataEntries?.length ? (
        <dl className="event-metadata">
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
  return <span className="mono">{value === undefined || value === null ? "—" : String(value)}</span>;
}
