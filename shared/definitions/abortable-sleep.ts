/**
 * `context.sleep` for ops: a timer that ends early, rejecting with the signal's reason, when the step is
 * interrupted, so an op waiting on it stops at once instead of finishing its wait.
 * @module
 */

/** Waits `ms`; rejects with `signal.reason` as soon as `signal` fires (at once if it already has). */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
