/**
 * How Dagster would type each schema node, and its stable key: the classification shared by the
 * GraphQL config types (dagster-config-types.ts) and config errors that point at a field's type.
 *
 * Keys follow Dagster's spelling: "String" | "Int" | "Float" | "Bool" | "Any", "Array.<inner>",
 * "Noneable.<inner>", "Map.<key>.<value>", "ScalarUnion.<scalar>-<non-scalar>", and content hashes for
 * "Shape.<hash>" (closed), "Permissive.<hash>" (open or typed extra entries), "Selector.<hash>" and
 * "Enum.<hash>". A hash covers the type's description and, per field in name order, its name, type key,
 * isRequired, explicit default and description, so equal types share a key and any change moves it.
 * Unions Dagster cannot express (other than nullable, selector, enum and scalar-or-collection) become
 * "Any"; so does a recursive reference, which Dagster's config system cannot express either.
 * @module
 */
import { compareText } from "./json-value";
import { stableHash } from "./stable-hash";
import type { ConfigField, ScalarName, SchemaReader } from "./schema-reader";

export type DagsterConfigTypeKind =
  | "COMPOSITE"
  | "SELECTOR"
  | "REGULAR"
  | "ARRAY"
  | "NULLABLE"
  | "ENUM"
  | "SCALAR_UNION"
  | "MAP";

/** A child type: its key and the schema node to classify it from ({} when cut at a recursion). */
export type TypeRef = { readonly key: string; readonly schema: unknown };

export type ConfigTypeNode =
  | { readonly kind: "REGULAR"; readonly key: ScalarName | "Any" }
  | { readonly kind: "ENUM"; readonly key: string; readonly values: readonly unknown[] }
  | { readonly kind: "ARRAY" | "NULLABLE"; readonly key: string; readonly of: TypeRef }
  | { readonly kind: "MAP"; readonly key: string; readonly keyType: TypeRef; readonly valueType: TypeRef }
  | {
      readonly kind: "SCALAR_UNION";
      readonly key: string;
      readonly scalar: TypeRef;
      readonly nonScalar: TypeRef;
    }
  | {
      readonly kind: "COMPOSITE" | "SELECTOR";
      readonly key: string;
      readonly description: string | undefined;
      readonly fields: readonly { readonly field: ConfigField; readonly type: TypeRef }[];
    };

const ANY: ConfigTypeNode = { kind: "REGULAR", key: "Any" };
const SCALAR_KINDS: ReadonlySet<DagsterConfigTypeKind> = new Set(["REGULAR", "ENUM"]);
const COLLECTION_KINDS: ReadonlySet<DagsterConfigTypeKind> = new Set([
  "COMPOSITE",
  "SELECTOR",
  "ARRAY",
  "MAP",
]);

/** Classifies schema nodes of one reader's schema; results are cached, so reuse one instance per schema. */
export class ConfigTypeKeys {
  readonly #reader: SchemaReader;
  readonly #nodes = new WeakMap<object, ConfigTypeNode>();
  readonly #open = new Set<object>();

  constructor(reader: SchemaReader) {
    this.#reader = reader;
  }

  keyOf(schema: unknown): string {
    return this.node(schema).key;
  }

  node(schema: unknown): ConfigTypeNode {
    const target = this.#reader.resolve(schema);
    const cached = typeof schema === "object" && schema !== null ? this.#nodes.get(schema) : undefined;
    if (cached) return cached;
    if (this.#open.has(target)) return ANY;
    this.#open.add(target);
    try {
      const node = this.#classify(schema);
      if (typeof schema === "object" && schema !== null) this.#nodes.set(schema, node);
      return node;
    } finally {
      this.#open.delete(target);
    }
  }

  #ref(schema: unknown): TypeRef {
    const node = this.node(schema);
    return { key: node.key, schema: node === ANY ? {} : schema };
  }

  #classify(schema: unknown): ConfigTypeNode {
    const view = this.#reader.view(schema);
    switch (view.kind) {
      case "any":
        return ANY;
      case "scalar":
        return { kind: "REGULAR", key: view.scalar };
      case "enum":
        return { kind: "ENUM", key: `Enum.${stableHash(JSON.stringify(view.values))}`, values: view.values };
      case "nullable": {
        const of = this.#ref(view.inner);
        return { kind: "NULLABLE", key: `Noneable.${of.key}`, of };
      }
      case "array": {
        // Dagster arrays are homogeneous: a tuple's items are typed Any.
        const of = this.#ref(view.prefixItems.length === 0 && view.items !== false ? view.items : {});
        return { kind: "ARRAY", key: `Array.${of.key}`, of };
      }
      case "map": {
        const keyType = this.#ref(
          this.#reader.view(view.keys).kind === "any" ? { type: "string" } : view.keys,
        );
        const valueType = this.#ref(view.values);
        return { kind: "MAP", key: `Map.${keyType.key}.${valueType.key}`, keyType, valueType };
      }
      case "shape":
      case "selector": {
        const fields = view.fields.map((field) => ({ field, type: this.#ref(field.schema) }));
        const { description } = this.#reader.resolve(schema);
        const text = typeof description === "string" ? description : undefined;
        const prefix =
          view.kind === "selector" ? "Selector" : view.extra === undefined ? "Shape" : "Permissive";
        const kind = view.kind === "selector" ? "SELECTOR" : "COMPOSITE";
        return { kind, key: `${prefix}.${hashFields(text, fields)}`, description: text, fields };
      }
      case "union":
        return this.#classifyUnion(view.options);
    }
  }

  /** Dagster's ScalarUnion: one scalar alternative and one collection alternative (e.g. "a" or { path: "a" }). */
  #classifyUnion(options: readonly unknown[]): ConfigTypeNode {
    const [first, second] = options.map((option) => this.#ref(option));
    if (options.length !== 2 || !first || !second) return ANY;
    const kinds = [first, second].map((ref) => this.node(ref.schema).kind);
    const scalarAt = kinds.findIndex((kind) => SCALAR_KINDS.has(kind));
    const other = scalarAt === 0 ? second : first;
    const scalar = scalarAt === 0 ? first : second;
    if (scalarAt === -1 || !COLLECTION_KINDS.has(this.node(other.schema).kind)) return ANY;
    return { kind: "SCALAR_UNION", key: `ScalarUnion.${scalar.key}-${other.key}`, scalar, nonScalar: other };
  }
}

function hashFields(
  description: string | undefined,
  fields: readonly { field: ConfigField; type: TypeRef }[],
): string {
  const parts = [...fields]
    .sort((a, b) => compareText(a.field.name, b.field.name))
    .map(({ field, type }) => [
      field.name,
      type.key,
      field.isRequired,
      field.explicitDefault ? [field.explicitDefault.value] : null,
      field.description ?? null,
    ]);
  return stableHash(JSON.stringify([description ?? null, parts]));
}
