/**
 * Fills a config value's defaults the way Dagster's `resolve_defaults` does: absent entries take their
 * `default`, absent all-optional shapes become `{}` with their own defaults, a bare selector key gets its
 * choice's defaults. Given entries are kept as they are and walked into.
 * @module
 */
import { isPlainObject } from "./json-value";
import type { ConfigField, ConfigView } from "./schema-reader";
import { selectedValue, validateValue, type Validation } from "./validate-config-value";

/** `value` with the defaults of `schema` filled in; a new value, `value` itself is not changed. Never throws. */
export function fillDefaults(validation: Validation, schema: unknown, value: unknown): unknown {
  const view = validation.reader.view(schema);
  switch (view.kind) {
    case "nullable":
      return value === null ? null : fillDefaults(validation, view.inner, value);
    case "array":
      return Array.isArray(value)
        ? value.map((item, index) => fillItem(validation, view, item, index))
        : value;
    case "map":
      return isPlainObject(value)
        ? mapValues(value, (item) => fillDefaults(validation, view.values, item))
        : value;
    case "shape":
      return isPlainObject(value) ? fillShape(validation, view, value) : value;
    case "selector":
      return isPlainObject(value) ? fillSelector(validation, view.fields, value) : value;
    case "union": {
      // Fill by the option the value is valid for; an invalid value is left for validation to report.
      const option = view.options.find(
        (candidate) => validateValue(validation, candidate, value, []).length === 0,
      );
      return option === undefined ? value : fillDefaults(validation, option, value);
    }
    case "any":
    case "scalar":
    case "enum":
      return value;
  }
}

function fillItem(
  validation: Validation,
  view: Extract<ConfigView, { kind: "array" }>,
  item: unknown,
  index: number,
): unknown {
  const schema = view.prefixItems[index] ?? view.items;
  return schema === false ? item : fillDefaults(validation, schema, item);
}

function fillShape(
  validation: Validation,
  view: Extract<ConfigView, { kind: "shape" }>,
  value: Record<string, unknown>,
): Record<string, unknown> {
  const declared = view.fields.flatMap((field): [string, unknown][] => {
    const given = Object.hasOwn(value, field.name) ? { value: value[field.name] } : fallback(field);
    return given ? [[field.name, fillDefaults(validation, field.schema, given.value)]] : [];
  });
  const names = new Set(view.fields.map((field) => field.name));
  const { extra } = view;
  const extras = Object.entries(value)
    .filter(([name]) => !names.has(name))
    .map(([name, item]): [string, unknown] => [
      name,
      extra === undefined ? item : fillDefaults(validation, extra, item),
    ]);
  // fromEntries defines own properties, so a "__proto__" entry stays data.
  return Object.fromEntries([...declared, ...extras]);
}

/** The value an absent field takes, if any. Defaults are cloned so callers never share the schema's objects. */
function fallback(field: ConfigField): { value: unknown } | undefined {
  if (field.explicitDefault) return { value: structuredClone(field.explicitDefault.value) };
  return field.implicitDefault ? { value: {} } : undefined;
}

function fillSelector(
  validation: Validation,
  fields: readonly ConfigField[],
  value: Record<string, unknown>,
): Record<string, unknown> {
  const [chosen, ...others] = Object.keys(value);
  const field = fields.find((candidate) => candidate.name === chosen);
  if (chosen === undefined || others.length > 0 || !field) return value;
  return Object.fromEntries([
    [chosen, fillDefaults(validation, field.schema, selectedValue(validation.reader, field, value[chosen]))],
  ]);
}

function mapValues(
  value: Record<string, unknown>,
  fill: (item: unknown) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
}
