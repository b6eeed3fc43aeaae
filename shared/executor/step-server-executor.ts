/**
 * The step-server executors: steps scheduled as by the multi executor (concurrent within
 * `max_concurrent` and `tag_concurrency_limits`), each attempt executed by a step server over HTTP
 * rather than by the run worker's own runner.
 * - `remote` (`execution: { config: { remote: { url, headers?, max_concurrent? } } }`): every step on the
 *   step server at `url`, e.g. a run-worker service (shared/run-worker/adapter/node-service).
 * - `container` (`execution: { config: { container: { url, headers?, max_concurrent? } } }`): every step
 *   in its own container, `step-<runId>-<stepKey>`, reached through the container Worker at `url`
 *   (shared/run-worker/adapter/container routes `/containers/<name>/...` to the named container).
 * @module
 */
import type { ExecutionPlan } from "../planning/execution-plan";
import type { ExecutionContext, Executor } from "./executor";
import { createHttpStepRunner } from "./http-step-runner";
import { MultiExecutor, type MultiExecutorConfig } from "./multi-executor";
import type { RunOutcome } from "./run-outcome";
import type { StepRunner } from "./step-runner";

export type StepServerExecutorConfig = MultiExecutorConfig & {
  url: string;
  headers?: Readonly<Record<string, string>> | undefined;
};

/** An attempt that takes longer fails; ops that run longer belong on a run worker of their own. */
export const STEP_SERVER_TIMEOUT_MS = 15 * 60_000;

/** The container that executes one step of a run (its retries included). */
export function stepContainerName(runId: string, stepKey: string): string {
  return `step-${runId}-${stepKey}`;
}

export class StepServerExecutor implements Executor {
  readonly description: string;
  readonly #scheduler: MultiExecutor;
  readonly #stepRunner: StepRunner;

  constructor(kind: "remote" | "container", config: StepServerExecutorConfig) {
    const base = config.url.replace(/\/+$/, "");
    this.#scheduler = new MultiExecutor(config);
    this.#stepRunner = createHttpStepRunner({
      urlFor:
        kind === "remote"
          ? () => base
          : (request) =>
              `${base}/containers/${encodeURIComponent(stepContainerName(request.runId, request.stepKey))}`,
      headers: config.headers,
      timeoutMs: STEP_SERVER_TIMEOUT_MS,
    });
    const where =
      kind === "remote"
        ? `steps on the step server at ${base}`
        : `each step in its own container through ${base}`;
    this.description = `${kind} executor (${where}; scheduled as by the ${this.#scheduler.description})`;
  }

  execute(plan: ExecutionPlan, context: ExecutionContext): Promise<RunOutcome> {
    return this.#scheduler.execute(plan, { ...context, stepRunner: this.#stepRunner });
  }
}
