/**
 * A run config JSON Schema as Dagster's GraphQL config type model (`runConfigSchemaOrError { rootConfigType
 * allConfigTypes }`), so Dagster's UI and clients can browse it and drive the launchpad editor.
 *
 * Mapping (schema-reader.ts reads the JSON Schema; config-type-keys.ts assigns kinds and keys):
 * | JSON Schema (as zod emits it)                      | kind         | key                                 |
 * |----------------------------------------------------|--------------|-------------------------------------|
 * | string / integer / number / boolean                | REGULAR      | "String" / "Int" / "Float" / "Bool" |
 * | {} (z.unknown), unions Dagster cannot express      | REGULAR      | "Any"                               |
 * | enum, const, union of literals                     | ENUM         | "Enum.<hash>" (values as strings)   |
 * | anyOf [T, {type: null}], type: [T, "null"]         | NULLABLE     | "Noneable.<T>"                      |
 * | array (tuples: items typed Any)                    | ARRAY        | "Array.<T>"                         |
 * | object without properties (z.record)               | MAP          | "Map.<K>.<V>"                       |
 * | object with properties, closed                     | COMPOSITE    | "Shape.<hash>"                      |
 * | object with properties, open or typed extras       | COMPOSITE    | "Permissive.<hash>"                 |
 * | union of single-required-key closed objects        | SELECTOR     | "Selector.<hash>" (isSelector)      |
 * | union of one scalar and one collection             | SCALAR_UNION | "ScalarUnion.<S>-<N>"               |
 * Fields are listed by name; `isRequired` and `defaultValueAsJson` follow Dagster (an all-optional shape
 * is optional and defaults to its filled-in `{}`). ARRAY, NULLABLE and MAP name their element (MAP: value)
 * type in `ofTypeKey`; MAP its key type in `keyTypeKey`.
 * @module
 */
import type { JsonSchema } from "../protocol/code-location-protocol";
import {
  ConfigTypeKeys,
  type ConfigTypeNode,
  type DagsterConfigTypeKind,
  type TypeRef,
} from "./config-type-keys";
import { fillDefaults } from "./fill-defaults";
import { compareText } from "./json-value";
import { printConfigType } from "./print-config-type";
import { SchemaReader, type ConfigField } from "./schema-reader";
import type { Validation } from "./validate-config-value";

export type { DagsterConfigTypeKind } from "./config-type-keys";

export type DagsterConfigTypeField = {
  name: string;
  description: string | null;
  isRequired: boolean;
  defaultValueAsJson: string | null;
  configTypeKey: string;
};

export type DagsterConfigType = {
  key: string;
  kind: DagsterConfigTypeKind;
  description: string | null;
  isSelector: boolean;
  /** Keys of the type's parameters: [element] for ARRAY/NULLABLE, [key, value] for MAP, [scalar, non-scalar] for SCALAR_UNION. */
  typeParamKeys: string[];
  /** COMPOSITE and SELECTOR. */
  fields?: DagsterConfigTypeField[];
  /** REGULAR (the scalar's name) and ENUM. */
  givenName?: string;
  /** ENUM. */
  values?: string[];
  ofTypeKey?: string;
  keyTypeKey?: string;
  keyLabelName?: string | null;
  scalarTypeKey?: string;
  nonScalarTypeKey?: string;
};

/**
 * Every config type reachable from `schema`, each once, sorted by key, and the root's key. Deterministic:
 * the same schema always gives the same keys. Pure; throws DagflareError("INVALID_DEFINITION") only for
 * a broken schema (an unresolvable `$ref`).
 */
export function toDagsterConfigTypes(schema: JsonSchema): { rootKey: string; types: DagsterConfigType[] } {
  const reader = new SchemaReader(schema);
  const validation: Validation = { reader, keys: new ConfigTypeKeys(reader) };
  const found = new Map<string, DagsterConfigType>();
  const pending: unknown[] = [schema];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const node = validation.keys.node(next);
    if (found.has(node.key)) continue;
    found.set(node.key, present(validation, node));
    pending.push(...children(node).map((ref) => ref.schema));
  }
  return {
    rootKey: validation.keys.keyOf(schema),
    types: [...found.values()].sort((a, b) => compareText(a.key, b.key)),
  };
}

function children(node: ConfigTypeNode): TypeRef[] {
  switch (node.kind) {
    case "REGULAR":
    case "ENUM":
      return [];
    case "ARRAY":
    case "NULLABLE":
      return [node.of];
    case "MAP":
      return [node.keyType, node.valueType];
    case "SCALAR_UNION":
      return [node.scalar, node.nonScalar];
    case "COMPOSITE":
    case "SELECTOR":
      return node.fields.map(({ type }) => type);
  }
}

function present(validation: Validation, node: ConfigTypeNode): DagsterConfigType {
  const base = { key: node.key, kind: node.kind, description: null, isSelector: false, typeParamKeys: [] };
  switch (node.kind) {
    case "REGULAR":
      return { ...base, givenName: node.key };
    case "ENUM":
      return {
        ...base,
        givenName: printConfigType(validation.reader, { enum: node.values }),
        values: node.values.map((value) => (typeof value === "string" ? value : JSON.stringify(value))),
      };
    case "ARRAY":
    case "NULLABLE":
      return { ...base, typeParamKeys: [node.of.key], ofTypeKey: node.of.key };
    case "MAP":
      return {
        ...base,
        typeParamKeys: [node.keyType.key, node.valueType.key],
        keyTypeKey: node.keyType.key,
        ofTypeKey: node.valueType.key,
        keyLabelName: null,
      };
    case "SCALAR_UNION":
      return {
        ...base,
        typeParamKeys: [node.scalar.key, node.nonScalar.key],
        scalarTypeKey: node.scalar.key,
        nonScalarTypeKey: node.nonScalar.key,
      };
    case "COMPOSITE":
    case "SELECTOR":
      return {
        ...base,
        description: node.description ?? null,
        isSelector: node.kind === "SELECTOR",
        fields: [...node.fields]
          .sort((a, b) => compareText(a.field.name, b.field.name))
          .map(({ field, type }) => presentField(validation, field, type)),
      };
  }
}

function presentField(validation: Validation, field: ConfigField, type: TypeRef): DagsterConfigTypeField {
  const defaultValue = field.explicitDefault
    ? field.explicitDefault.value
    : field.implicitDefault
      ? fillDefaults(validation, field.schema, {})
      : undefined;
  return {
    name: field.name,
    description: field.description ?? null,
    isRequired: field.isRequired,
    defaultValueAsJson: defaultValue === undefined ? null : JSON.stringify(defaultValue),
    configTypeKey: type.key,
  };
}
