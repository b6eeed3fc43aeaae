/**
 * The multi executor (Dagster's multiprocess executor): launches every step as soon as its inputs are
 * ready, at most `max_concurrent` at a time and within the run's `tag_concurrency_limits` on op tags.
 * Steps overlap while they wait on their step runner (a code location RPC, an HTTP call).
 * @module
 */
import { retriesEnabled } from "../definitions/run-config-schema";
import type { ExecutionPlan } from "../planning/execution-plan";
import { executePlan } from "./active-execution";
import { describeTagLimit, type TagConcurrencyLimit } from "./concurrency-limits";
import type { ExecutionContext, Executor } from "./executor";
import type { RunOutcome } from "./run-outcome";

/**
 * Without `max_concurrent`: a Worker keeps at most six outgoing connections open at once, so more
 * steps in flight would only queue behind them.
 */
export const DEFAULT_MAX_CONCURRENT = 6;

export type MultiExecutorConfig = {
  max_concurrent?: number | undefined;
  tag_concurrency_limits?: readonly TagConcurrencyLimit[] | undefined;
} & Parameters<typeof retriesEnabled>[0];

export class MultiExecutor implements Executor {
  readonly description: string;
  readonly #maxConcurrent: number;
  readonly #tagLimits: readonly TagConcurrencyLimit[];
  readonly #retriesEnabled: boolean;

  constructor(config: MultiExecutorConfig = {}) {
    this.#maxConcurrent = config.max_concurrent ?? DEFAULT_MAX_CONCURRENT;
    this.#tagLimits = config.tag_concurrency_limits ?? [];
    this.#retriesEnabled = retriesEnabled(config);
    const limits =
      this.#tagLimits.length === 0
        ? ""
        : `, tag_concurrency_limits: [${this.#tagLimits.map(describeTagLimit).join(", ")}]`;
    this.description = `multi executor (max_concurrent: ${this.#maxConcurrent}${limits})`;
  }

  execute(plan: ExecutionPlan, context: ExecutionContext): Promise<RunOutcome> {
    return executePlan(
      plan,
      context,
      { maxConcurrent: this.#maxConcurrent, tagLimits: this.#tagLimits },
      this.#retriesEnabled,
    );
  }
}
