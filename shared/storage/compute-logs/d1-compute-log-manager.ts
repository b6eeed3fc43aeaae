/**
 * The `d1` compute log manager: streams as rows of the instance's D1 database (tables compute_log_chunks
 * and compute_log_completions), so local development needs nothing but the database. Meant for modest
 * output; `r2` is the choice for production.
 * @module
 */
import { and, asc, eq, gte, lt, lte, max, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { chunkRowsForInsert, runBatch, type D1Db } from "../d1/d1-batch";
import { computeLogChunks, computeLogCompletions } from "../d1/schema";
import { epochSeconds } from "../d1/sql-helpers";
import { withStorageErrors } from "../d1/storage-errors";
import type {
  CapturedLogMetadata,
  ComputeIOType,
  ComputeLogChunk,
  ComputeLogManager,
  LogKey,
  StreamSlice,
} from "./compute-log-manager";
import { downloadPath, streamFileName } from "./log-keys";
import { readWindow, utf8Length } from "./utf8";

/** Text bound per insert statement, well under D1's 2 MB row and request sizes. */
const MAX_TEXT_BYTES_PER_STATEMENT = 512 * 1024;

/** The manager over `database`; D1 failures surface as DagflareError STORAGE_ERROR naming the method. */
export function createD1ComputeLogManager(database: D1Database): ComputeLogManager {
  return withStorageErrors("computeLogs", new D1ComputeLogManager(drizzle(database)));
}

type ChunkRow = typeof computeLogChunks.$inferInsert;

class D1ComputeLogManager implements ComputeLogManager {
  constructor(private readonly db: D1Db) {}

  /** One batch (one round trip, all or nothing), each statement under D1's 100-parameter limit. */
  async writeChunks(chunks: readonly ComputeLogChunk[]): Promise<void> {
    const rows = chunks.map((chunk) => ({
      logKey: storedKey(chunk.logKey),
      stream: chunk.stream,
      byteOffset: chunk.offset,
      byteLength: utf8Length(chunk.text),
      text: chunk.text,
    }));
    const groups = chunkRowsForInsert(computeLogChunks, rows).flatMap(underTextBound);
    await runBatch(
      this.db,
      groups.map((group) => this.db.insert(computeLogChunks).values(group).onConflictDoNothing()),
    );
  }

  async markComplete(logKeys: readonly LogKey[]): Promise<void> {
    const completeTime = epochSeconds();
    const rows = [...new Set(logKeys.map(storedKey))].map((logKey) => ({ logKey, completeTime }));
    await runBatch(
      this.db,
      chunkRowsForInsert(computeLogCompletions, rows).map((group) =>
        this.db.insert(computeLogCompletions).values(group).onConflictDoNothing(),
      ),
    );
  }

  async deleteLogsForRun(runId: string): Promise<void> {
    // Keys `<runId>/...` as a range ('0' follows '/'), not LIKE: run ids may hold LIKE's wildcards.
    const ofRun = <C extends typeof computeLogChunks.logKey | typeof computeLogCompletions.logKey>(
      column: C,
    ) => and(gte(column, `${runId}/`), lt(column, `${runId}0`));
    await runBatch(this.db, [
      this.db.delete(computeLogChunks).where(ofRun(computeLogChunks.logKey)),
      this.db.delete(computeLogCompletions).where(ofRun(computeLogCompletions.logKey)),
    ]);
  }

  async isCaptureComplete(logKey: LogKey): Promise<boolean> {
    const rows = await this.db
      .select({ logKey: computeLogCompletions.logKey })
      .from(computeLogCompletions)
      .where(eq(computeLogCompletions.logKey, storedKey(logKey)));
    return rows.length > 0;
  }

  async readStream(
    logKey: LogKey,
    stream: ComputeIOType,
    offset: number,
    maxBytes: number,
  ): Promise<StreamSlice | null> {
    const key = storedKey(logKey);
    const ofStream = and(eq(computeLogChunks.logKey, key), eq(computeLogChunks.stream, stream));
    // From the chunk holding `offset` (found through the primary key) to the end of the window.
    const holdingOffset = this.db
      .select({ start: sql`coalesce(${max(computeLogChunks.byteOffset)}, 0)` })
      .from(computeLogChunks)
      .where(and(ofStream, lte(computeLogChunks.byteOffset, offset)));
    const rows = await this.db
      .select({ byteOffset: computeLogChunks.byteOffset, text: computeLogChunks.text })
      .from(computeLogChunks)
      .where(
        and(
          ofStream,
          gte(computeLogChunks.byteOffset, holdingOffset),
          lt(computeLogChunks.byteOffset, offset + maxBytes),
        ),
      )
      .orderBy(asc(computeLogChunks.byteOffset));
    if (rows.length === 0 && !(await this.#captured(key))) return null;
    const encoder = new TextEncoder();
    return readWindow(
      rows.map((row) => ({ offset: row.byteOffset, bytes: encoder.encode(row.text) })),
      offset,
      maxBytes,
    );
  }

  async getLogMetadata(logKey: LogKey): Promise<CapturedLogMetadata> {
    return {
      stdoutDownloadUrl: downloadPath(logKey, "stdout"),
      stdoutLocation: `d1://compute_log_chunks/${streamFileName(logKey, "stdout")}`,
      stderrDownloadUrl: downloadPath(logKey, "stderr"),
      stderrLocation: `d1://compute_log_chunks/${streamFileName(logKey, "stderr")}`,
    };
  }

  /** Something was stored under the key: a chunk of either stream, or its completion. */
  async #captured(key: string): Promise<boolean> {
    const [chunks, completions] = await runBatch(this.db, [
      this.db
        .select({ logKey: computeLogChunks.logKey })
        .from(computeLogChunks)
        .where(eq(computeLogChunks.logKey, key))
        .limit(1),
      this.db
        .select({ logKey: computeLogCompletions.logKey })
        .from(computeLogCompletions)
        .where(eq(computeLogCompletions.logKey, key)),
    ]);
    return (chunks?.length ?? 0) > 0 || (completions?.length ?? 0) > 0;
  }
}

function storedKey(logKey: LogKey): string {
  return logKey.join("/");
}

/** Splits one statement's rows further so that none carries more than MAX_TEXT_BYTES_PER_STATEMENT of text. */
function underTextBound(rows: ChunkRow[]): ChunkRow[][] {
  const groups: ChunkRow[][] = [];
  let bytes = 0;
  for (const row of rows) {
    const current = groups.at(-1);
    if (current === undefined || bytes + row.byteLength > MAX_TEXT_BYTES_PER_STATEMENT) {
      groups.push([row]);
      bytes = row.byteLength;
    } else {
      current.push(row);
      bytes += row.byteLength;
    }
  }
  return groups;
}
