/**
 * Re-execution reads outputs of steps it does not execute from the parent run. Where those live
 * depends on the deployment (the parent run worker's own storage, a shared bucket), so the lookup is
 * passed in and composed over the run's own IO manager here.
 * @module
 */
import type { IOManager, OutputRef, ParentRunOutputLookup } from "./io-manager";

/**
 * `ioManager` for the outputs of run `runId`, `lookup` for any other run's outputs. The lookup of a
 * parent that was itself a re-execution must resolve outputs it loaded from its own parent.
 */
export function withParentRunOutputs(
  ioManager: IOManager,
  runId: string,
  lookup: ParentRunOutputLookup,
): IOManager {
  return {
    handleOutput: (ref, value) => ioManager.handleOutput(ref, value),
    loadInput: (ref: OutputRef) => (ref.runId === runId ? ioManager.loadInput(ref) : lookup(ref)),
  };
}
