import ui from "../../components/ui.module.css";
/**
 * A schedule's time in the schedule's own timezone (cron ticks are defined there), with the browser's
 * local time on hover. Without a timezone the schedule runs in UTC, as Dagster's do.
 * @module
 */
// dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
const PARTS = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
} as const;
const localFormat = new Intl.DateTimeFormat(undefined, PARTS);
const zonedFormats = new Map<string, Intl.DateTimeFormat>();

function zonedFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zonedFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(undefined, { ...PARTS, timeZone });
    } catch {
      // A zone this browser does not know: say so through UTC rather than break the page.
      format = new Intl.DateTimeFormat(undefined, { ...PARTS, timeZone: "UTC" });
    }
    zonedFormats.set(timeZone, format);
  }
  return format;
}

export function ZonedTime({
  value,
  timeZone,
}: {
  value: number | null | undefined;
  timeZone: string | null;
}) {
  if (value === null || value === undefined) return <span className={ui.muted}>—</span>;
  const date = new Date(value * 1000);
  return (
    <time dateTime={date.toISOString()} title={`Your time: ${localFormat.format(date)}`}>
      {zonedFormat(timeZone ?? "UTC").format(date)}
    </time>
  );
}
