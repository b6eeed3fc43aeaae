/**
 * EventWriter: buffers a run's events and writes them to the event log in batches, so a 1,000-step run
 * makes a few dozen round trips instead of thousands, while a watcher still sees events within
 * `maxDelayMs`. Order is preserved across batches, including when a write fails and is retried.
 * @module
 */
import type { NewEvent } from "../storage/event-log-storage";

export interface EventWriter {
  /** Queues an event. Never throws; a failed write surfaces from the next `flush()`. */
  write(event: NewEvent): void;
  /**
   * Resolves once every event written so far is in the sink. Rejects with the sink's error, keeping
   * the unwritten events queued (in order) for the next flush.
   */
  flush(): Promise<void>;
}

/** Where batches go, e.g. `(events) => storage.events.storeEvents(events)` or an RPC to the webserver. */
export type EventSink = (events: NewEvent[]) => Promise<unknown>;

export type EventWriterOptions = {
  sink: EventSink;
  /** Events per sink call; reaching it flushes at once. */
  maxBatchSize?: number;
  /** How long an event may wait in the buffer before a flush is started. */
  maxDelayMs?: number;
};

const DEFAULT_MAX_BATCH_SIZE = 100;
const DEFAULT_MAX_DELAY_MS = 250;

export function createEventWriter(options: EventWriterOptions): EventWriter {
  return new BufferedEventWriter(options.sink, options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
}

class BufferedEventWriter implements EventWriter {
  #buffer: NewEvent[] = [];
  /** The flush in progress (or the last one); flushes run one after another so batches stay in order. */
  #tail: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly sink: EventSink,
    private readonly maxBatchSize: number,
    private readonly maxDelayMs: number,
  ) {}

  write(event: NewEvent): void {
    this.#buffer.push(event);
    if (this.#buffer.length >= this.maxBatchSize) this.#drainInBackground(true);
    else this.#timer ??= setTimeout(() => this.#drainInBackground(false), this.maxDelayMs);
  }

  flush(): Promise<void> {
    return this.#enqueueDrain(false);
  }

  /**
   * A failed background write keeps its events queued; the next flush() retries them and reports the
   * error if it persists, so there is nothing more to do with it here.
   */
  #drainInBackground(onlyFullBatches: boolean): void {
    this.#enqueueDrain(onlyFullBatches).catch(() => undefined);
  }

  /** Drains after the drain in progress, so batches stay in order. */
  #enqueueDrain(onlyFullBatches: boolean): Promise<void> {
    if (!onlyFullBatches && this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const drained = this.#tail.then(
      () => this.#drain(onlyFullBatches),
      () => this.#drain(onlyFullBatches),
    );
    this.#tail = drained;
    return drained;
  }

  /**
   * Sends the buffer in batches. A drain started because the buffer filled sends full batches only and
   * leaves the rest to the timer, so events trickling in during a write do not go out in small batches.
   */
  async #drain(onlyFullBatches: boolean): Promise<void> {
    const minimum = onlyFullBatches ? this.maxBatchSize : 1;
    while (this.#buffer.length >= minimum) {
      const batch = this.#buffer.splice(0, this.maxBatchSize);
      try {
        await this.sink(batch);
      } catch (error) {
        this.#buffer.unshift(...batch);
        throw error;
      }
    }
    if (this.#buffer.length > 0) this.#timer ??= setTimeout(() => this.#drainInBackground(false), this.maxDelayMs);
  }
}
