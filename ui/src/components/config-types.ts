/**
 * Dagster's config type model as the UI reads it (`ConfigType` with `recursiveConfigTypes`, or a run config
 * schema's `allConfigTypes`): one GraphQL fragment, its TypeScript shape, a key → type lookup and an inline
 * type printer (`Int`, `[String]`, `String?`, `{ limit?: Int, source_url: String }`). Shared by the op
 * details panel and the launchpad so both read a schema the same way.
 * @module
 */
import type { MergedMembers } from "../api/merged-members";
import { graphql } from "../gql";
import type { ConfigTypeFieldsFragment } from "../gql/graphql";

/** Spread as `...ConfigTypeFields` where a ConfigType is selected. */
export const ConfigTypeFields = graphql(`
  fragment ConfigTypeFields on ConfigType {
    __typename
    key
    description
    isSelector
    typeParamKeys
    ... on CompositeConfigType {
      fields { name description isRequired configTypeKey defaultValueAsJson }
    }
    ... on EnumConfigType { givenName values { value description } }
    ... on RegularConfigType { givenName }
  }
`);

/**
 * A config type, its members merged (`fields` on composites, `values` on enums, `givenName` where named).
 * `typeParamKeys`: [element] for arrays and nullables, [key, value] for maps, [scalar, non-scalar] for scalar unions.
 */
export type ConfigType = MergedMembers<ConfigTypeFieldsFragment>;
export type ConfigTypeField = NonNullable<ConfigType["fields"]>[number];

export type ConfigTypeLookup = ReadonlyMap<string, ConfigType>;

export function configTypeLookup(types: readonly ConfigType[]): ConfigTypeLookup {
  return new Map(types.map((type) => [type.key, type]));
}

export function isShape(
  type: ConfigType | undefined,
): type is ConfigType & { fields: readonly ConfigTypeField[] } {
  return type?.__typename === "CompositeConfigType" && type.fields !== undefined;
}

/** The type's parameter (array element, nullable inner, map value...) at `index`, if the lookup has it. */
export function typeParam(type: ConfigType, index: number, lookup: ConfigTypeLookup): ConfigType | undefined {
  const key = type.typeParamKeys[index];
  return key === undefined ? undefined : lookup.get(key);
}

/** A one-line rendering of a config type, as Dagster's config type printer shows it. */
export function printConfigType(key: string, lookup: ConfigTypeLookup, depth = 0): string {
  const type = lookup.get(key);
  if (!type) return key;
  const param = (index: number) => printConfigType(type.typeParamKeys[index] ?? "Any", lookup, depth);
  switch (type.__typename) {
    case "ArrayConfigType":
      return `[${param(0)}]`;
    case "NullableConfigType":
      return `${param(0)}?`;
    case "MapConfigType":
      return `{ [${param(0)}]: ${param(1)} }`;
    case "ScalarUnionConfigType":
      return `${param(0)} | ${param(1)}`;
    case "EnumConfigType":
      return type.values?.map((value) => JSON.stringify(value.value)).join(" | ") ?? type.givenName ?? key;
    case "CompositeConfigType": {
      if (depth > 1) return type.isSelector ? "{ one of … }" : "{ … }";
      const fields = (type.fields ?? []).map(
        (field) =>
          `${field.name}${field.isRequired ? "" : "?"}: ${printConfigType(field.configTypeKey, lookup, depth + 1)}`,
      );
      if (fields.length === 0) return "{}";
      return type.isSelector ? `{ one of: ${fields.join(" | ")} }` : `{ ${fields.join(", ")} }`;
    }
    default:
      return type.givenName ?? key;
  }
}
