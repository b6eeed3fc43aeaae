// The queries behind the UI's hot paths use their indexes on PostgreSQL, over 20,000 runs and 200,000
// events seeded in SQL and analyzed: each storage call's real statement is replayed under EXPLAIN. Newest
// first pages come straight from an index (no Sort), and no big table is read whole.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresStorage } from "../../shared/storage/postgres/create-postgres-storage";
import type { PostgresConnectionOptions } from "../../shared/storage/postgres/postgres-connection";
import type { Storage } from "../../shared/storage/storage";
import { migratedTestSchema } from "./test-schema";

const RUNS = 20_000;
const EVENTS_PER_RUN = 10;

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Scan Direction"?: string;
  Plans?: PlanNode[];
};

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

describe("PostgreSQL query plans", () => {
  let options: PostgresConnectionOptions;
  let admin: postgres.Sql;
  beforeAll(async () => {
    options = await migratedTestSchema();
    admin = postgres(options.connectionString, {
      max: 1,
      fetch_types: false,
      onnotice: () => {},
      connection: { search_path: options.searchPath ?? "public" },
    });
    await admin.unsafe(`insert into runs (id, run_id, job_name, location_name, repository_name, status, run_config, tags, create_time, update_time, end_time)
      select i, 'run-' || i, case when i % 2000 = 1 then 'rare_job' else 'job_' || (i % 20) end, 'example', '__repository__',
        case when i % 1000 = 3 then 'QUEUED' when i % 10 = 0 then 'FAILURE' else 'SUCCESS' end, '{}', '{}', i, i, i
      from generate_series(1, ${RUNS}) as i`);
    await admin.unsafe(
      `insert into run_tags (run_id, run_pk, key, value) select 'run-' || i, i, 'team', case when i % 4 = 0 then 'data' else 'ml' end from generate_series(1, ${RUNS}) as i`,
    );
    await admin.unsafe(
      `insert into run_tags (run_id, run_pk, key, value) select 'run-' || i, i, 'rare', 'yes' from generate_series(1, ${RUNS}) as i where i % 1000 = 7`,
    );
    await admin.unsafe(`insert into event_logs (id, run_id, event_type, timestamp, level, message)
      select j, 'run-' || ((j - 1) / ${EVENTS_PER_RUN} + 1), case when j % 2 = 0 then 'ENGINE_EVENT' else null end, j, 'INFO', 'event' from generate_series(1, ${RUNS * EVENTS_PER_RUN}) as j`);
    await admin.unsafe(`insert into ticks (selector_id, instigator_name, type, status, timestamp, run_ids, run_keys, failure_count)
      select 'selector-' || (i % 50), 'schedule', 'SCHEDULE', 'SUCCESS', i, '[]', '[]', 0 from generate_series(1, 20000) as i`);
    await admin.unsafe("analyze");
  }, 60_000);
  afterAll(async () => {
    await admin.end({ timeout: 5 });
  });

  /** The plan's nodes of the one statement `call` sends. */
  async function planOf(call: (storage: Storage) => Promise<unknown>): Promise<PlanNode[]> {
    const statements: { query: string; parameters: readonly unknown[] }[] = [];
    await call(
      createPostgresStorage({
        ...options,
        onQuery: (query, parameters) => statements.push({ query, parameters }),
      }),
    );
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    if (statement === undefined) return [];
    const [row] = await admin.unsafe(
      `explain (format json) ${statement.query}`,
      statement.parameters as postgres.ParameterOrJSON<never>[],
    );
    const plan = (row as unknown as { "QUERY PLAN": { Plan: PlanNode }[] } | undefined)?.["QUERY PLAN"][0]
      ?.Plan;
    return plan === undefined ? [] : nodesOf(plan);
  }

  /** No big table read whole and, unless allowed, no sort: the page comes in index order. */
  function expectIndexed(nodes: PlanNode[], { sorts = false } = {}): void {
    expect(
      nodes
        .filter(
          (node) =>
            node["Node Type"] === "Seq Scan" &&
            ["runs", "run_tags", "event_logs", "ticks"].includes(node["Relation Name"] ?? ""),
        )
        .map((node) => node["Relation Name"]),
    ).toEqual([]);
    if (!sorts) expect(nodes.filter((node) => node["Node Type"] === "Sort")).toEqual([]);
  }

  const indexes = (nodes: PlanNode[]) =>
    nodes.flatMap((node) => (node["Index Name"] === undefined ? [] : [node["Index Name"]]));

  it("serves the first page newest first from the primary key", async () => {
    const nodes = await planOf((storage) => storage.runs.getRuns({}, { limit: 25 }));
    expect(indexes(nodes)).toContain("runs_pkey");
    expectIndexed(nodes);
  });

  it("pages runs of a rare status after a cursor from the (status, id) index", async () => {
    const nodes = await planOf((storage) =>
      storage.runs.getRuns({ statuses: ["QUEUED"] }, { limit: 25, cursor: "run-15000" }),
    );
    expect(indexes(nodes)).toContain("runs_status_idx");
    expectIndexed(nodes);
  });

  it("finds a rare job's runs from its index", async () => {
    const nodes = await planOf((storage) => storage.runs.getRuns({ jobName: "rare_job" }, { limit: 25 }));
    expect(indexes(nodes)).toContain("runs_job_name_idx");
    // Its ten runs may be fetched as a bitmap and sorted: the planner's choice for so few rows.
    expectIndexed(nodes, { sorts: true });
  });

  it("pages a common status or job without a sort (walking runs newest first until the page is full is as good)", async () => {
    expectIndexed(
      await planOf((storage) =>
        storage.runs.getRuns({ statuses: ["FAILURE"] }, { limit: 25, cursor: "run-15000" }),
      ),
    );
    expectIndexed(await planOf((storage) => storage.runs.getRuns({ jobName: "job_7" }, { limit: 25 })));
  });

  it("pages a common tag, a rare tag and two tags newest first from the (key, value, run_pk) index, without a sort", async () => {
    const calls: Record<string, (storage: Storage) => Promise<unknown>> = {
      common: (storage) => storage.runs.getRuns({ tags: [{ key: "team", value: "data" }] }, { limit: 25 }),
      rare: (storage) => storage.runs.getRuns({ tags: [{ key: "rare", value: "yes" }] }, { limit: 25 }),
      "rare after a cursor": (storage) =>
        storage.runs.getRuns({ tags: [{ key: "rare", value: "yes" }] }, { limit: 25, cursor: "run-15007" }),
      "both tags": (storage) =>
        storage.runs.getRuns(
          {
            tags: [
              { key: "rare", value: "yes" },
              { key: "team", value: "ml" },
            ],
          },
          { limit: 25 },
        ),
    };
    for (const [name, call] of Object.entries(calls)) {
      const nodes = await planOf(call);
      // The page's order by runs.id comes from walking the tag index's run_pk backward: the page stops
      // after its first entries however many runs carry the tag, and no matches are gathered and sorted.
      expect(
        nodes.some(
          (node) => node["Index Name"] === "run_tags_key_value_idx" && node["Scan Direction"] === "Backward",
        ),
        `${name}: ${JSON.stringify(nodes.map((node) => [node["Node Type"], node["Index Name"], node["Scan Direction"]]))}`,
      ).toBe(true);
      expectIndexed(nodes);
    }
  });

  it("counts a tag's runs from the (key, value, run_pk) index", async () => {
    const nodes = await planOf((storage) =>
      storage.runs.getRunsCount({ tags: [{ key: "rare", value: "yes" }] }),
    );
    expect(indexes(nodes)).toContain("run_tags_key_value_idx");
    expectIndexed(nodes);
  });

  it("pages a run's events by (run_id, id)", async () => {
    const nodes = await planOf((storage) =>
      storage.events.getLogsForRun("run-500", { afterCursor: 4_995, limit: 100 }),
    );
    expect(indexes(nodes)).toEqual(["event_logs_run_id_idx"]);
    expectIndexed(nodes);
  });

  it("reads an event type across runs after a cursor from the (event_type, id) index", async () => {
    const nodes = await planOf((storage) =>
      storage.events.getEventRecords({ eventTypes: ["RUN_SUCCESS"], afterCursor: 100 }, { limit: 100 }),
    );
    expect(indexes(nodes)).toContain("event_logs_event_type_idx");
    expectIndexed(nodes);
  });

  it("lists an instigator's ticks newest first from the (selector_id, timestamp, id) index", async () => {
    const nodes = await planOf((storage) => storage.schedules.getTicks("selector-7", { limit: 25 }));
    expect(indexes(nodes)).toContain("ticks_selector_timestamp_idx");
    expectIndexed(nodes);
  });
});
