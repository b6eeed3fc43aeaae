/**
 * A doubling wait for polling loops: short right after activity, growing while idle, capped.
 * @module
 */

export type BackoffOptions = {
  /** First wait after activity, in milliseconds. */
  initialMs: number;
  /** Longest wait while idle, in milliseconds. */
  maxMs: number;
};

export type Backoff = {
  /** Sleeps for the current delay, then doubles it (up to `maxMs`). Never rejects. */
  wait(): Promise<void>;
  /** Back to `initialMs`: call when the polled source produced something. */
  reset(): void;
};

export function createBackoff({ initialMs, maxMs }: BackoffOptions): Backoff {
  let delay = initialMs;
  return {
    async wait() {
      const current = delay;
      delay = Math.min(delay * 2, maxMs);
      await new Promise((resolve) => setTimeout(resolve, current));
    },
    reset() {
      delay = initialMs;
    },
  };
}
