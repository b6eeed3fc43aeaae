/**
 * The `postgres` compute log manager: streams as rows of the PostgreSQL storage database (tables
 * compute_log_chunks and compute_log_completions), as `d1` keeps them in D1. Meant for modest output;
 * `r2` is the choice for large captures.
 * @module
 */
import { and, asc, eq, gte, lt, lte, max, sql } from "drizzle-orm";
import { epochSeconds } from "../d1/sql-helpers";
import { withStorageErrors } from "../d1/storage-errors";
import {
  postgresSession,
  type PgSession,
  type PostgresConnectionOptions,
} from "../postgres/postgres-connection";
import { chunks } from "../postgres/pg-helpers";
import { computeLogChunks, computeLogCompletions } from "../postgres/schema";
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

/** The manager over the database `options` names; failures surface as DagflareError STORAGE_ERROR naming the method. */
export function createPostgresComputeLogManager(options: PostgresConnectionOptions): ComputeLogManager {
  return withStorageErrors(
    "computeLogs",
    new PostgresComputeLogManager(postgresSession(options)),
    "PostgreSQL",
  );
}

class PostgresComputeLogManager implements ComputeLogManager {
  constructor(private readonly session: PgSession) {}

  /** One transaction (all or nothing), in multi-row statements. */
  async writeChunks(logChunks: readonly ComputeLogChunk[]): Promise<void> {
    const rows = logChunks.map((chunk) => ({
      logKey: storedKey(chunk.logKey),
      stream: chunk.stream,
      byteOffset: chunk.offset,
      byteLength: utf8Length(chunk.text),
      text: chunk.text,
    }));
    if (rows.length === 0) return;
    await this.session((db) =>
      db.transaction(async (tx) => {
        for (const group of chunks(rows, 100))
          await tx.insert(computeLogChunks).values(group).onConflictDoNothing();
      }),
    );
  }

  async markComplete(logKeys: readonly LogKey[]): Promise<void> {
    const completeTime = epochSeconds();
    const rows = [...new Set(logKeys.map(storedKey))].map((logKey) => ({ logKey, completeTime }));
    if (rows.length === 0) return;
    await this.session((db) => db.insert(computeLogCompletions).values(rows).onConflictDoNothing());
  }

  async deleteLogsForRun(runId: string): Promise<void> {
    // Keys `<runId>/...` as a range ('0' follows '/'), not LIKE: run ids may hold LIKE's wildcards.
    const from = `${runId}/`;
    const to = `${runId}0`;
    await this.session((db) =>
      db.execute(
        sql`with chunks as (${db
          .delete(computeLogChunks)
          .where(and(gte(computeLogChunks.logKey, from), lt(computeLogChunks.logKey, to)))
          .getSQL()})
          ${db
            .delete(computeLogCompletions)
            .where(and(gte(computeLogCompletions.logKey, from), lt(computeLogCompletions.logKey, to)))
            .getSQL()}`,
      ),
    );
  }

  async isCaptureComplete(logKey: LogKey): Promise<boolean> {
    const rows = await this.session((db) =>
      db
        .select({ logKey: computeLogCompletions.logKey })
        .from(computeLogCompletions)
        .where(eq(computeLogCompletions.logKey, storedKey(logKey))),
    );
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
    const { rows, captured } = await this.session(async (db) => {
      // From the chunk holding `offset` (found through the primary key) to the end of the window.
      const holdingOffset = db
        .select({ start: sql`coalesce(${max(computeLogChunks.byteOffset)}, 0)` })
        .from(computeLogChunks)
        .where(and(ofStream, lte(computeLogChunks.byteOffset, offset)));
      const window = await db
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
      if (window.length > 0) return { rows: window, captured: true };
      // Something was stored under the key: a chunk of either stream, or its completion.
      const [found] = await db.execute<{ captured: boolean }>(
        sql`select exists (select 1 from ${computeLogChunks} where ${eq(computeLogChunks.logKey, key)})
          or exists (select 1 from ${computeLogCompletions} where ${eq(computeLogCompletions.logKey, key)}) as captured`,
      );
      return { rows: window, captured: found?.captured === true };
    });
    if (!captured) return null;
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
      stdoutLocation: `postgres://compute_log_chunks/${streamFileName(logKey, "stdout")}`,
      stderrDownloadUrl: downloadPath(logKey, "stderr"),
      stderrLocation: `postgres://compute_log_chunks/${streamFileName(logKey, "stderr")}`,
    };
  }
}

function storedKey(logKey: LogKey): string {
  return logKey.join("/");
}
