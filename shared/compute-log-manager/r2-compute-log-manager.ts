/**
 * The `r2` compute log manager (Dagster's S3ComputeLogManager on R2), the production choice. While a
 * capture runs, each chunk is its own object `<prefix>/<log key>.out.parts/<offset>` (R2 has no append);
 * once the capture completes, the parts of each stream are joined into one object `<prefix>/<log key>.out`
 * (`.err` for stderr), a `<prefix>/<log key>.complete` marker is written and the parts are deleted. Reads
 * of a complete capture are range reads of the joined object.
 * @module
 */
import type { CapturedLogMetadata, ComputeIOType, ComputeLogChunk, ComputeLogManager, LogKey, StreamSlice } from "./compute-log-manager";
import { COMPUTE_IO_TYPES } from "./compute-log-manager";
import { downloadPath, STREAM_EXTENSION } from "./log-keys";
import { readWindow, type StoredPiece } from "./utf8";

/** Offsets in part names are zero-padded to this width, so listing order is offset order. */
const OFFSET_DIGITS = 16;
/** The longest UTF-8 character: a range read takes this much more, to finish a character cut by the limit. */
const MAX_CHARACTER_BYTES = 4;

type Part = { key: string; offset: number; size: number };

export class R2ComputeLogManager implements ComputeLogManager {
  /** `bindingName` only names the bucket in the locations it reports. */
  constructor(
    private readonly bucket: R2Bucket,
    private readonly prefix: string,
    private readonly bindingName: string,
  ) {}

  async writeChunks(chunks: readonly ComputeLogChunk[]): Promise<void> {
    const complete = new Map<string, Promise<boolean>>();
    const isComplete = (logKey: LogKey) => {
      const base = this.#base(logKey);
      if (!complete.has(base)) complete.set(base, this.isCaptureComplete(logKey));
      return complete.get(base) ?? Promise.resolve(false);
    };
    // A chunk delivered again after its capture was joined would only leave a stray part behind.
    await Promise.all(chunks.map(async (chunk) => (await isComplete(chunk.logKey)) || this.bucket.put(this.#partKey(chunk.logKey, chunk.stream, chunk.offset), chunk.text)));
  }

  async markComplete(logKeys: readonly LogKey[]): Promise<void> {
    for (const logKey of logKeys) {
      if (await this.isCaptureComplete(logKey)) continue;
      for (const stream of COMPUTE_IO_TYPES) await this.#join(logKey, stream);
      await this.bucket.put(this.#markerKey(logKey), "");
      for (const stream of COMPUTE_IO_TYPES) {
        const parts = await this.#parts(logKey, stream);
        if (parts.length > 0) await this.bucket.delete(parts.map((part) => part.key));
      }
    }
  }

  async isCaptureComplete(logKey: LogKey): Promise<boolean> {
    return (await this.bucket.head(this.#markerKey(logKey))) !== null;
  }

  async readStream(logKey: LogKey, stream: ComputeIOType, offset: number, maxBytes: number | null): Promise<StreamSlice | null> {
    if (await this.isCaptureComplete(logKey)) return this.#readJoined(logKey, stream, offset, maxBytes);
    const parts = await this.#parts(logKey, stream);
    if (parts.length === 0) {
      const other = stream === "stdout" ? "stderr" : "stdout";
      return (await this.#parts(logKey, other, 1)).length === 0 ? null : { text: "", nextOffset: offset };
    }
    const end = maxBytes === null ? Number.POSITIVE_INFINITY : offset + maxBytes;
    const overlapsWindow = (part: Part) => part.offset + part.size > offset && (part.offset <= offset || part.offset < end);
    const window = parts.filter(overlapsWindow);
    const pieces = await Promise.all(window.map((part) => this.#piece(part)));
    return readWindow(
      pieces.filter((piece): piece is StoredPiece => piece !== null),
      offset,
      maxBytes,
    );
  }

  async getLogMetadata(logKey: LogKey): Promise<CapturedLogMetadata> {
    return {
      stdoutDownloadUrl: downloadPath(logKey, "stdout"),
      stdoutLocation: `r2://${this.bindingName}/${this.#joinedKey(logKey, "stdout")}`,
      stderrDownloadUrl: downloadPath(logKey, "stderr"),
      stderrLocation: `r2://${this.bindingName}/${this.#joinedKey(logKey, "stderr")}`,
    };
  }

  async #readJoined(logKey: LogKey, stream: ComputeIOType, offset: number, maxBytes: number | null): Promise<StreamSlice> {
    const key = this.#joinedKey(logKey, stream);
    const size = (await this.bucket.head(key))?.size ?? 0;
    if (offset >= size) return { text: "", nextOffset: offset };
    const length = maxBytes === null ? undefined : Math.min(size - offset, maxBytes + MAX_CHARACTER_BYTES);
    const object = await this.bucket.get(key, { range: length === undefined ? { offset } : { offset, length } });
    if (object === null) return { text: "", nextOffset: offset };
    return readWindow([{ offset, bytes: new Uint8Array(await object.arrayBuffer()) }], offset, maxBytes);
  }

  /** Joins the contiguous parts of one stream into its object, streaming them through (no stream: no object). */
  async #join(logKey: LogKey, stream: ComputeIOType): Promise<void> {
    const parts: Part[] = [];
    let size = 0;
    for (const part of await this.#parts(logKey, stream)) {
      if (part.offset !== size) break;
      parts.push(part);
      size += part.size;
    }
    if (parts.length === 0) return;
    const { readable, writable } = new FixedLengthStream(size);
    const upload = this.bucket.put(this.#joinedKey(logKey, stream), readable);
    for (const part of parts) {
      const object = await this.bucket.get(part.key);
      if (object === null) throw new Error(`compute log part ${part.key} disappeared while its capture was being completed`);
      await object.body.pipeTo(writable, { preventClose: true });
    }
    await writable.close();
    await upload;
  }

  /** The parts of one stream in offset order (at most `limit` when given). */
  async #parts(logKey: LogKey, stream: ComputeIOType, limit?: number): Promise<Part[]> {
    const prefix = `${this.#joinedKey(logKey, stream)}.parts/`;
    const parts: Part[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.bucket.list({ prefix, ...(cursor === undefined ? {} : { cursor }), ...(limit === undefined ? {} : { limit }) });
      parts.push(...page.objects.map((object) => ({ key: object.key, offset: Number(object.key.slice(prefix.length)), size: object.size })));
      cursor = page.truncated && limit === undefined ? page.cursor : undefined;
    } while (cursor !== undefined);
    return parts;
  }

  /** A part's bytes, or null when it was deleted meanwhile (its capture was just joined). */
  async #piece(part: Part): Promise<StoredPiece | null> {
    const object = await this.bucket.get(part.key);
    return object === null ? null : { offset: part.offset, bytes: new Uint8Array(await object.arrayBuffer()) };
  }

  #base(logKey: LogKey): string {
    return [this.prefix, ...logKey].filter((segment) => segment !== "").join("/");
  }

  #joinedKey(logKey: LogKey, stream: ComputeIOType): string {
    return `${this.#base(logKey)}.${STREAM_EXTENSION[stream]}`;
  }

  #partKey(logKey: LogKey, stream: ComputeIOType, offset: number): string {
    return `${this.#joinedKey(logKey, stream)}.parts/${String(offset).padStart(OFFSET_DIGITS, "0")}`;
  }

  #markerKey(logKey: LogKey): string {
    return `${this.#base(logKey)}.complete`;
  }
}
