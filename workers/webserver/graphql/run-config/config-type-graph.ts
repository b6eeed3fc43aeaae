/**
 * Dagster's ConfigType objects from a JSON Schema (via shared/run-config's conversion), with fields
 * pointing at their types so clients can walk the schema.
 * @module
 */
import type { JsonSchema } from "../../../../shared/protocol/code-location-protocol";
import { toDagsterConfigTypes, type DagsterConfigType } from "../../../../shared/run-config/dagster-config-types";

const TYPENAME_BY_KIND: Record<DagsterConfigType["kind"], string> = {
  COMPOSITE: "CompositeConfigType",
  SELECTOR: "CompositeConfigType",
  REGULAR: "RegularConfigType",
  ARRAY: "ArrayConfigType",
  NULLABLE: "NullableConfigType",
  ENUM: "EnumConfigType",
  SCALAR_UNION: "ScalarUnionConfigType",
  MAP: "MapConfigType",
};

export type ConfigTypeModel = Record<string, unknown> & { key: string };

/** Every config type of a schema, keyed by Dagster config type key, with the root's key. */
export function presentConfigTypes(schema: JsonSchema): { root: ConfigTypeModel; all: ConfigTypeModel[] } {
  const { rootKey, types } = toDagsterConfigTypes(schema);
  const byKey = new Map<string, ConfigTypeModel>();
  const lookup = (key: string): ConfigTypeModel => {
    const found = byKey.get(key);
    if (!found) throw new Error(`Config type ${key} is referenced but not defined`);
    return found;
  };
  for (const type of types) byKey.set(type.key, presentConfigType(type, lookup));
  return { root: lookup(rootKey), all: [...byKey.values()] };
}

/** A ConfigTypeField named `name` whose type is the given schema (an op's or a resource's `config`). */
export function presentConfigField(name: string, schema: JsonSchema, isRequired: boolean) {
  const { root } = presentConfigTypes(schema);
  return { name, description: null, configType: root, configTypeKey: root.key, isRequired, defaultValueAsJson: null };
}

function presentConfigType(type: DagsterConfigType, lookup: (key: string) => ConfigTypeModel): ConfigTypeModel {
  const inner = (key: string | undefined) => () => (key ? lookup(key) : null);
  const model: ConfigTypeModel = {
    __typename: TYPENAME_BY_KIND[type.kind],
    key: type.key,
    description: type.description ?? null,
    isSelector: type.isSelector,
    typeParamKeys: type.typeParamKeys,
    recursiveConfigTypes: () => reachableTypes(type.key, lookup),
    fields: (type.fields ?? []).map((field) => ({
      name: field.name,
      description: field.description ?? null,
      isRequired: field.isRequired,
      defaultValueAsJson: field.defaultValueAsJson ?? null,
      configTypeKey: field.configTypeKey,
      configType: () => lookup(field.configTypeKey),
    })),
    givenName: type.givenName ?? type.key,
    values: (type.values ?? []).map((value) => ({ value, description: null })),
    ofType: inner(type.ofTypeKey),
    keyLabelName: type.keyLabelName ?? null,
    keyType: inner(type.keyTypeKey),
    valueType: inner(type.ofTypeKey),
    scalarTypeKey: type.scalarTypeKey ?? null,
    nonScalarTypeKey: type.nonScalarTypeKey ?? null,
    scalarType: inner(type.scalarTypeKey),
    nonScalarType: inner(type.nonScalarTypeKey),
  };
  return model;
}

/** Types reachable from `key` (not including itself), each once. */
function reachableTypes(key: string, lookup: (key: string) => ConfigTypeModel): ConfigTypeModel[] {
  const seen = new Set<string>([key]);
  const found: ConfigTypeModel[] = [];
  const visit = (current: string) => {
    for (const next of typeParams(lookup(current))) {
      if (seen.has(next)) continue;
      seen.add(next);
      found.push(lookup(next));
      visit(next);
    }
  };
  visit(key);
  return found;
}

function typeParams(model: ConfigTypeModel): string[] {
  const fields = (model.fields as { configTypeKey: string }[]).map((field) => field.configTypeKey);
  return [...fields, ...(model.typeParamKeys as string[])];
}
