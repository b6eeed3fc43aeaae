import { describe, expect, it } from "vitest";
import type { TagConcurrencyLimit } from "../../../shared/config/run-coordinator-config";
import {
  runPriority,
  selectRunsToDequeue,
  type DequeueLimits,
} from "../../../shared/run-coordinator/dequeue-runs";

type TestRun = { runId: string; tags: Record<string, string> };

const queued = (...tagsList: Record<string, string>[]): TestRun[] =>
  tagsList.map((tags, index) => ({ runId: `r${index}`, tags }));
const ids = (runs: readonly TestRun[]) => runs.map((run) => run.runId);
const limits = (
  maxConcurrentRuns: number,
  tagConcurrencyLimits: TagConcurrencyLimit[] = [],
): DequeueLimits => ({ maxConcurrentRuns, tagConcurrencyLimits });
const priority = (value: string) => ({ "dagster/priority": value });

describe("selectRunsToDequeue", () => {
  it("starts higher dagster/priority first and keeps FIFO within a priority", () => {
    const runs = queued({}, priority("5"), priority("-1"), {}, priority("5"), priority("0"));
    expect(ids(selectRunsToDequeue(runs, [], limits(-1)))).toEqual(["r1", "r4", "r0", "r3", "r5", "r2"]);
  });

  it("reads a priority as Python's int() does and treats anything else as 0", () => {
    expect(
      [" 7 ", "+3", "-2", "1.5", "high", ""].map((value) => runPriority({ tags: priority(value) })),
    ).toEqual([7, 3, -2, 0, 0, 0]);
    const runs = queued(priority("1.5"), priority("high"), priority("1"));
    expect(ids(selectRunsToDequeue(runs, [], limits(-1)))).toEqual(["r2", "r0", "r1"]);
  });

  it("starts at most max_concurrent_runs minus the runs in progress", () => {
    const runs = queued({}, {}, {}, {});
    expect(ids(selectRunsToDequeue(runs, queued({}), limits(3)))).toEqual(["r0", "r1"]);
    expect(selectRunsToDequeue(runs, queued({}, {}, {}, {}), limits(3))).toEqual([]);
  });

  it("starts nothing with max_concurrent_runs 0 and everything with -1", () => {
    const runs = queued({}, {}, {});
    expect(selectRunsToDequeue(runs, [], limits(0))).toEqual([]);
    expect(ids(selectRunsToDequeue(runs, queued({}, {}, {}, {}, {}), limits(-1)))).toEqual([
      "r0",
      "r1",
      "r2",
    ]);
  });

  it("skips runs a tag limit blocks and fills the capacity with later runs", () => {
    const runs = queued({ team: "data" }, { team: "data" }, { team: "ml" }, {}, {});
    const tagLimits: TagConcurrencyLimit[] = [
      { key: "team", value: "data", perUniqueValue: false, limit: 1 },
    ];
    expect(ids(selectRunsToDequeue(runs, [], limits(3, tagLimits)))).toEqual(["r0", "r2", "r3"]);
    expect(ids(selectRunsToDequeue(runs, queued({ team: "data" }), limits(3, tagLimits)))).toEqual([
      "r2",
      "r3",
    ]);
  });

  it("never exceeds a limit, and leaves a run out only when capacity or a limit stops it (random queues)", () => {
    const random = mulberry32(20_260_401);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let round = 0; round < 300; round += 1) {
      const randomTags = (): Record<string, string> => {
        const tags: Record<string, string> = {};
        for (const key of ["team", "database", "backfill", "dagster/priority"])
          if (random() < 0.5) tags[key] = pick(["a", "b", "c", "1", "2"]);
        return tags;
      };
      const tagLimits: TagConcurrencyLimit[] = [
        { key: "team", value: pick(["a", "b"]), perUniqueValue: false, limit: Math.floor(random() * 3) },
        { key: "database", perUniqueValue: false, limit: Math.floor(random() * 4) },
        { key: "backfill", perUniqueValue: true, limit: 1 + Math.floor(random() * 2) },
      ];
      const config = limits(pick([-1, 0, 1, 3, 8]), tagLimits);
      const inProgress = Array.from({ length: Math.floor(random() * 4) }, randomTags).map((tags) => ({
        tags,
      }));
      const runs = Array.from({ length: Math.floor(random() * 30) }, (_, index) => ({
        runId: `r${index}`,
        tags: randomTags(),
      }));
      const picked = selectRunsToDequeue(runs, inProgress, config);

      if (config.maxConcurrentRuns !== -1)
        expect(picked.length).toBeLessThanOrEqual(Math.max(0, config.maxConcurrentRuns - inProgress.length));
      for (const tagLimit of tagLimits) {
        for (const [group, before] of countsByLimit(tagLimit, inProgress)) {
          const after = countsByLimit(tagLimit, [...inProgress, ...picked]).get(group) ?? 0;
          // A limit already exceeded by runs in progress (the config shrank) admits no more; otherwise it holds.
          expect(after).toBeLessThanOrEqual(Math.max(before, tagLimit.limit));
        }
        for (const count of countsByLimit(tagLimit, picked).values())
          expect(count).toBeLessThanOrEqual(tagLimit.limit);
      }
      const priorities = picked.map((run) => runPriority(run));
      expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
      for (let index = 1; index < picked.length; index += 1) {
        const [previous, current] = [picked[index - 1], picked[index]];
        if (previous && current && runPriority(previous) === runPriority(current))
          expect(runs.indexOf(previous)).toBeLessThan(runs.indexOf(current));
      }
      // Counts only grow within a pass, so a run skipped as blocked is still blocked at the end.
      const capacityLeft =
        config.maxConcurrentRuns === -1 || picked.length < config.maxConcurrentRuns - inProgress.length;
      const holding = [...inProgress, ...picked];
      for (const left of capacityLeft ? runs.filter((run) => !picked.includes(run)) : []) {
        const blocked = tagLimits.some((tagLimit) => {
          const group = groupOf(tagLimit, left);
          return group !== null && (countsByLimit(tagLimit, holding).get(group) ?? 0) >= tagLimit.limit;
        });
        expect(blocked).toBe(true);
      }
    }
  });
});

/** The group of `limit` that counts `run`: its value for a per-value limit, "all" otherwise; null when the limit ignores it. */
function groupOf(limit: TagConcurrencyLimit, run: { tags: Record<string, string> }): string | null {
  const value = run.tags[limit.key];
  if (value === undefined || (limit.value !== undefined && value !== limit.value)) return null;
  return limit.perUniqueValue ? value : "all";
}

function countsByLimit(
  limit: TagConcurrencyLimit,
  runs: readonly { tags: Record<string, string> }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    const group = groupOf(limit, run);
    if (group !== null) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

/** A small seeded PRNG, so the random rounds are the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
