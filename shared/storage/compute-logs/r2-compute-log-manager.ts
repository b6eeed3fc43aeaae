/**
 * The `r2` compute log manager (Dagster's S3ComputeLogManager on R2), the production choice. While a
 * capture runs, each chunk is its own object `<prefix>/<log key>.out.parts/<offset>` (R2 has no append).
 * Completing a capture joins the parts of each stream into one object `<prefix>/<log key>.out` (`.err` for
 * stderr), writes a `<prefix>/<log key>.complete` marker, then deletes the joined parts. A stream is read
 * with range reads of its joined object when it has one, from its parts otherwise.
 *
 * Limits: joining reads each part (one GET) in the invocation that completes the capture, and Workers
 * bound the subrequests of an invocation (10,000 on Workers Paid). So one `markComplete` call joins at
 * most `maxJoinedParts` parts in all; a stream beyond that budget is left in parts, which stay its stored
 * form (reads page through them too, with a list per 1,000 parts). Parts are deleted at most 1,000 keys per
 * call (R2's limit), after the marker, so a call that fails while deleting is finished by the next one:
 * a complete capture whose joined streams still have parts gets them deleted.
 * @module
 */
import type {
  CapturedLogMetadata,
  ComputeIOType,
  ComputeLogChunk,
  ComputeLogManager,
  LogKey,
  StreamSlice,
} from "./compute-log-manager";
import { COMPUTE_IO_TYPES } from "./compute-log-manager";
import { downloadPath, STREAM_EXTENSION } from "./log-keys";
import { readWindow, type StoredPiece } from "./utf8";

/** Offsets in part names are zero-padded to this width, so listing order is offset order. */
const OFFSET_DIGITS = 16;
/** The longest UTF-8 character: a range read takes this much more, to finish a character cut by the limit. */
const MAX_CHARACTER_BYTES = 4;
/** R2 deletes at most this many keys per call (and lists at most this many per page). */
const MAX_KEYS_PER_DELETE = 1000;
/**
 * Parts one `markComplete` call joins at most: half of Workers Paid's 10,000 subrequests per invocation,
 * leaving the rest to the batch's writes, lists, markers and deletes.
 */
const MAX_JOINED_PARTS_PER_CALL = 5000;

type Part = { key: string; offset: number; size: number };

export class R2ComputeLogManager implements ComputeLogManager {
  /** `bindingName` only names the bucket in the locations it reports. */
  constructor(
    private readonly bucket: R2Bucket,
    private readonly prefix: string,
    private readonly bindingName: string,
    private readonly maxJoinedParts = MAX_JOINED_PARTS_PER_CALL,
  ) {}

  async writeChunks(chunks: readonly ComputeLogChunk[]): Promise<void> {
    const complete = new Map<string, Promise<boolean>>();
    const isComplete = (logKey: LogKey) => {
      const base = this.#base(logKey);
      if (!complete.has(base)) complete.set(base, this.isCaptureComplete(logKey));
      return complete.get(base) ?? Promise.resolve(false);
    };
    // A chunk delivered again after its capture was joined would only leave a stray part behind.
    await Promise.all(
      chunks.map(
        async (chunk) =>
          (await isComplete(chunk.logKey)) ||
          this.bucket.put(this.#partKey(chunk.logKey, chunk.stream, chunk.offset), chunk.text),
      ),
    );
  }

  async deleteLogsForRun(runId: string): Promise<void> {
    await this.#deletePrefix(`${this.#base([runId])}/`);
  }

  async markComplete(logKeys: readonly LogKey[]): Promise<void> {
    let budget = this.maxJoinedParts;
    for (const logKey of logKeys) {
      if (!(await this.isCaptureComplete(logKey))) {
        for (const stream of COMPUTE_IO_TYPES) budget -= await this.#join(logKey, stream, budget);
        await this.bucket.put(this.#markerKey(logKey), "");
      }
      // Also for a capture complete already: an earlier call may have failed after writing the marker.
      for (const stream of COMPUTE_IO_TYPES) await this.#deleteJoinedParts(logKey, stream);
    }
  }

  async isCaptureComplete(logKey: LogKey): Promise<boolean> {
    return (await this.bucket.head(this.#markerKey(logKey))) !== null;
  }

  async readStream(
    logKey: LogKey,
    stream: ComputeIOType,
    offset: number,
    maxBytes: number,
  ): Promise<StreamSlice | null> {
    const joined = await this.bucket.head(this.#joinedKey(logKey, stream));
    if (joined !== null) return this.#readJoined(joined, offset, maxBytes);
    const end = offset + maxBytes;
    // Listing stops at the window's end, so early windows of a long capture cost one page.
    const parts = await this.#parts(logKey, stream, (listed) => (listed.at(-1)?.offset ?? 0) >= end);
    if (parts.length === 0)
      return (await this.#holdsOtherThan(logKey, stream)) ? { text: "", nextOffset: offset } : null;
    const overlapsWindow = (part: Part) =>
      part.offset + part.size > offset && (part.offset <= offset || part.offset < end);
    const pieces = await Promise.all(parts.filter(overlapsWindow).map((part) => this.#piece(part)));
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

  async #readJoined(joined: R2Object, offset: number, maxBytes: number): Promise<StreamSlice> {
    if (offset >= joined.size) return { text: "", nextOffset: offset };
    const object = await this.bucket.get(joined.key, {
      range: { offset, length: Math.min(joined.size - offset, maxBytes + MAX_CHARACTER_BYTES) },
    });
    if (object === null) return { text: "", nextOffset: offset };
    return readWindow([{ offset, bytes: new Uint8Array(await object.arrayBuffer()) }], offset, maxBytes);
  }

  /** Whether the key holds anything besides `stream`'s parts: its marker, or the other stream. */
  async #holdsOtherThan(logKey: LogKey, stream: ComputeIOType): Promise<boolean> {
    const other = stream === "stdout" ? "stderr" : "stdout";
    const [marker, joined, parts] = await Promise.all([
      this.bucket.head(this.#markerKey(logKey)),
      this.bucket.head(this.#joinedKey(logKey, other)),
      this.bucket.list({ prefix: this.#partsPrefix(logKey, other), limit: 1 }),
    ]);
    return marker !== null || joined !== null || parts.objects.length > 0;
  }

  /**
   * Joins the contiguous parts of one stream into its object, streaming them through, unless there are
   * more than `budget` parts. Returns how many parts it read: 0 when it joined nothing (no stream: no
   * object; too many parts: they stay the stream).
   */
  async #join(logKey: LogKey, stream: ComputeIOType, budget: number): Promise<number> {
    const listed = await this.#parts(logKey, stream, (parts) => parts.length > budget);
    if (listed.length > budget) return 0;
    const parts: Part[] = [];
    let size = 0;
    for (const part of listed) {
      if (part.offset !== size) break;
      parts.push(part);
      size += part.size;
    }
    if (parts.length === 0) return 0;
    const { readable, writable } = new FixedLengthStream(size);
    const upload = this.bucket.put(this.#joinedKey(logKey, stream), readable);
    for (const part of parts) {
      const object = await this.bucket.get(part.key);
      if (object === null)
        throw new Error(`compute log part ${part.key} disappeared while its capture was being completed`);
      await object.body.pipeTo(writable, { preventClose: true });
    }
    await writable.close();
    await upload;
    return parts.length;
  }

  /** Deletes what is left of a joined stream's parts, a page at a time; a stream without a joined object keeps its parts. */
  async #deleteJoinedParts(logKey: LogKey, stream: ComputeIOType): Promise<void> {
    if ((await this.bucket.head(this.#joinedKey(logKey, stream))) === null) return;
    await this.#deletePrefix(this.#partsPrefix(logKey, stream));
  }

  /** Deletes every object under `prefix`, a page (at most MAX_KEYS_PER_DELETE keys) at a time. */
  async #deletePrefix(prefix: string): Promise<void> {
    let page: R2Objects;
    do {
      // Each page is listed from the start: the previous one is gone.
      page = await this.bucket.list({ prefix, limit: MAX_KEYS_PER_DELETE });
      if (page.objects.length > 0) await this.bucket.delete(page.objects.map((object) => object.key));
    } while (page.truncated);
  }

  /** The parts of one stream in offset order, listed a page at a time until all are or `enough` says so. */
  async #parts(
    logKey: LogKey,
    stream: ComputeIOType,
    enough: (listed: readonly Part[]) => boolean = () => false,
  ): Promise<Part[]> {
    const prefix = this.#partsPrefix(logKey, stream);
    const parts: Part[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.bucket.list({ prefix, ...(cursor === undefined ? {} : { cursor }) });
      parts.push(
        ...page.objects.map((object) => ({
          key: object.key,
          offset: Number(object.key.slice(prefix.length)),
          size: object.size,
        })),
      );
      cursor = page.truncated && !enough(parts) ? page.cursor : undefined;
    } while (cursor !== undefined);
    return parts;
  }

  /** A part's bytes, or null when it was deleted meanwhile (its capture was just joined). */
  async #piece(part: Part): Promise<StoredPiece | null> {
    const object = await this.bucket.get(part.key);
    return object === null
      ? null
      : { offset: part.offset, bytes: new Uint8Array(await object.arrayBuffer()) };
  }

  #base(logKey: LogKey): string {
    return [this.prefix, ...logKey].filter((segment) => segment !== "").join("/");
  }

  #joinedKey(logKey: LogKey, stream: ComputeIOType): string {
    return `${this.#base(logKey)}.${STREAM_EXTENSION[stream]}`;
  }

  #partsPrefix(logKey: LogKey, stream: ComputeIOType): string {
    return `${this.#joinedKey(logKey, stream)}.parts/`;
  }

  #partKey(logKey: LogKey, stream: ComputeIOType, offset: number): string {
    return `${this.#partsPrefix(logKey, stream)}${String(offset).padStart(OFFSET_DIGITS, "0")}`;
  }

  #markerKey(logKey: LogKey): string {
    return `${this.#base(logKey)}.complete`;
  }
}
