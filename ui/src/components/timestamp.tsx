import ui from "./ui.module.css";
/**
 * Times are shown in the browser's timezone, with the UTC time on hover, as the issue asks. Server times
 * arrive as epoch seconds (Dagster's GraphQL) or milliseconds; say which.
 */
const localFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const utcFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

export function toDate(value: number, unit: "s" | "ms"): Date {
  return new Date(unit === "s" ? value * 1000 : value);
}

export function Timestamp({ value, unit = "s" }: { value: number | null | undefined; unit?: "s" | "ms" }) {
  if (value === null || value === undefined) return <span className={ui.muted}>—</span>;
  const date = toDate(value, unit);
  return (
    <time dateTime={date.toISOString()} title={`${utcFormat.format(date)} UTC`}>
      {localFormat.format(date)}
    </time>
  );
}

/** "1.2 s", "3 m 04 s", "2 h 05 m": durations in seconds, as run and step lists show them. */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} m ${String(Math.floor(seconds % 60)).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} m`;
}

export function Duration({
  start,
  end,
}: {
  start: number | null | undefined;
  end: number | null | undefined;
}) {
  if (start === null || start === undefined) return <span className={ui.muted}>—</span>;
  const stop = end ?? Date.now() / 1000;
  return (
    <span className={end ? undefined : ui.runningDuration}>{formatDuration(Math.max(0, stop - start))}</span>
  );
}
