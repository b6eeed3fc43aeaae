/**
 * Slot accounting for concurrent steps within one run: at most `maxConcurrent` steps at once, and at
 * most `limit` steps whose op tags match each `tag_concurrency_limits` entry (Dagster's per-run limits).
 * @module
 */
import type { ExecutionStep } from "../planning/execution-plan";

/** A step matches when its op has tag `key` (with value `value`, when given). */
export type TagConcurrencyLimit = { readonly key: string; readonly value?: string; readonly limit: number };

export type ConcurrencyPolicy = {
  readonly maxConcurrent: number;
  readonly tagLimits: readonly TagConcurrencyLimit[];
};

export class ConcurrencyLimits {
  #running = 0;
  readonly #runningPerLimit: number[];

  constructor(private readonly policy: ConcurrencyPolicy) {
    this.#runningPerLimit = policy.tagLimits.map(() => 0);
  }

  /** A limit of 0 that matches the step: it could never start, so the executor fails it instead of waiting forever. */
  zeroLimitFor(step: ExecutionStep): TagConcurrencyLimit | undefined {
    return this.policy.tagLimits.find((limit) => limit.limit === 0 && matches(limit, step));
  }

  canStart(step: ExecutionStep): boolean {
    if (this.#running >= this.policy.maxConcurrent) return false;
    return this.policy.tagLimits.every(
      (limit, index) => !matches(limit, step) || (this.#runningPerLimit[index] ?? 0) < limit.limit,
    );
  }

  start(step: ExecutionStep): void {
    this.#count(step, 1);
  }

  finish(step: ExecutionStep): void {
    this.#count(step, -1);
  }

  #count(step: ExecutionStep, delta: number): void {
    this.#running += delta;
    this.policy.tagLimits.forEach((limit, index) => {
      if (matches(limit, step)) this.#runningPerLimit[index] = (this.#runningPerLimit[index] ?? 0) + delta;
    });
  }
}

function matches(limit: TagConcurrencyLimit, step: ExecutionStep): boolean {
  const value = step.tags[limit.key];
  return value !== undefined && (limit.value === undefined || limit.value === value);
}

/** Describes a limit the way the run config spells it, for messages. */
export function describeTagLimit(limit: TagConcurrencyLimit): string {
  return `{ key: ${limit.key}${limit.value === undefined ? "" : `, value: ${limit.value}`}, limit: ${limit.limit} }`;
}
