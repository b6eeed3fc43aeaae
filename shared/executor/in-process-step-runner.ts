/**
 * Runs steps in this process with the SDK's Definitions, for a run worker that has the user code
 * bundled with it (and for tests). The op's log lines stream to the run's event log as they happen,
 * its console output to its compute logs, and termination reaches it as `context.signal`.
 * @module
 */
import type { Definitions } from "../definitions";
import type { StepRunner } from "./step-runner";

export function createInProcessStepRunner(definitions: Definitions): StepRunner {
  return (request, hooks) => definitions.executeStep(request, undefined, hooks);
}
