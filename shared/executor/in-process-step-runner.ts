/**
 * Runs steps in this process with the SDK's Definitions, for a run worker that has the user code
 * bundled with it (and for tests). Logs come back with the result: the SDK collects them per step.
 * @module
 */
import type { Definitions } from "../definitions";
import type { StepRunner } from "./step-runner";

export function createInProcessStepRunner(definitions: Definitions): StepRunner {
  return (request) => definitions.executeStep(request);
}
