/**
 * Where in a run config a value sits, as Dagster's EvaluationStack: field names, list indexes and map
 * entries from the root down. Errors carry it both as entries and as a flat `path`, and print it as
 * Dagster does (`root:ops:extract:config:tags[2]`).
 * @module
 */

export type EvaluationStackEntry =
  | { readonly kind: "field"; readonly fieldName: string }
  | { readonly kind: "listItem"; readonly listIndex: number }
  | { readonly kind: "mapKey"; readonly mapKey: string }
  | { readonly kind: "mapValue"; readonly mapKey: string };

export type EvaluationStack = readonly EvaluationStackEntry[];

export const forField = (stack: EvaluationStack, fieldName: string): EvaluationStack => [
  ...stack,
  { kind: "field", fieldName },
];
export const forListItem = (stack: EvaluationStack, listIndex: number): EvaluationStack => [
  ...stack,
  { kind: "listItem", listIndex },
];
export const forMapKey = (stack: EvaluationStack, mapKey: string): EvaluationStack => [
  ...stack,
  { kind: "mapKey", mapKey },
];
export const forMapValue = (stack: EvaluationStack, mapKey: string): EvaluationStack => [
  ...stack,
  { kind: "mapValue", mapKey },
];

/** The stack as plain strings: field names, list indexes and map keys. */
export function pathOf(stack: EvaluationStack): string[] {
  return stack.map((entry) =>
    entry.kind === "field"
      ? entry.fieldName
      : entry.kind === "listItem"
        ? String(entry.listIndex)
        : entry.mapKey,
  );
}

/** "at the root" or "at path root:ops:extract:config", as Dagster words it. */
export function describeLocation(stack: EvaluationStack): string {
  if (stack.length === 0) return "at the root";
  const parts = stack.map((entry) => {
    switch (entry.kind) {
      case "field":
        return `:${entry.fieldName}`;
      case "listItem":
        return `[${entry.listIndex}]`;
      case "mapKey":
        return `:'${entry.mapKey}':key`;
      case "mapValue":
        return `:'${entry.mapKey}':value`;
    }
  });
  return `at path root${parts.join("")}`;
}
