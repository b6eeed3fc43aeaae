/**
 * `npm run storage:copy` as a user runs it: a local D1 (wrangler's --persist-to layout) with runs, tags,
 * events, ticks and daemon state is copied into PostgreSQL and back into a new D1, every row count
 * verified by the command, the data read back through both backends' stores, and a second run resumes
 * without copying anything twice.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyLocalMigrations } from "../../scripts/lib/dev-system.mjs";
import { createD1Storage } from "../../shared/storage/d1/create-d1-storage";
import { createPostgresStorage } from "../../shared/storage/postgres/create-postgres-storage";
import type { Storage } from "../../shared/storage/storage";

const root = join(import.meta.dirname, "..", "..");

/** A local D1 in `folder` as wrangler keeps it, open through Miniflare. */
async function localD1(folder: string): Promise<{ storage: Storage; close: () => Promise<void> }> {
  applyLocalMigrations({ root, persistTo: folder, quiet: true });
  const miniflare = new Miniflare({
    modules: true,
    script: "export default { fetch: () => new Response(null) }",
    d1Databases: { DB: "00000000-0000-0000-0000-000000000000" },
    d1Persist: join(folder, "v3", "d1"),
  });
  return { storage: createD1Storage(await miniflare.getD1Database("DB")), close: () => miniflare.dispose() };
}

function copy(from: string, to: string) {
  return spawnSync(
    process.execPath,
    [
      join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      "scripts/storage-copy.ts",
      "--from",
      from,
      "--to",
      to,
    ],
    { cwd: root, encoding: "utf8" },
  );
}

describe("npm run storage:copy", () => {
  const folders = [
    mkdtempSync(join(tmpdir(), "dagflare-copy-a-")),
    mkdtempSync(join(tmpdir(), "dagflare-copy-b-")),
  ];
  const [source = "", back = ""] = folders;
  const url = () => inject("postgresUrl");
  const runIds: string[] = [];
  beforeAll(async () => {
    const d1 = await localD1(source);
    try {
      for (let index = 0; index < 30; index += 1) {
        const run = await d1.storage.runs.addRun({
          runId: `copy-run-${index}`,
          jobName: "copy_job",
          locationName: "example",
          repositoryName: "__repository__",
          runConfig: { n: index },
          tags: { team: index % 2 === 0 ? "data" : "ml" },
        });
        runIds.push(run.runId);
        await d1.storage.events.storeEvents([
          {
            runId: run.runId,
            timestamp: 1_700_000_000_000 + index,
            level: "DEBUG",
            message: "start",
            eventType: "RUN_START",
          },
          {
            runId: run.runId,
            timestamp: 1_700_000_000_500.5 + index,
            level: "INFO",
            message: "a line",
            eventType: null,
            data: { n: index },
          },
          {
            runId: run.runId,
            timestamp: 1_700_000_001_000 + index,
            level: "DEBUG",
            message: "end",
            eventType: "RUN_SUCCESS",
          },
        ]);
      }
      const tick = await d1.storage.schedules.createTick({
        selectorId: "sel",
        instigatorName: "every_minute",
        type: "SCHEDULE",
        status: "STARTED",
        timestamp: 1_700_000_000,
      });
      await d1.storage.schedules.updateTick(tick.tickId, { status: "SUCCESS", runIds: ["copy-run-0"] });
      await d1.storage.daemon.setKv({ cursor: "42" });
    } finally {
      await d1.close();
    }
  }, 120_000);
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("copies a D1 into PostgreSQL, verifying every table's count, and the copy reads the same", async () => {
    const result = copy(`d1:${source}`, `postgres:${url()}`);
    expect(result.stderr, result.stdout).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Every table has as many rows in the target as in the source.");
    const pg = createPostgresStorage({ connectionString: url() });
    expect(
      (await pg.runs.getRuns({ tags: [{ key: "team", value: "data" }] })).map((run) => run.runId),
    ).toEqual(runIds.filter((_, index) => index % 2 === 0).reverse());
    const events = await pg.events.getLogsForRun("copy-run-3");
    expect(events.events.map((event) => [event.message, event.data])).toEqual([
      ["start", null],
      ["a line", { n: 3 }],
      ["end", null],
    ]);
    expect((await pg.runs.getRun("copy-run-3"))?.status).toBe("SUCCESS");
    expect((await pg.schedules.getTicks("sel")).map((tick) => [tick.status, tick.runIds])).toEqual([
      ["SUCCESS", ["copy-run-0"]],
    ]);
    expect(await pg.daemon.getKv(["cursor"])).toEqual({ cursor: "42" });
  }, 120_000);

  it("resumes: run again, it copies nothing twice and verifies, and new rows get ids after the copied ones", async () => {
    const result = copy(`d1:${source}`, `postgres:${url()}`);
    expect(result.status, result.stderr).toBe(0);
    const pg = createPostgresStorage({ connectionString: url() });
    expect(await pg.runs.getRunsCount()).toBe(30);
    const before = await pg.events.getLogsForRun("copy-run-3");
    expect(before.events).toHaveLength(3);
    const [stored] = await pg.events.storeEvents([
      { runId: "copy-run-3", timestamp: 1, level: "INFO", message: "after the copy", eventType: null },
    ]);
    expect(stored?.storageId).toBeGreaterThan(90);
  }, 120_000);

  it("copies PostgreSQL back into a new D1", async () => {
    const result = copy(`postgres:${url()}`, `d1:${back}`);
    expect(result.status, result.stderr).toBe(0);
    const d1 = await localD1(back);
    try {
      expect(await d1.storage.runs.getRunsCount()).toBe(30);
      expect(
        (await d1.storage.events.getLogsForRun("copy-run-3")).events.map((event) => event.message),
      ).toEqual(["start", "a line", "end", "after the copy"]);
      expect(await d1.storage.runs.getRunTags({ tagKeys: ["team"] })).toEqual([
        { key: "team", values: ["data", "ml"] },
      ]);
    } finally {
      await d1.close();
    }
  }, 120_000);

  it("names a storage it cannot read", () => {
    const result = copy("sqlite:/tmp/x", `postgres:${url()}`);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '--from: expected d1:<folder> or postgres:<connection string>, got "sqlite:/tmp/x"',
    );
  });
});
