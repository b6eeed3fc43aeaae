/** A run, step or tick status as a coloured pill; the colours are shared with the Gantt chart (styles.css). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status.toLowerCase()}`}>{status.replaceAll("_", " ")}</span>;
}
