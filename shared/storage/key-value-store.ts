/**
 * The minimal asynchronous key-value storage the run worker keeps its per-run state and small outputs
 * in. A Durable Object's `ctx.storage` fits it as is; `MemoryKeyValueStore` is the in-process version.
 * @module
 */

export interface KeyValueStore {
  /** The value stored under `key`, or undefined. */
  get(key: string): Promise<unknown>;
  /** Stores a structured-cloneable value; later reads never see the caller's later mutations. */
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<unknown>;
  /** Every entry whose key starts with `prefix`, in key order. */
  list(options: { prefix: string }): Promise<Map<string, unknown>>;
}

/** A KeyValueStore in memory (tests, a Node run worker); values are cloned in and out like DO storage. */
export class MemoryKeyValueStore implements KeyValueStore {
  readonly #entries = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return structuredClone(this.#entries.get(key));
  }

  async put(key: string, value: unknown): Promise<void> {
    this.#entries.set(key, structuredClone(value));
  }

  async delete(key: string): Promise<boolean> {
    return this.#entries.delete(key);
  }

  async list(options: { prefix: string }): Promise<Map<string, unknown>> {
    const keys = [...this.#entries.keys()].filter((key) => key.startsWith(options.prefix)).sort();
    return new Map(keys.map((key) => [key, structuredClone(this.#entries.get(key))]));
  }
}
