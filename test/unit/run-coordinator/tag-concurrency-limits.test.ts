import { describe, expect, it } from "vitest";
import type { TagConcurrencyLimit } from "../../../shared/config/run-coordinator-config";
import { TagConcurrencyCounter } from "../../../shared/run-coordinator/tag-concurrency-limits";

const run = (tags: Record<string, string>) => ({ tags });
const limit = (key: string, max: number, extra: Partial<TagConcurrencyLimit> = {}): TagConcurrencyLimit => ({
  key,
  perUniqueValue: false,
  limit: max,
  ...extra,
});

describe("TagConcurrencyCounter", () => {
  it("limits runs with key=value when the limit has a value, ignoring other values of the key", () => {
    const counter = new TagConcurrencyCounter([limit("team", 2, { value: "data" })], [run({ team: "data" })]);
    expect(counter.isBlocked(run({ team: "data" }))).toBe(false);
    counter.add(run({ team: "data" }));
    expect(counter.isBlocked(run({ team: "data" }))).toBe(true);
    expect(counter.isBlocked(run({ team: "ml" }))).toBe(false);
    expect(counter.isBlocked(run({}))).toBe(false);
  });

  it("counts every value of the key against one shared limit when the limit has no value", () => {
    const counter = new TagConcurrencyCounter([limit("database", 2)], [run({ database: "a" })]);
    expect(counter.isBlocked(run({ database: "b" }))).toBe(false);
    counter.add(run({ database: "b" }));
    expect(counter.isBlocked(run({ database: "c" }))).toBe(true);
    expect(counter.isBlocked(run({ other: "c" }))).toBe(false);
  });

  it("gives each distinct value its own limit with perUniqueValue", () => {
    const counter = new TagConcurrencyCounter(
      [limit("dagster/backfill", 1, { perUniqueValue: true })],
      [run({ "dagster/backfill": "b1" })],
    );
    expect(counter.isBlocked(run({ "dagster/backfill": "b1" }))).toBe(true);
    expect(counter.isBlocked(run({ "dagster/backfill": "b2" }))).toBe(false);
    counter.add(run({ "dagster/backfill": "b2" }));
    expect(counter.isBlocked(run({ "dagster/backfill": "b2" }))).toBe(true);
    expect(counter.isBlocked(run({ "dagster/backfill": "b3" }))).toBe(false);
  });

  it("blocks a run when any one of its tags is at its limit", () => {
    const counter = new TagConcurrencyCounter(
      [limit("team", 5), limit("database", 1, { value: "prod" })],
      [run({ team: "a", database: "prod" })],
    );
    expect(counter.isBlocked(run({ team: "b", database: "prod" }))).toBe(true);
    expect(counter.isBlocked(run({ team: "b", database: "dev" }))).toBe(false);
  });

  it("blocks everything a zero limit matches", () => {
    const counter = new TagConcurrencyCounter([limit("team", 0, { value: "frozen" })]);
    expect(counter.isBlocked(run({ team: "frozen" }))).toBe(true);
    expect(counter.isBlocked(run({ team: "live" }))).toBe(false);
  });

  it("lets a later limit for the same tag replace an earlier one, as Dagster's dict does", () => {
    const counter = new TagConcurrencyCounter(
      [limit("team", 1), limit("team", 3)],
      [run({ team: "a" }), run({ team: "b" })],
    );
    expect(counter.isBlocked(run({ team: "c" }))).toBe(false);
  });
});
