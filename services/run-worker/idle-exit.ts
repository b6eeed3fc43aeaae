/**
 * For a service in a container: exit once idle (no run executing, no request) for a while, so a
 * container whose run finished, or that a health check woke, stops instead of running on.
 * @module
 */
const CHECK_INTERVAL_MS = 1_000;

/** Returns `touch`, to call on every request; `exit` runs once the service has been idle `idleMs`. */
export function exitWhenIdle(options: { idleMs: number; activeRuns: () => number; exit: () => void }): { touch: () => void } {
  let lastActivity = Date.now();
  const timer = setInterval(() => {
    if (options.activeRuns() > 0) lastActivity = Date.now();
    else if (Date.now() - lastActivity >= options.idleMs) {
      clearInterval(timer);
      options.exit();
    }
  }, CHECK_INTERVAL_MS);
  timer.unref();
  return { touch: () => (lastActivity = Date.now()) };
}
