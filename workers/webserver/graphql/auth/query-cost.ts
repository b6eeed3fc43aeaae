/**
 * How much a GraphQL operation asks for, measured before it runs: its depth, its aliased fields, and its
 * cost (every field 1, times the `limit` of each list field above it, so `runsOrError(limit: 1e9)` costs
 * a billion while the UI's pages cost thousands).
 * @module
 */
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export type QueryMeasure = { depth: number; aliases: number; cost: number };

export type QueryLimits = { maxDepth: number; maxAliases: number; maxCost: number };

/** For anonymous (public) and viewer callers. Far above what the UI asks for (depth ~12, cost ~10^4). */
export const RESTRICTED_QUERY_LIMITS: QueryLimits = { maxDepth: 20, maxAliases: 100, maxCost: 100_000 };

function numberValue(value: ValueNode, variables: Record<string, unknown>): number | null {
  if (value.kind === Kind.INT || value.kind === Kind.FLOAT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const variable = variables[value.name.value];
    return typeof variable === "number" ? variable : null;
  }
  return null;
}

export function measureOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): QueryMeasure | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations[0];
  if (!operation) return null;
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const measure: QueryMeasure = { depth: 0, aliases: 0, cost: 0 };
  // Validation has already refused fragment cycles; `seen` only guards a spread repeated in one path.
  const walk = (
    selectionSet: SelectionSetNode,
    depth: number,
    multiplier: number,
    seen: ReadonlySet<string>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) measure.aliases++;
        measure.cost += multiplier;
        measure.depth = Math.max(measure.depth, depth);
        const limit = selection.arguments?.find((argument) => argument.name.value === "limit");
        const factor = limit ? Math.max(1, numberValue(limit.value, variables) ?? 1) : 1;
        if (selection.selectionSet) walk(selection.selectionSet, depth + 1, multiplier * factor, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, multiplier, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value))
          walk(fragment.selectionSet, depth, multiplier, new Set([...seen, fragment.name.value]));
      }
    }
  };
  walk(operation.selectionSet, 1, 1, new Set());
  return measure;
}

/** What is over `limits`, as a message naming the measure and the limit; null when within. */
export function overLimits(measure: QueryMeasure, limits: QueryLimits): string | null {
  if (measure.depth > limits.maxDepth)
    return `query depth ${measure.depth} is over the limit of ${limits.maxDepth}`;
  if (measure.aliases > limits.maxAliases)
    return `${measure.aliases} aliased fields are over the limit of ${limits.maxAliases}`;
  if (measure.cost > limits.maxCost)
    return `query cost ${measure.cost} (fields times list limits) is over the limit of ${limits.maxCost}; ask for smaller pages`;
  return null;
}
