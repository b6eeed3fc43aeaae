/**
 * Dagster's op selection syntax over a job graph: `name` selects one op, `*name` it and every ancestor,
 * `name*` it and every descendant, and each `+` one more level (`++name` = two levels up).
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { JobSnapshot } from "../protocol/code-location-protocol";

const CLAUSE = /^(\*|\+*)([A-Za-z0-9_]+)(\*|\+*)$/;

/**
 * Node names selected by the clauses, in the job's topological order.
 * Throws DagflareError BAD_REQUEST naming the clause when it is malformed or names no op in the job.
 */
export function resolveOpSelection(job: JobSnapshot, clauses: readonly string[]): string[] {
  const upstream = new Map(
    job.ops.map((node) => [
      node.name,
      node.inputs.flatMap((input) => input.dependsOn.map((dep) => dep.node)),
    ]),
  );
  const downstream = new Map<string, string[]>(job.ops.map((node) => [node.name, []]));
  for (const [node, parents] of upstream) for (const parent of parents) downstream.get(parent)?.push(node);

  const selected = new Set<string>();
  for (const raw of clauses.flatMap((clause) => clause.split(/[\s,]+/)).filter(Boolean)) {
    const match = CLAUSE.exec(raw);
    if (!match)
      throw new DagflareError(
        "BAD_REQUEST",
        `op selection "${raw}" is not of the form [*|+...]op_name[*|+...]`,
      );
    const [, up = "", name = "", down = ""] = match;
    if (!upstream.has(name))
      throw new DagflareError(
        "BAD_REQUEST",
        `op selection "${raw}": job ${job.name} has no op named ${name}`,
      );
    selected.add(name);
    walk(name, upstream, depth(up), selected);
    walk(name, downstream, depth(down), selected);
  }
  return job.ops.map((node) => node.name).filter((name) => selected.has(name));
}

function depth(marker: string): number {
  return marker === "*" ? Number.POSITIVE_INFINITY : marker.length;
}

function walk(start: string, edges: Map<string, string[]>, levels: number, into: Set<string>): void {
  let frontier = [start];
  for (let level = 0; level < levels && frontier.length > 0; level++) {
    frontier = frontier.flatMap((node) => edges.get(node) ?? []).filter((node) => !into.has(node));
    for (const node of frontier) into.add(node);
  }
}

/**
 * The job restricted to the selected nodes: unselected upstreams are cut from inputs (their values must
 * come from elsewhere, e.g. a parent run), and the run config schema no longer asks for their config.
 */
export function subsetJob(job: JobSnapshot, selected: readonly string[]): JobSnapshot {
  const keep = new Set(selected);
  const ops = job.ops
    .filter((node) => keep.has(node.name))
    .map((node) => ({
      ...node,
      inputs: node.inputs.map((input) => ({
        ...input,
        dependsOn: input.dependsOn.filter((dep) => keep.has(dep.node)),
      })),
    }));
  return { ...job, ops, runConfigSchema: withOnlyOps(job.runConfigSchema, keep) };
}

type ObjectSchema = { properties?: Record<string, unknown>; required?: string[] };

function withOnlyOps(schema: Record<string, unknown>, keep: ReadonlySet<string>): Record<string, unknown> {
  const root = schema as ObjectSchema;
  const opsSchema = root.properties?.ops as ObjectSchema | undefined;
  if (!opsSchema?.properties) return schema;
  const properties = Object.fromEntries(
    Object.entries(opsSchema.properties).filter(([name]) => keep.has(name)),
  );
  const required = (opsSchema.required ?? []).filter((name) => keep.has(name));
  const ops = { ...opsSchema, properties, required };
  const rootRequired = (root.required ?? []).filter((name) => name !== "ops" || required.length > 0);
  return { ...schema, properties: { ...root.properties, ops }, required: rootRequired };
}
