/**
 * StepRunner: how one attempt of one step's op is executed — in this process over the SDK's
 * Definitions, or by a code location over RPC/HTTP. It only computes; the executor around it loads
 * inputs, stores outputs and writes events.
 * @module
 */
import type { ExecuteStepRequest, ExecuteStepResult, LogLine } from "../protocol/code-location-protocol";
import type { ComputeIOType } from "../storage/compute-logs/compute-log-manager";

export type StepRunnerHooks = {
  /**
   * Streams a user log line while the step runs. A runner that streams a line here must not also
   * return it in the result's `logs`; a runner that cannot stream returns every line in `logs`.
   */
  onLog(line: LogLine): void;
  /** What the op prints (its console output), for its compute logs; a runner that cannot capture it ignores this. */
  onOutput(stream: ComputeIOType, text: string): void;
  /**
   * Fires when the run is terminated. The executor stops waiting for the step at once; a runner should
   * pass it on to the op (`context.signal`) so the op stops too.
   */
  signal: AbortSignal;
};

/**
 * Executes one attempt. User-code and framework failures are FAILURE results; the promise rejects only
 * when the step could not be executed at all (e.g. the code location is unreachable).
 */
export type StepRunner = (request: ExecuteStepRequest, hooks: StepRunnerHooks) => Promise<ExecuteStepResult>;
