/**
 * The launchpad's starting config, as Dagster's `rootDefaultYaml` is: every default the schema declares
 * (`defaultValueAsJson`), nested under its sections, and nothing else. Required entries without a
 * default are left out on purpose: validation then names them, and "Scaffold missing config" fills them.
 * Selectors are left out too (their default choice is implied).
 * @module
 */
import { stringify } from "yaml";
import { isShape, type ConfigTypeLookup } from "../../components/config-types";

export function defaultRunConfigYaml(rootKey: string, lookup: ConfigTypeLookup): string {
  const defaults = shapeDefaults(rootKey, lookup, new Set());
  return Object.keys(defaults).length === 0 ? "" : stringify(defaults);
}

function shapeDefaults(
  key: string,
  lookup: ConfigTypeLookup,
  visiting: ReadonlySet<string>,
): Record<string, unknown> {
  const type = lookup.get(key);
  if (!isShape(type) || type.isSelector || visiting.has(key)) return {};
  const inside = new Set([...visiting, key]);
  const entries = type.fields.flatMap((field): [string, unknown][] => {
    const nested = shapeDefaults(field.configTypeKey, lookup, inside);
    if (Object.keys(nested).length > 0) return [[field.name, nested]];
    if (field.defaultValueAsJson === null) return [];
    const value: unknown = JSON.parse(field.defaultValueAsJson);
    // An all-optional section defaults to `{}`: writing it out says nothing.
    return isEmptyObject(value) ? [] : [[field.name, value]];
  });
  return Object.fromEntries(entries);
}

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0
  );
}
