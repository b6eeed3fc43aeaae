/**
 * IOManager (Dagster's IO manager): stores each step output where downstream steps, and re-executions
 * of the run, load it from. Implementations side by side: `kv-io-manager.ts` (the default: small values
 * in the run worker's own storage) and `r2-io-manager.ts` (any size, in an R2 bucket); a run's config
 * picks one in `resources.io_manager` (`create-io-manager.ts`).
 * @module
 */

/** Dagster's resource key of the default IO manager, reported in LOADED_INPUT / HANDLED_OUTPUT events. */
export const IO_MANAGER_KEY = "io_manager";

/** One output of one step of one run. */
export type OutputRef = { readonly runId: string; readonly stepKey: string; readonly outputName: string };

export interface IOManager {
  /**
   * Stores the value of an output; storing the same output again replaces it (a re-run step).
   * @throws DagflareError BAD_REQUEST when the value cannot be stored (not JSON, too large), naming it.
   */
  handleOutput(ref: OutputRef, value: unknown): Promise<void>;
  /**
   * The value stored for an output.
   * @throws DagflareError NOT_FOUND naming the run, step and output when there is none.
   */
  loadInput(ref: OutputRef): Promise<unknown>;
}

/**
 * Loads an output of another run, e.g. by asking the parent run's worker (whose own storage holds it).
 * Same contract as IOManager.loadInput.
 */
export type ParentRunOutputLookup = (ref: OutputRef) => Promise<unknown>;
