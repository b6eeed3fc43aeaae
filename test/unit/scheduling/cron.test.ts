import { describe, expect, it } from "vitest";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import {
  cronTickTimes,
  cronTickTimesBetween,
  isValidTimezone,
  validateCronSchedule,
} from "../../../shared/scheduling/cron";

const seconds = (iso: string): number => Date.parse(iso) / 1000;
const iso = (epochSeconds: number): string =>
  new Date(epochSeconds * 1000).toISOString().replace(".000Z", "Z");
const ticks = (cron: string, timezone: string, after: string, count: number): string[] =>
  cronTickTimes(cron, timezone, seconds(after), count).map(iso);
const between = (cron: string, timezone: string, after: string, until: string): number[] =>
  cronTickTimesBetween(cron, timezone, seconds(after), seconds(until));

// Europe/Berlin in 2026: clocks go 02:00 → 03:00 on 29 March (at 01:00Z) and 03:00 → 02:00 on 25 October (at 01:00Z).

describe("validateCronSchedule", () => {
  it.each([
    "* * * * *",
    "*/15 9-17 * * 1-5",
    "0 0 1 JAN *",
    "30 2 * * SUN",
    "@hourly",
    "@daily",
    "@weekly",
    "@monthly",
    "@yearly",
  ])("accepts %s", (cron) => {
    expect(() => validateCronSchedule(cron)).not.toThrow();
  });

  it.each([
    ["* * * *", /Invalid cron schedule "\* \* \* \*": expected 5 fields .* got 4/],
    ["0 0 * * * *", /expected 5 fields .* got 6/],
    ["61 * * * *", /Invalid cron schedule "61 \* \* \* \*": .*minute/],
    ["* 24 * * *", /hour/],
    ["@every_day", /Invalid cron schedule "@every_day": expected 5 fields .*@hourly/],
  ])("rejects %s with a message saying what is wrong", (cron, message) => {
    const attempt = () => validateCronSchedule(cron);
    expect(attempt).toThrow(DagflareError);
    expect(attempt).toThrow(message);
  });
});

describe("isValidTimezone", () => {
  it("knows IANA names", () => {
    expect(isValidTimezone("UTC")).toBe(true);
    expect(isValidTimezone("Europe/Berlin")).toBe(true);
    expect(isValidTimezone("America/New_York")).toBe(true);
  });
  it("rejects unknown names", () => {
    expect(isValidTimezone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimezone("Europe/Berlinn")).toBe(false);
  });
});

describe("cronTickTimes in UTC", () => {
  it("returns times strictly after the reference", () => {
    expect(ticks("* * * * *", "UTC", "2026-01-01T00:00:00Z", 3)).toEqual([
      "2026-01-01T00:01:00Z",
      "2026-01-01T00:02:00Z",
      "2026-01-01T00:03:00Z",
    ]);
    expect(ticks("* * * * *", "UTC", "2026-01-01T00:00:30Z", 1)).toEqual(["2026-01-01T00:01:00Z"]);
  });
  it("expands nicknames", () => {
    expect(ticks("@daily", "UTC", "2026-01-01T00:00:00Z", 2)).toEqual([
      "2026-01-02T00:00:00Z",
      "2026-01-03T00:00:00Z",
    ]);
    expect(ticks("@weekly", "UTC", "2026-01-01T00:00:00Z", 1)).toEqual(["2026-01-04T00:00:00Z"]);
  });
  it("uses Dagster's OR between day-of-month and day-of-week", () => {
    // 1 February 2026 is a Sunday, 2 February a Monday.
    expect(ticks("0 0 1 * 1", "UTC", "2026-01-26T00:00:00Z", 2)).toEqual([
      "2026-02-01T00:00:00Z",
      "2026-02-02T00:00:00Z",
    ]);
  });
  it("lists the ticks owed in (after, until]", () => {
    expect(between("0 * * * *", "UTC", "2026-01-01T00:00:00Z", "2026-01-01T03:00:00Z").map(iso)).toEqual([
      "2026-01-01T01:00:00Z",
      "2026-01-01T02:00:00Z",
      "2026-01-01T03:00:00Z",
    ]);
  });
  it("throws INVALID_DEFINITION for an unknown time zone", () => {
    expect(() => cronTickTimes("* * * * *", "Mars/Olympus_Mons", 0, 1)).toThrow(
      /Unknown time zone "Mars\/Olympus_Mons"/,
    );
  });
});

describe("Europe/Berlin every minute", () => {
  it("runs every real minute across spring forward (01:59 is followed by 03:00)", () => {
    expect(ticks("* * * * *", "Europe/Berlin", "2026-03-29T00:58:00Z", 3)).toEqual([
      "2026-03-29T00:59:00Z",
      "2026-03-29T01:00:00Z",
      "2026-03-29T01:01:00Z",
    ]);
    expect(
      between("* * * * *", "Europe/Berlin", "2026-03-29T00:00:00Z", "2026-03-29T02:00:00Z"),
    ).toHaveLength(120);
  });
  it("runs every real minute across fall back (both passes of 02:xx)", () => {
    const owed = between("* * * * *", "Europe/Berlin", "2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z");
    expect(owed).toHaveLength(120);
    expect(new Set(owed).size).toBe(120);
  });
});

describe("DST: a daily time", () => {
  it("that does not exist (02:30 on spring-forward day) runs at the next existing time, 03:00", () => {
    expect(ticks("30 2 * * *", "Europe/Berlin", "2026-03-28T12:00:00Z", 2)).toEqual([
      "2026-03-29T01:00:00Z",
      "2026-03-30T00:30:00Z",
    ]);
  });
  it("that happens twice (02:30 on fall-back day) runs once, at the second occurrence", () => {
    expect(ticks("30 2 * * *", "Europe/Berlin", "2026-10-24T12:00:00Z", 2)).toEqual([
      "2026-10-25T01:30:00Z",
      "2026-10-26T01:30:00Z",
    ]);
    // Between the two occurrences, the second one is still owed.
    expect(ticks("30 2 * * *", "Europe/Berlin", "2026-10-25T00:45:00Z", 1)).toEqual(["2026-10-25T01:30:00Z"]);
  });
  it("in the gap with several minutes runs once at the gap's end", () => {
    expect(ticks("*/30 2 * * *", "Europe/Berlin", "2026-03-28T12:00:00Z", 2)).toEqual([
      "2026-03-29T01:00:00Z",
      "2026-03-30T00:00:00Z",
    ]);
  });
  it("in another zone follows the same rules (America/New_York midnight stays midnight)", () => {
    expect(ticks("0 0 * * *", "America/New_York", "2026-03-07T12:00:00Z", 2)).toEqual([
      "2026-03-08T05:00:00Z",
      "2026-03-09T04:00:00Z",
    ]);
  });
});

describe("DST: an hourly schedule", () => {
  it("runs every real hour on fall-back day, both 02:30s included", () => {
    expect(ticks("30 * * * *", "Europe/Berlin", "2026-10-24T22:00:00Z", 5)).toEqual([
      "2026-10-24T22:30:00Z", // 00:30 CEST
      "2026-10-24T23:30:00Z", // 01:30 CEST
      "2026-10-25T00:30:00Z", // 02:30 CEST
      "2026-10-25T01:30:00Z", // 02:30 CET
      "2026-10-25T02:30:00Z", // 03:30 CET
    ]);
  });
  it("runs every real hour on spring-forward day (there is no 02:30)", () => {
    expect(ticks("30 * * * *", "Europe/Berlin", "2026-03-28T23:00:00Z", 3)).toEqual([
      "2026-03-28T23:30:00Z", // 00:30 CET
      "2026-03-29T00:30:00Z", // 01:30 CET
      "2026-03-29T01:30:00Z", // 03:30 CEST
    ]);
  });
});
