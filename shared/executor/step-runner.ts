/**
 * StepRunner: how one attempt of one step's op is executed — in this process over the SDK's
 * Definitions, or by a code location over RPC/HTTP. It only computes; the executor around it loads
 * inputs, stores outputs and writes events.
 * @module
 */
import type { ExecuteStepRequest, ExecuteStepResult, LogLine } from "../code-location/protocol";

export type StepRunnerHooks = {
  /**
   * Streams a user log line while the step runs. A runner that streams a line here must not also
   * return it in the result's `logs`; a runner that cannot stream returns every line in `logs`.
   */
  onLog(line: LogLine): void;
};

/**
 * Executes one attempt. User-code and framework failures are FAILURE results; the promise rejects only
 * when the step could not be executed at all (e.g. the code location is unreachable).
 */
export type StepRunner = (request: ExecuteStepRequest, hooks: StepRunnerHooks) => Promise<ExecuteStepResult>;
