/**
 * The in_process executor (the default): one step at a time, in topological order, inside the run
 * worker. A step waiting to retry does not hold up the steps that do not depend on it.
 * @module
 */
import { retriesEnabled } from "../definitions/run-config-schema";
import type { ExecutionPlan } from "../planning/execution-plan";
import { executePlan } from "./active-execution";
import type { ExecutionContext, Executor } from "./executor";
import type { RunOutcome } from "./run-outcome";

export class InProcessExecutor implements Executor {
  readonly description = "in_process executor";
  readonly #retriesEnabled: boolean;

  constructor(config: Parameters<typeof retriesEnabled>[0] = {}) {
    this.#retriesEnabled = retriesEnabled(config);
  }

  execute(plan: ExecutionPlan, context: ExecutionContext): Promise<RunOutcome> {
    return executePlan(plan, context, { maxConcurrent: 1, tagLimits: [] }, this.#retriesEnabled);
  }
}
