/**
 * "12 s ago" / "in 3 m": how far a time is from now, kept current, with the exact local and UTC time on
 * hover. For heartbeats and reload times, where the distance matters more than the clock time.
 * @module
 */
import { useEffect, useState } from "react";
import { formatDuration, toDate } from "./timestamp";
import ui from "./ui.module.css";

/** The current time in epoch milliseconds, refreshed every `intervalMs`. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

const exactFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const utcFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

export function TimeAgo({ value, unit = "s" }: { value: number | null | undefined; unit?: "s" | "ms" }) {
  const now = useNow(5000);
  if (value === null || value === undefined) return <span className={ui.muted}>never</span>;
  const date = toDate(value, unit);
  const seconds = (now - date.getTime()) / 1000;
  const distance =
    Math.abs(seconds) < 1 ? "just now" : seconds > 0 ? `${roughly(seconds)} ago` : `in ${roughly(-seconds)}`;
  return (
    <time dateTime={date.toISOString()} title={`${exactFormat.format(date)} (${utcFormat.format(date)} UTC)`}>
      {distance}
    </time>
  );
}

/** Whole seconds under a minute ("42 s"), otherwise formatDuration's minutes and hours; days past two days. */
function roughly(seconds: number): string {
  if (seconds < 60) return `${Math.floor(seconds)} s`;
  if (seconds < 2 * 86_400) return formatDuration(seconds);
  return `${Math.floor(seconds / 86_400)} days`;
}
