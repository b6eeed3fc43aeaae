// Driver failures surface as DagflareError STORAGE_ERROR carrying the D1 error, while Dagflare's own
// errors pass through untouched. The fault is real: this file's isolated database loses a table.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { createD1Storage } from "../../shared/storage/d1/create-d1-storage";
import { uniqueId } from "../contracts/storage-fixtures";

describe("D1 storage errors", () => {
  beforeAll(async () => {
    await env.DB.exec("DROP TABLE kvs");
  });

  it("wraps a D1 failure as STORAGE_ERROR naming the operation, with the driver error as cause", async () => {
    const failure = await createD1Storage(env.DB)
      .daemon.getKv(["cursor"])
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(DagflareError);
    expect(failure).toMatchObject({
      code: "STORAGE_ERROR",
      message: expect.stringMatching(/^D1 storage failed in daemon\.getKv: .*no such table: kvs/s),
    });
    expect(failure instanceof Error && failure.cause).toBeInstanceOf(Error);
  });

  it("lets Dagflare's own errors through with their code", async () => {
    const storage = createD1Storage(env.DB);
    await expect(storage.schedules.updateTick(-1, {})).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Tick -1 not found",
    });
    await expect(storage.events.getLogsForRun(uniqueId("run"), { limit: 1.5 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "getLogsForRun options.limit must be a non-negative integer, got 1.5",
    });
  });
});
