/**
 * Topological ordering of a graph, stable with respect to the given node order, with a cycle reported
 * by name when there is one.
 * @module
 */

/**
 * Orders `nodes` so each comes after everything in `upstream(node)`; among ready nodes the earlier in
 * `nodes` goes first. When the graph has a cycle, returns one cycle as a path whose last element
 * repeats the first (a → b → a) and the order of the nodes outside any cycle.
 */
export function topologicalOrder(
  nodes: readonly string[],
  upstream: (node: string) => readonly string[],
): { order: string[]; cycle: string[] | undefined } {
  const remaining = new Map(
    nodes.map((node) => [node, new Set(upstream(node).filter((dep) => nodes.includes(dep)))]),
  );
  const order: string[] = [];
  for (let ready = nextReady(remaining); ready !== undefined; ready = nextReady(remaining)) {
    order.push(ready);
    remaining.delete(ready);
    for (const deps of remaining.values()) deps.delete(ready);
  }
  return { order, cycle: remaining.size > 0 ? findCycle(remaining) : undefined };
}

function nextReady(remaining: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  for (const [node, deps] of remaining) if (deps.size === 0) return node;
  return undefined;
}

/** Every node left has an unresolved upstream, so walking upstream must revisit a node. */
function findCycle(remaining: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const path: string[] = [];
  let current = remaining.keys().next().value;
  while (current !== undefined && !path.includes(current)) {
    path.push(current);
    current = remaining.get(current)?.values().next().value;
  }
  if (current === undefined) return path;
  const cycle = path.slice(path.indexOf(current)).reverse();
  return [...cycle, cycle[0] ?? current];
}
