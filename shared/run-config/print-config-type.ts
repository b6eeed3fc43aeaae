/**
 * Describes a config schema to a user: its type in Dagster's notation (`{ limit?: Int, source_url: String }`,
 * `[String]`, `Int?`) and the smallest config that would satisfy it (Dagster's "sample config").
 * @module
 */
import { compareText } from "./json-value";
import type { ScalarName, SchemaReader } from "./schema-reader";

const SAMPLE_SCALARS: Readonly<Record<ScalarName, unknown>> = {
  String: "...",
  Int: 0,
  Float: 0,
  Bool: false,
};

/** The type of a schema node in Dagster's one-line notation; a recursive reference prints as "...". */
export function printConfigType(reader: SchemaReader, node: unknown): string {
  return printNode(reader, node, new Set());
}

function printNode(reader: SchemaReader, node: unknown, open: Set<object>): string {
  const next = (child: unknown): string => printNode(reader, child, open);
  return guarded(reader, node, open, "...", () => {
    const view = reader.view(node);
    switch (view.kind) {
      case "any":
        return "Any";
      case "scalar":
        return view.scalar;
      case "enum":
        return view.values.map((value) => JSON.stringify(value)).join(" | ");
      case "nullable": {
        const inner = next(view.inner);
        return inner.includes(" | ") ? `(${inner})?` : `${inner}?`;
      }
      case "array": {
        // A tuple prints its positions, then "...T" for the rest when it has one.
        const rest =
          view.items === false
            ? []
            : [view.prefixItems.length === 0 ? next(view.items) : `...${next(view.items)}`];
        return `[${[...view.prefixItems.map(next), ...rest].join(", ")}]`;
      }
      case "map": {
        const key = reader.view(view.keys).kind === "any" ? "String" : next(view.keys);
        return `{ [${key}]: ${next(view.values)} }`;
      }
      case "shape": {
        const fields = [...view.fields]
          .sort((a, b) => compareText(a.name, b.name))
          .map((field) => `${field.name}${field.isRequired ? "" : "?"}: ${next(field.schema)}`);
        const entries = view.extra === undefined ? fields : [...fields, "..."];
        return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
      }
      case "selector":
        return view.fields.map((field) => `{ ${field.name}: ${next(field.schema)} }`).join(" | ");
      case "union":
        return view.options.map(next).join(" | ");
    }
  });
}

/**
 * The smallest value of a schema node: required entries only, "..." for strings, 0 for numbers, false
 * for booleans, the first choice of an enum, selector or union. A recursive reference yields null.
 */
export function sampleConfigValue(reader: SchemaReader, node: unknown): unknown {
  return sampleNode(reader, node, new Set());
}

function sampleNode(reader: SchemaReader, node: unknown, open: Set<object>): unknown {
  const next = (child: unknown): unknown => sampleNode(reader, child, open);
  return guarded(reader, node, open, null, () => {
    const view = reader.view(node);
    switch (view.kind) {
      case "any":
      case "nullable":
        return null;
      case "scalar":
        return SAMPLE_SCALARS[view.scalar];
      case "enum":
        return view.values[0];
      case "array":
        return view.prefixItems.map(next);
      case "map":
        return Object.fromEntries(view.required.map((key) => [key, next(view.values)]));
      case "shape":
        return Object.fromEntries(
          view.fields.filter((field) => field.isRequired).map((field) => [field.name, next(field.schema)]),
        );
      case "selector": {
        const [first] = view.fields;
        return first ? { [first.name]: next(first.schema) } : {};
      }
      case "union":
        return view.options[0] === undefined ? null : next(view.options[0]);
    }
  });
}

/** Visits a node unless it is already being visited further up: recursive schemas answer `onCycle`. */
function guarded<T>(reader: SchemaReader, node: unknown, open: Set<object>, onCycle: T, visit: () => T): T {
  const target = reader.resolve(node);
  if (open.has(target)) return onCycle;
  open.add(target);
  try {
    return visit();
  } finally {
    open.delete(target);
  }
}
