/**
 * Interrupting steps on termination (Dagster's DagsterExecutionInterruptedError): the error an
 * interrupted step fails with, and waiting on a step's work only until the run's interruption fires.
 * JavaScript cannot stop a promise, so "interrupted" means the engine stops waiting; the op, told
 * through its `context.signal`, is expected to stop on its own.
 * @module
 */
import type { SerializableError } from "../errors/serializable-error";

/** The class name Dagster gives a step interrupted by termination (and its UI recognizes). */
const INTERRUPTED_CLASS_NAME = "DagsterExecutionInterruptedError";

/** The abort reason ops see as `context.signal.reason`, and `context.sleep` rejects with. */
export class StepInterruptedError extends Error {
  override readonly name = INTERRUPTED_CLASS_NAME;
}

/** The STEP_FAILURE error of a step the run's termination interrupted. */
export function interruptionError(message: string): SerializableError {
  return { message, className: INTERRUPTED_CLASS_NAME, stack: [] };
}

/**
 * Starts `work` and settles as it does, or with `interrupted` as soon as `signal` fires (the work is
 * then left running, unobserved). Does not start it when `signal` already fired.
 */
export function untilInterrupted<T>(
  signal: AbortSignal,
  work: () => Promise<T>,
): Promise<{ interrupted: false; value: T } | { interrupted: true }> {
  if (signal.aborted) return Promise.resolve({ interrupted: true });
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve({ interrupted: true });
    signal.addEventListener("abort", onAbort, { once: true });
    const settle = () => signal.removeEventListener("abort", onAbort);
    let started: Promise<T>;
    try {
      started = work();
    } catch (error) {
      settle();
      return reject(error);
    }
    started.then(
      (value) => {
        settle();
        resolve({ interrupted: false, value });
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
