/**
 * Cron schedules as Dagster evaluates them: 5-field crons (croniter semantics) plus nicknames, executed
 * in an IANA time zone with Dagster's DST rules. croner does the pattern matching; DST is handled here,
 * because croner runs a fixed time that occurs twice at its FIRST occurrence while Dagster runs it at
 * the second.
 * @module
 */
import { Cron } from "croner";
import { DagflareError } from "../errors/dagflare-error";
import { isValidTimezone, resolveWallClock, wallClockMs } from "./time-zone";

export { isValidTimezone } from "./time-zone";

const NICKNAMES: Readonly<Record<string, string>> = {
  "@hourly": "0 * * * *",
  "@daily": "0 0 * * *",
  "@weekly": "0 0 * * 0",
  "@monthly": "0 0 1 * *",
  "@yearly": "0 0 1 1 *",
};
const FIELD_NAMES = "minute hour day-of-month month day-of-week";
/** Wider than any DST shift, so no wall-clock time that maps after the reference is missed. */
const LOOKBACK_MS = 3 * 3_600_000;

/** The 5-field form of a cron expression (nicknames expanded, `?` read as `*` like croniter). */
function toFields(expression: string): string[] {
  const trimmed = expression.trim();
  return (NICKNAMES[trimmed] ?? trimmed).replaceAll("?", "*").split(/\s+/);
}

function buildCron(fields: readonly string[], timezone: string): Cron {
  return new Cron(fields.join(" "), { timezone, paused: true, mode: "5-part", domAndDow: false });
}

/**
 * Checks a cron expression: five fields (`minute hour day-of-month month day-of-week`) or one of
 * @hourly, @daily, @weekly, @monthly, @yearly.
 * @throws DagflareError INVALID_DEFINITION with a message quoting the expression and what is wrong.
 */
export function validateCronSchedule(expression: string): void {
  const fields = toFields(expression);
  const problem =
    fields.length !== 5
      ? `expected 5 fields (${FIELD_NAMES}) or one of ${Object.keys(NICKNAMES).join(", ")}, got ${fields.length} field(s)`
      : patternProblem(fields);
  if (problem !== undefined)
    throw new DagflareError("INVALID_DEFINITION", `Invalid cron schedule "${expression}": ${problem}`);
}

function patternProblem(fields: readonly string[]): string | undefined {
  try {
    buildCron(fields, "UTC");
    return undefined;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/^CronPattern:\s*/, "");
  }
}

/**
 * Execution times of `expression` in `timezone` strictly after `afterEpochSeconds`, ascending, in epoch
 * seconds. Schedules with a wildcard hour (hourly, every minute...) run at every real occurrence, so
 * both 02:30s of a fall-back day; the others run each local time once: at its second occurrence when
 * it happens twice, and at the end of the gap (03:00 for 02:30) when it does not exist.
 * The iterator ends only for a pattern that never matches again (e.g. 30 February).
 * @throws DagflareError INVALID_DEFINITION for an invalid expression or an unknown time zone.
 */
export function* cronTicksAfter(
  expression: string,
  timezone: string,
  afterEpochSeconds: number,
): Generator<number, void, undefined> {
  validateCronSchedule(expression);
  if (!isValidTimezone(timezone))
    throw new DagflareError(
      "INVALID_DEFINITION",
      `Unknown time zone "${timezone}" (expected an IANA name like "Europe/Berlin")`,
    );
  const fields = toFields(expression);
  const afterMs = afterEpochSeconds * 1000;
  if (fields[1] === "*") {
    const cron = buildCron(fields, timezone);
    for (let next = cron.nextRun(new Date(afterMs)); next; next = cron.nextRun(next))
      yield next.getTime() / 1000;
    return;
  }
  // Match local times in UTC (which has no DST), then place each on the time line with Dagster's rules.
  const cron = buildCron(fields, "UTC");
  let latest = afterMs;
  for (
    let local = cron.nextRun(new Date(wallClockMs(timezone, afterMs) - LOOKBACK_MS));
    local;
    local = cron.nextRun(local)
  ) {
    const instant = resolveWallClock(timezone, local.getTime());
    // Strictly increasing also drops a second local time that lands on the same gap end.
    if (instant > latest) {
      latest = instant;
      yield instant / 1000;
    }
  }
}

/** The next `count` execution times after `afterEpochSeconds` (see {@link cronTicksAfter}). */
export function cronTickTimes(
  expression: string,
  timezone: string,
  afterEpochSeconds: number,
  count: number,
): number[] {
  return takeWhile(cronTicksAfter(expression, timezone, afterEpochSeconds), (_, index) => index < count);
}

/** Execution times in (`afterEpochSeconds`, `untilEpochSeconds`], ascending: the ticks a scheduler owes. */
export function cronTickTimesBetween(
  expression: string,
  timezone: string,
  afterEpochSeconds: number,
  untilEpochSeconds: number,
): number[] {
  return takeWhile(
    cronTicksAfter(expression, timezone, afterEpochSeconds),
    (tick) => tick <= untilEpochSeconds,
  );
}

function takeWhile(ticks: Iterable<number>, keep: (tick: number, index: number) => boolean): number[] {
  const taken: number[] = [];
  for (const tick of ticks) {
    if (!keep(tick, taken.length)) break;
    taken.push(tick);
  }
  return taken;
}
