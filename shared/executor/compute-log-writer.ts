/**
 * ComputeLogWriter: the run worker's side of compute logs. Each step attempt opens a capture under a
 * fresh file key (a resumed or retried attempt never appends to an earlier one); what the step prints
 * is held per stream and sealed into chunks at writer-assigned byte offsets every `maxDelayMs` (or as
 * soon as a chunk is full), then sent in order, with the captures completed meanwhile, through a batch
 * writer. So a watcher sees output within about `maxDelayMs`, a chatty step costs one chunk per
 * interval rather than one per line, silent steps cost nothing but their completion, and a batch
 * delivered twice stores nothing twice (the ComputeLogManager ignores a chunk at a stored offset).
 * @module
 */
import type {
  ComputeIOType,
  ComputeLogBatch,
  ComputeLogChunk,
  LogKey,
} from "../storage/compute-logs/compute-log-manager";
import { runLogKey } from "../storage/compute-logs/log-keys";
import { splitUtf8, utf8Length } from "../storage/compute-logs/utf8";
import { createBatchWriter, type BatchWriter } from "./event-writer";

/** A step attempt's capture. */
export interface StepLogCapture {
  /** The key LOGS_CAPTURED announces; the capture's log key is `[runId, "compute_logs", fileKey]`. */
  readonly fileKey: string;
  write(stream: ComputeIOType, text: string): void;
  /** Nothing more will be written: the capture is sent as complete, later writes are dropped. Idempotent. */
  complete(): void;
}

export interface ComputeLogWriter {
  /** A new capture for one step, e.g. file key `extract-qwertyui`. */
  open(stepKey: string): StepLogCapture;
  /** Resolves once everything written so far is stored; rejects with the sink's error, keeping it queued. */
  flush(): Promise<void>;
}

/** Where batches go: `(batch) => instance.storeComputeLogs(batch)`. */
export type ComputeLogSink = (batch: ComputeLogBatch) => Promise<unknown>;

export type ComputeLogWriterOptions = {
  runId: string;
  sink: ComputeLogSink;
  maxDelayMs?: number;
  /** Bytes per chunk at most. */
  maxChunkBytes?: number;
};

const DEFAULT_MAX_DELAY_MS = 250;
const DEFAULT_MAX_CHUNK_BYTES = 32 * 1024;
const FILE_KEY_LETTERS = 8;

type Item = { kind: "chunk"; chunk: ComputeLogChunk } | { kind: "complete"; logKey: LogKey };

export function createComputeLogWriter(options: ComputeLogWriterOptions): ComputeLogWriter {
  return new BufferedComputeLogWriter(
    options.runId,
    options.sink,
    options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    options.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES,
  );
}

class BufferedComputeLogWriter implements ComputeLogWriter {
  /** Captures holding text or a completion not yet sealed, in the order they first did. */
  readonly #unsealed = new Set<Capture>();
  readonly #items: BatchWriter<Item>;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly runId: string,
    sink: ComputeLogSink,
    private readonly maxDelayMs: number,
    readonly maxChunkBytes: number,
  ) {
    this.#items = createBatchWriter<Item>({ sink: (items) => sink(toBatch(items)), maxDelayMs });
  }

  open(stepKey: string): StepLogCapture {
    return new Capture(runLogKey(this.runId, `${stepKey}-${randomLetters(FILE_KEY_LETTERS)}`), this);
  }

  flush(): Promise<void> {
    this.#sealAll();
    return this.#items.flush();
  }

  /** Called by a capture that has something to seal: sealed with the others at the next tick of the timer. */
  pending(capture: Capture): void {
    this.#unsealed.add(capture);
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      // A failed write stays queued; the next flush retries it and reports a lasting failure.
      this.flush().catch(() => undefined);
    }, this.maxDelayMs);
  }

  /** Queues items; a full batch goes out at once. */
  send(item: Item): void {
    this.#items.write(item);
  }

  #sealAll(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const capture of this.#unsealed) capture.seal();
    this.#unsealed.clear();
  }
}

class Capture implements StepLogCapture {
  readonly fileKey: string;
  readonly #held: Record<ComputeIOType, { text: string; bytes: number }> = {
    stdout: { text: "", bytes: 0 },
    stderr: { text: "", bytes: 0 },
  };
  readonly #nextOffset: Record<ComputeIOType, number> = { stdout: 0, stderr: 0 };
  #completed = false;
  #completionSent = false;

  constructor(
    readonly logKey: LogKey,
    private readonly writer: BufferedComputeLogWriter,
  ) {
    this.fileKey = logKey.at(-1) ?? "";
  }

  write(stream: ComputeIOType, text: string): void {
    if (this.#completed || text === "") return;
    const held = this.#held[stream];
    held.text += text;
    held.bytes += utf8Length(text);
    if (held.bytes >= this.writer.maxChunkBytes) this.#sealStream(stream);
    else this.writer.pending(this);
  }

  complete(): void {
    if (this.#completed) return;
    this.#completed = true;
    this.writer.pending(this);
  }

  /** Turns held text into chunks (then the completion, once) on the writer's queue. */
  seal(): void {
    this.#sealStream("stdout");
    this.#sealStream("stderr");
    if (this.#completed && !this.#completionSent) {
      this.#completionSent = true;
      this.writer.send({ kind: "complete", logKey: this.logKey });
    }
  }

  #sealStream(stream: ComputeIOType): void {
    const held = this.#held[stream];
    if (held.text === "") return;
    for (const text of splitUtf8(held.text, this.writer.maxChunkBytes)) {
      this.writer.send({
        kind: "chunk",
        chunk: { logKey: this.logKey, stream, offset: this.#nextOffset[stream], text },
      });
      this.#nextOffset[stream] += utf8Length(text);
    }
    this.#held[stream] = { text: "", bytes: 0 };
  }
}

function toBatch(items: readonly Item[]): ComputeLogBatch {
  return {
    chunks: items.flatMap((item) =>
      item.kind === "chunk" ? [{ ...item.chunk, logKey: [...item.chunk.logKey] }] : [],
    ),
    completed: items.flatMap((item) => (item.kind === "complete" ? [[...item.logKey]] : [])),
  };
}

/** Lowercase letters from the platform's cryptographic generator (Dagster's file keys are 8 of them). */
function randomLetters(count: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(count)), (byte) =>
    String.fromCharCode(97 + (byte % 26)),
  ).join("");
}
