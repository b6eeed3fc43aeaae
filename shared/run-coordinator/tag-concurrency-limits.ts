/**
 * Run-level tag concurrency limits (Dagster's TagConcurrencyLimitsCounter): counts the runs in progress
 * per limited tag and tells whether one more run would go over a limit. Pure; the dequeuer seeds it with
 * the runs in progress and adds each run it accepts within a pass.
 * @module
 */
import type { TagConcurrencyLimit } from "../config/run-coordinator-config";

/** What the counter reads from a run: its tags. */
export type Tagged = { readonly tags: Readonly<Record<string, string>> };

export class TagConcurrencyCounter {
  /** key → limit for runs carrying the key with any value, all sharing one limit. */
  readonly #keyLimits = new Map<string, number>();
  /** key → value → limit for runs with exactly key=value. */
  readonly #valueLimits = new Map<string, Map<string, number>>();
  /** key → limit applied separately to each distinct value of the key. */
  readonly #perValueLimits = new Map<string, number>();
  readonly #keyCounts = new Map<string, number>();
  /** key → value → runs in progress with that tag; value limits and per-value limits count the same runs. */
  readonly #valueCounts = new Map<string, Map<string, number>>();

  /**
   * A later limit for the same key (or key and value) replaces an earlier one, as in Dagster, where the
   * limits are read into a dict. `inProgress` are the runs already holding slots.
   */
  constructor(limits: readonly TagConcurrencyLimit[], inProgress: Iterable<Tagged> = []) {
    for (const { key, value, perUniqueValue, limit } of limits) {
      if (value !== undefined) mapFor(this.#valueLimits, key).set(value, limit);
      else if (perUniqueValue) this.#perValueLimits.set(key, limit);
      else this.#keyLimits.set(key, limit);
    }
    for (const run of inProgress) this.add(run);
  }

  /** True when starting `run` would take some tag over its limit. */
  isBlocked(run: Tagged): boolean {
    return Object.entries(run.tags).some(([key, value]) => {
      const valueCount = this.#valueCounts.get(key)?.get(value) ?? 0;
      return (
        atLimit(this.#keyCounts.get(key) ?? 0, this.#keyLimits.get(key)) ||
        atLimit(valueCount, this.#valueLimits.get(key)?.get(value)) ||
        atLimit(valueCount, this.#perValueLimits.get(key))
      );
    });
  }

  /** Counts `run` as in progress. */
  add(run: Tagged): void {
    for (const [key, value] of Object.entries(run.tags)) {
      if (this.#keyLimits.has(key)) increment(this.#keyCounts, key);
      if (this.#valueLimits.get(key)?.has(value) || this.#perValueLimits.has(key))
        increment(mapFor(this.#valueCounts, key), value);
    }
  }
}

const atLimit = (count: number, limit: number | undefined): boolean => limit !== undefined && count >= limit;

function increment(counts: Map<string, number>, id: string): void {
  counts.set(id, (counts.get(id) ?? 0) + 1);
}

function mapFor(maps: Map<string, Map<string, number>>, key: string): Map<string, number> {
  const map = maps.get(key) ?? new Map<string, number>();
  maps.set(key, map);
  return map;
}
