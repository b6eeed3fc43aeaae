/**
 * Executor (Dagster's executor): runs the steps of an execution plan. Implementations side by side:
 * `in-process-executor.ts` (one step at a time, the default), `multi-executor.ts` (concurrent steps
 * within limits) and `step-server-executor.ts` (`remote`: each step on a step server; `container`: each
 * step in a container of its own); `createExecutor` picks one from the run config's `execution.config`.
 * Every one runs the executor contract suite (test/contracts/executor.contract.ts).
 * @module
 */
import type { ClaimResult, SlotClaim } from "../concurrency/concurrency-ledger";
import type { IOManager } from "../io-manager/io-manager";
import type { ExecutionPlan } from "../planning/execution-plan";
import type { ComputeLogWriter } from "./compute-log-writer";
import type { EventWriter } from "./event-writer";
import type { RunStateStore } from "./run-state-store";
import type { RunOutcome } from "./run-outcome";
import type { StepRunner } from "./step-runner";

/** Everything environment-specific a run needs, passed in so the same code runs in a Durable Object and in Node. */
export type RunServices = {
  readonly stepRunner: StepRunner;
  readonly events: EventWriter;
  readonly state: RunStateStore;
  readonly ioManager: IOManager;
  /** Epoch milliseconds. */
  readonly now: () => number;
  /**
   * Waits about `ms` of `now()` time. May resolve early (e.g. when termination is requested): callers
   * check the clock and termination again afterwards.
   */
  readonly sleep: (ms: number) => Promise<void>;
  /** Checked between steps and while waiting for retries; once true, no new step is launched. */
  readonly isTerminationRequested: () => boolean | Promise<boolean>;
  /**
   * Fires when the run is terminated at once: steps in flight are interrupted (their ops see
   * `context.signal` fire, the engine stops waiting for them) and no new step is launched.
   */
  readonly signal?: AbortSignal;
  /** Where what the steps print goes (their compute logs); without it nothing is captured. */
  readonly computeLogs?: ComputeLogWriter;
  /**
   * The run worker's environment (its Worker's vars and secrets, or the service's process environment),
   * where `{ env: NAME }` references in run config are read; none resolve without it.
   */
  readonly env?: Readonly<Record<string, unknown>>;
  /** The instance's op concurrency pool slots; without it pooled steps run unconstrained (no instance to ask). */
  readonly poolSlots?: PoolSlots;
};

/** The instance's op concurrency pool slots, as a run worker reaches them (the instance API). */
export interface PoolSlots {
  claim(claim: SlotClaim): Promise<ClaimResult>;
  free(runId: string, stepKey: string): Promise<void>;
}

export type ExecutionContext = RunServices & {
  readonly runId: string;
  readonly jobName: string;
  readonly runConfig: Readonly<Record<string, unknown>>;
  /** The run whose outputs feed inputs from steps this plan does not execute (re-execution). */
  readonly parentRunId: string | undefined;
};

export interface Executor {
  /** How the run's ENGINE_EVENT names it, e.g. `multi executor (max_concurrent: 4)`. */
  readonly description: string;
  /**
   * Executes every step of `plan` not already finished according to `context.state`, so calling it
   * again after a crash resumes the run. Step failures are part of the outcome.
   * @throws when the run's storage (state store, event sink) fails; calling again resumes.
   */
  execute(plan: ExecutionPlan, context: ExecutionContext): Promise<RunOutcome>;
}
