/**
 * For a service in a container: exit once idle (no run executing and no request in flight) for a while,
 * so a container whose run finished, or that a health check woke, stops instead of running on. A request
 * counts for as long as it is answered: a step server's executeStep lasts as long as its op, which may be
 * far longer than the idle time.
 * @module
 */
const CHECK_INTERVAL_MS = 1_000;

export type IdleExitOptions = {
  readonly idleMs: number;
  /** Runs executing now. */
  readonly activeRuns: () => number;
  readonly exit: () => void;
};

export type IdleExit = {
  /** Runs `handle` (answering one request), counting the service busy until it settles. */
  track<T>(handle: () => Promise<T>): Promise<T>;
};

/** Checks every second; `exit` runs once, after the service has been idle `idleMs`. */
export function exitWhenIdle(options: IdleExitOptions): IdleExit {
  let lastActivity = Date.now();
  let inFlight = 0;
  const timer = setInterval(() => {
    if (inFlight > 0 || options.activeRuns() > 0) lastActivity = Date.now();
    else if (Date.now() - lastActivity >= options.idleMs) {
      clearInterval(timer);
      options.exit();
    }
  }, CHECK_INTERVAL_MS);
  timer.unref();
  return {
    track: async (handle) => {
      inFlight++;
      lastActivity = Date.now();
      try {
        return await handle();
      } finally {
        inFlight--;
        lastActivity = Date.now();
      }
    },
  };
}
