/**
 * Runs async tasks one after another. A Durable Object's input gate opens on every non-storage await
 * (D1, service bindings), so without this two passes could interleave and start the same run twice.
 * @module
 */

export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` once every task queued before it has settled; its result or error is the caller's alone. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
