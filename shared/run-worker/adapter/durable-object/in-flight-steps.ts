/**
 * The run worker's step runner, keeping track of the attempts whose op has not returned yet: once the
 * engine has stopped waiting for interrupted steps, the run worker asks whether their ops did stop.
 * @module
 */
import type { StepRunner } from "../../../executor/step-runner";

export class InFlightSteps {
  /** Each attempt whose runner promise is pending, with its step key. */
  readonly #running = new Map<Promise<unknown>, string>();

  /** `inner`, noting each attempt until its op returns. */
  track(inner: StepRunner): StepRunner {
    return (request, hooks) => {
      const attempt = inner(request, hooks);
      this.#running.set(attempt, request.stepKey);
      const forget = () => void this.#running.delete(attempt);
      attempt.then(forget, forget);
      return attempt;
    };
  }

  /** The steps whose op is still running. */
  keys(): string[] {
    return [...new Set(this.#running.values())];
  }

  /** True once every op returned, false if some still run after `ms`. */
  async settledWithin(ms: number): Promise<boolean> {
    if (this.#running.size === 0) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    const settled = Promise.allSettled(this.#running.keys()).then(() => true as const);
    try {
      return await Promise.race([settled, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
