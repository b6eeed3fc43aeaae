/**
 * Dagster's ConfigType objects over a JSON Schema (via shared/run-config's conversion): every type of the
 * schema indexed by key, so a field or a wrapping type resolves the type it points at, and clients can
 * walk the schema.
 * @module
 */
import type { JsonSchema } from "../../../../shared/protocol/code-location-protocol";
import {
  toDagsterConfigTypes,
  type DagsterConfigType,
  type DagsterConfigTypeField,
} from "../../../../shared/run-config/dagster-config-types";

export type ConfigTypeIndex = ReadonlyMap<string, DagsterConfigType>;
/** A config type with the index of the schema it belongs to. */
export type ConfigTypeNode = { type: DagsterConfigType; index: ConfigTypeIndex };
/** A field with the index its type key resolves in. */
export type ConfigFieldNode = DagsterConfigTypeField & { index: ConfigTypeIndex };

export function configTypeNode(index: ConfigTypeIndex, key: string): ConfigTypeNode {
  const type = index.get(key);
  if (!type) throw new Error(`Config type ${key} is referenced but not defined`);
  return { type, index };
}

/** Every config type of a schema, and its root. */
export function configTypesOf(schema: JsonSchema): { root: ConfigTypeNode; all: ConfigTypeNode[] } {
  const { rootKey, types } = toDagsterConfigTypes(schema);
  const index: ConfigTypeIndex = new Map(types.map((type) => [type.key, type]));
  return { root: configTypeNode(index, rootKey), all: types.map((type) => ({ type, index })) };
}

/** A ConfigTypeField named `name` whose type is the given schema (an op's or a resource's `config`). */
export function configField(name: string, schema: JsonSchema, isRequired: boolean): ConfigFieldNode {
  const { root } = configTypesOf(schema);
  return {
    name,
    description: null,
    configTypeKey: root.type.key,
    isRequired,
    defaultValueAsJson: null,
    index: root.index,
  };
}

/** Types reachable from `key` (not including itself), each once. */
export function reachableTypes(node: ConfigTypeNode): ConfigTypeNode[] {
  const seen = new Set<string>([node.type.key]);
  const found: ConfigTypeNode[] = [];
  const visit = (current: DagsterConfigType) => {
    for (const next of [
      ...(current.fields ?? []).map((field) => field.configTypeKey),
      ...current.typeParamKeys,
    ]) {
      if (seen.has(next)) continue;
      seen.add(next);
      const reached = configTypeNode(node.index, next);
      found.push(reached);
      visit(reached.type);
    }
  };
  visit(node.type);
  return found;
}
