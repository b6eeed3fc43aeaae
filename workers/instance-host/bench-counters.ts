/**
 * What a run costs, counted for the benchmarks (bench/peer-workflows.mjs): with the Worker var
 * DAGFLARE_BENCH_COUNTERS = "1", the host's env is wrapped so that D1 queries with their
 * `meta.rows_read` / `meta.rows_written`, run queue messages, Durable Object calls, code location calls
 * and the calls run workers make to the instance API are counted, and `GET /__bench/counters` answers the
 * totals (`POST` resets them). Without the var nothing is wrapped. Counts live in the isolate, which under
 * `wrangler dev` the webserver, the queue consumer, the Daemon and the InstanceApi entrypoint share.
 * @module
 */
import type { InstanceHostEnv } from "./env";

export const BENCH_COUNTERS_PATH = "/__bench/counters";

const counters = new Map<string, number>();
const wrapped = new WeakMap<object, InstanceHostEnv>();

function count(name: string, by = 1): void {
  counters.set(name, (counters.get(name) ?? 0) + by);
}

export function benchCountersEnabled(env: InstanceHostEnv): boolean {
  return env.DAGFLARE_BENCH_COUNTERS === "1";
}

/** Answers the counters endpoint; null for any other request (or when counting is off). */
export function benchCountersResponse(request: Request, env: InstanceHostEnv): Response | null {
  if (!benchCountersEnabled(env) || new URL(request.url).pathname !== BENCH_COUNTERS_PATH) return null;
  if (request.method === "POST") counters.clear();
  return Response.json(Object.fromEntries([...counters].sort(([a], [b]) => a.localeCompare(b))));
}

/** The env with its bindings counted when DAGFLARE_BENCH_COUNTERS is "1", else `env` itself. One wrapper per env. */
export function benchEnv(env: InstanceHostEnv): InstanceHostEnv {
  if (!benchCountersEnabled(env)) return env;
  let counted = wrapped.get(env);
  if (!counted) {
    // Every binding stays reachable through the prototype (some are not own enumerable properties).
    counted = Object.create(env) as InstanceHostEnv;
    for (const name of Reflect.ownKeys(env)) {
      const value: unknown = typeof name === "string" ? Reflect.get(env, name) : undefined;
      if (
        typeof name !== "string" ||
        name === "ASSETS" ||
        (typeof value !== "object" && typeof value !== "function") ||
        value === null
      )
        continue;
      // By name: a service binding's RPC stub answers any property, so probing for `send` or `getByName` would not tell.
      if (name === "DB") Reflect.set(counted, name, countedD1(value as D1Database));
      else if (name === "RUN_QUEUE") Reflect.set(counted, name, countedQueue(value as Queue<unknown>));
      else if (name === "DAEMON" || name === "CONCURRENCY")
        Reflect.set(counted, name, countedNamespace(value as DurableObjectNamespace, `do:${name}`));
      else if ("fetch" in value) Reflect.set(counted, name, countedCalls(value, `service:${name}`));
    }
    wrapped.set(env, counted);
  }
  return counted;
}

/** `target` with each method call counted as `<kind>.<method>` (RPC stubs and plain objects alike). */
export function countedCalls<T extends object>(target: T, kind: string): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property);
      if (typeof value !== "function" || typeof property !== "string" || property === "then") return value;
      return (...args: unknown[]) => {
        count(`${kind}.${property}`);
        return Reflect.apply(value, object, args);
      };
    },
  });
}

function countedNamespace(namespace: DurableObjectNamespace, kind: string): DurableObjectNamespace {
  return new Proxy(namespace, {
    get(object, property) {
      const value = Reflect.get(object, property);
      if (typeof value !== "function") return value;
      if (property === "getByName" || property === "get")
        return (...args: unknown[]) => countedCalls(Reflect.apply(value, object, args) as object, kind);
      return value.bind(object);
    },
  });
}

function countedQueue(queue: Queue<unknown>): Queue<unknown> {
  return {
    send: (body, options) => {
      count("queue.messages");
      return queue.send(body, options);
    },
    sendBatch: (messages, options) => {
      count("queue.messages", [...messages].length);
      return queue.sendBatch(messages, options);
    },
    metrics: () => queue.metrics(),
  } as Queue<unknown>;
}

function countMeta(result: D1Result | D1ExecResult): void {
  count("d1.queries");
  if ("meta" in result) {
    count("d1.rows_read", result.meta.rows_read ?? 0);
    count("d1.rows_written", result.meta.rows_written ?? 0);
  }
}

const realStatements = new WeakMap<object, D1PreparedStatement>();

/**
 * A statement whose results are counted. `first` and `raw` answer no meta, so they are run as `all` and
 * shaped as theirs would be (raw rows as values in column order, as drizzle's own D1 batch path maps them).
 */
function countedStatement(statement: D1PreparedStatement): D1PreparedStatement {
  const all = async <T>() => {
    const result = await statement.all<T>();
    countMeta(result);
    return result;
  };
  const counted = {
    bind: (...values: unknown[]) => countedStatement(statement.bind(...values)),
    all,
    run: async () => {
      const result = await statement.run();
      countMeta(result);
      return result;
    },
    first: async (column?: string) => {
      const row = ((await all<Record<string, unknown>>()).results[0] ?? null) as Record<
        string,
        unknown
      > | null;
      return column === undefined ? row : (row?.[column] ?? null);
    },
    raw: async (options?: { columnNames?: boolean }) => {
      const rows = (await all<Record<string, unknown>>()).results;
      const values = rows.map((row) => Object.values(row));
      return options?.columnNames ? [Object.keys(rows[0] ?? {}), ...values] : values;
    },
  } as unknown as D1PreparedStatement;
  realStatements.set(counted, statement);
  return counted;
}

function countedD1(db: D1Database): D1Database {
  return {
    prepare: (query: string) => countedStatement(db.prepare(query)),
    batch: async <T>(statements: D1PreparedStatement[]) => {
      const results = await db.batch<T>(
        statements.map((statement) => realStatements.get(statement) ?? statement),
      );
      for (const result of results) countMeta(result);
      return results;
    },
    exec: async (query: string) => {
      const result = await db.exec(query);
      countMeta(result);
      return result;
    },
    dump: () => db.dump(),
    withSession: (constraint?: string) => db.withSession(constraint),
  } as D1Database;
}
