/**
 * Wall-clock arithmetic in IANA time zones through `Intl`, which both Node and workerd ship with full
 * time zone data. A "wall-clock ms" is a local date-time encoded as if it were UTC, so it can be fed to
 * a cron matcher that runs in UTC without any DST of its own.
 * @module
 */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    // h23 keeps midnight as 00 (some engines print 24 with hour12: false).
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** True when `timezone` is an IANA name (or alias) this runtime knows. Never throws. */
export function isValidTimezone(timezone: string): boolean {
  try {
    formatterFor(timezone);
    return true;
  } catch {
    return false;
  }
}

/** The local date-time at `epochMs` in `timezone`, encoded as UTC ms (seconds precision). */
export function wallClockMs(timezone: string, epochMs: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(epochMs))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const field = (name: string): number => fields[name] ?? 0;
  return Date.UTC(
    field("year"),
    field("month") - 1,
    field("day"),
    field("hour"),
    field("minute"),
    field("second"),
  );
}

function offsetMs(timezone: string, epochMs: number): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockMs(timezone, wholeSecond) - wholeSecond;
}

/**
 * The instant at which the local date-time `wallMs` happens in `timezone`, with Dagster's DST rules:
 * a time that occurs twice (fall back) resolves to its second occurrence, and a time that does not
 * exist (spring forward) resolves to the first instant after the gap (02:30 → 03:00).
 * Assumes at most one offset change within a day of `wallMs`, as every real zone does.
 */
export function resolveWallClock(timezone: string, wallMs: number): number {
  const offsetBefore = offsetMs(timezone, wallMs - DAY_MS);
  const offsetAfter = offsetMs(timezone, wallMs + DAY_MS);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter, wallMs - offsetMs(timezone, wallMs)];
  const matching = candidates.filter((instant) => wallClockMs(timezone, instant) === wallMs);
  if (matching.length > 0) return Math.max(...matching);
  // In a gap: the transition instant lies between the two readings; find it by bisection.
  let low = wallMs - offsetAfter;
  let high = wallMs - offsetBefore;
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (offsetMs(timezone, middle) === offsetAfter) high = middle;
    else low = middle;
  }
  return high;
}
