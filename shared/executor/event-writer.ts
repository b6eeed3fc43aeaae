/**
 * EventWriter: buffers a run's events and writes them to the event log in batches, so a 1,000-step run
 * makes a few dozen round trips instead of thousands, while a watcher still sees events within
 * `maxDelayMs`. Order is preserved across batches, including when a write fails and is retried. Every
 * event gets an idempotency key when written, so a batch retried after a write that committed but whose
 * answer was lost (a timed-out HTTP call) is not stored twice. The batching itself (`createBatchWriter`)
 * also carries a run's captured stdout/stderr.
 * @module
 */
import type { NewEvent } from "../storage/event-log-storage";

export interface BatchWriter<T> {
  /** Queues an item. Never throws; a failed write surfaces from the next `flush()`. */
  write(item: T): void;
  /**
   * Resolves once every item written so far is in the sink. Rejects with the sink's error, keeping
   * the unwritten items queued (in order) for the next flush.
   */
  flush(): Promise<void>;
  /** What is not in the sink yet, in order (after a failed flush: everything it could not send). */
  unsent(): T[];
}

export type EventWriter = BatchWriter<NewEvent>;

/** Where batches go, e.g. `(events) => storage.events.storeEvents(events)` or an RPC to the webserver. */
export type BatchSink<T> = (items: T[]) => Promise<unknown>;
export type EventSink = BatchSink<NewEvent>;

export type BatchWriterOptions<T> = {
  sink: BatchSink<T>;
  /** Items per sink call; reaching it flushes at once. */
  maxBatchSize?: number;
  /** How long an item may wait in the buffer before a flush is started. */
  maxDelayMs?: number;
};
export type EventWriterOptions = BatchWriterOptions<NewEvent>;

const DEFAULT_MAX_BATCH_SIZE = 100;
const DEFAULT_MAX_DELAY_MS = 250;

export function createBatchWriter<T>(options: BatchWriterOptions<T>): BatchWriter<T> {
  return new BufferedBatchWriter(
    options.sink,
    options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE,
    options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
  );
}

/**
 * Keys events `<runId>:<writer id>:<sequence>`, unless the event has a key already. The key is fixed when
 * the event is written, so it stays the same however the retried events are regrouped into batches. The
 * writer id is random per writer: a run worker resumed after an eviction writes with a new writer, whose
 * keys never meet the old one's, so none of its new events is mistaken for a re-send. What a resumed
 * worker emits again on purpose (its run's start and end checkpoints) carries a key of its own, the same
 * from every writer (see execute-run.ts).
 */
export function createEventWriter(options: EventWriterOptions): EventWriter {
  const writer = createBatchWriter(options);
  const writerId = crypto.randomUUID();
  let sequence = 0;
  return {
    write: (event) =>
      writer.write({
        ...event,
        idempotencyKey: event.idempotencyKey ?? `${event.runId}:${writerId}:${sequence++}`,
      }),
    flush: () => writer.flush(),
    unsent: () => writer.unsent(),
  };
}

class BufferedBatchWriter<T> implements BatchWriter<T> {
  #buffer: T[] = [];
  /** The flush in progress (or the last one); flushes run one after another so batches stay in order. */
  #tail: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly sink: BatchSink<T>,
    private readonly maxBatchSize: number,
    private readonly maxDelayMs: number,
  ) {}

  write(item: T): void {
    this.#buffer.push(item);
    if (this.#buffer.length >= this.maxBatchSize) this.#drainInBackground(true);
    else this.#timer ??= setTimeout(() => this.#drainInBackground(false), this.maxDelayMs);
  }

  flush(): Promise<void> {
    return this.#enqueueDrain(false);
  }

  unsent(): T[] {
    return [...this.#buffer];
  }

  /**
   * A failed background write keeps its items queued; the next flush() retries them and reports the
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
   * leaves the rest to the timer, so items trickling in during a write do not go out in small batches.
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
    if (this.#buffer.length > 0)
      this.#timer ??= setTimeout(() => this.#drainInBackground(false), this.maxDelayMs);
  }
}
