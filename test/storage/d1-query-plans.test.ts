// The queries behind the UI's hot paths use their indexes: each storage call's real SQL is replayed under
// EXPLAIN QUERY PLAN. A tag filter in particular must stay an index lookup, never a scan or a slow join
// (Dagster's most common UI timeout).
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createD1Storage } from "../../shared/storage/d1/create-d1-storage";
import type { Storage } from "../../shared/storage/storage";
import { newEvent, newRun } from "../contracts/storage-fixtures";
import { recordingD1 } from "./recording-d1";

/** The plan of the one statement `call` runs. */
async function planOf(call: (storage: Storage) => Promise<unknown>): Promise<string[]> {
  const { db, recording } = recordingD1(env.DB);
  await call(createD1Storage(db));
  expect(recording.statements).toHaveLength(1);
  const [statement] = recording.statements;
  if (statement === undefined) return [];
  const plan = await env.DB.prepare(`explain query plan ${statement.sql}`)
    .bind(...statement.params)
    .all<{ detail: string }>();
  return plan.results.map((row) => row.detail);
}

/** No full scan of a table and, unless allowed, no sort: the index delivers rows in page order. */
function expectIndexedAndOrdered(plan: string[], { sorts = false } = {}): void {
  expect(
    plan.filter((step) => /^SCAN (runs|run_tags|event_logs|ticks)\b/.test(step) && !step.includes("INDEX")),
  ).toEqual([]);
  if (!sorts) expect(plan.filter((step) => step.includes("TEMP B-TREE FOR ORDER BY"))).toEqual([]);
}

describe("D1 query plans", () => {
  let cursorRunId: string;
  beforeAll(async () => {
    const storage = createD1Storage(env.DB);
    cursorRunId = (await storage.runs.addRun(newRun({ tags: { team: "data" } }))).runId;
    await storage.events.storeEvents([newEvent(cursorRunId, "RUN_START", 1)]);
  });

  it("filters runs by several tags through the covering run_tags index", async () => {
    const plan = await planOf((storage) =>
      storage.runs.getRuns(
        {
          tags: [
            { key: "team", value: "data" },
            { key: "env", value: "prod" },
          ],
        },
        { limit: 25 },
      ),
    );
    expect(plan).toContain("SEARCH run_tags USING COVERING INDEX run_tags_key_value_idx (key=? AND value=?)");
    expect(
      plan.some((step) => step.startsWith("SEARCH runs USING") && step.includes("runs_run_id_idx")),
    ).toBe(true);
    // The matching runs are sorted for the page; what matters is that nothing is scanned.
    expectIndexedAndOrdered(plan, { sorts: true });
  });

  it("lists a job's runs newest first straight from its index", async () => {
    const plan = await planOf((storage) => storage.runs.getRuns({ jobName: "etl" }, { limit: 25 }));
    expect(plan).toContain("SEARCH runs USING INDEX runs_job_name_idx (job_name=?)");
    expectIndexedAndOrdered(plan);
  });

  it("pages runs of one status after a cursor from the (status, id) index", async () => {
    const plan = await planOf((storage) =>
      storage.runs.getRuns({ statuses: ["QUEUED"] }, { limit: 25, cursor: cursorRunId }),
    );
    expect(plan).toContain("SEARCH runs USING INDEX runs_status_idx (status=? AND id<?)");
    expectIndexedAndOrdered(plan);
  });

  it("pages a run's events by (run_id, id)", async () => {
    const plan = await planOf((storage) =>
      storage.events.getLogsForRun(cursorRunId, { afterCursor: 1, limit: 100 }),
    );
    expect(plan).toEqual(["SEARCH event_logs USING INDEX event_logs_run_id_idx (run_id=? AND id>?)"]);
  });

  it("reads run ends across runs after a storage id from the (event_type, id) index", async () => {
    const plan = await planOf((storage) =>
      storage.events.getEventRecords({ eventTypes: ["RUN_FAILURE"], afterCursor: 1 }, { limit: 100 }),
    );
    expect(plan).toEqual(["SEARCH event_logs USING INDEX event_logs_event_type_idx (event_type=? AND id>?)"]);
  });

  it("lists an instigator's ticks newest first by (selector_id, timestamp)", async () => {
    const plan = await planOf((storage) =>
      storage.schedules.getTicks("selector", { limit: 10, before: 100 }),
    );
    expect(plan).toContain(
      "SEARCH ticks USING INDEX ticks_selector_timestamp_idx (selector_id=? AND timestamp<?)",
    );
    expectIndexedAndOrdered(plan);
  });
});
