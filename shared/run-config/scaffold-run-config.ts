/**
 * The launchpad's starting YAML (Dagster's `rootDefaultYaml`): the job's defaults filled in, each required
 * entry without a default shown with a typed placeholder and a comment saying what it needs, and optional
 * sections left out while they would be empty.
 * @module
 */
import { Document, isMap, isScalar } from "yaml";
import type { JsonSchema } from "../protocol/code-location-protocol";
import { ConfigTypeKeys } from "./config-type-keys";
import { fillDefaults } from "./fill-defaults";
import { isPlainObject, quoteList } from "./json-value";
import { printConfigType, sampleConfigValue } from "./print-config-type";
import { SchemaReader, type ConfigField } from "./schema-reader";
import type { Validation } from "./validate-config-value";

type Hint = { path: string[]; text: string };
type Scaffold = { validation: Validation; hints: Hint[] };

/**
 * A YAML run config to edit: `defaults` (e.g. the job's defaultRunConfig) with the schema's defaults
 * filled in, plus placeholders ("..." for strings, 0, false, the first enum value or selector choice) for
 * required entries. It parses back to a config that validates, placeholders included. Pure;
 * throws DagflareError("INVALID_DEFINITION") only for a broken schema.
 */
export function scaffoldRunConfigYaml(schema: JsonSchema, defaults: Record<string, unknown> = {}): string {
  const reader = new SchemaReader(schema);
  const scaffold: Scaffold = { validation: { reader, keys: new ConfigTypeKeys(reader) }, hints: [] };
  const document = new Document(
    scaffoldValue(scaffold, schema, fillDefaults(scaffold.validation, schema, defaults), []),
  );
  for (const hint of scaffold.hints) {
    const parent = document.getIn(hint.path.slice(0, -1), true);
    const pair = isMap(parent)
      ? parent.items.find((item) => isScalar(item.key) && item.key.value === hint.path.at(-1))
      : undefined;
    if (pair && isScalar(pair.key)) pair.key.commentBefore = ` ${hint.text}`;
  }
  return document.toString();
}

/** Walks shapes and selectors to place placeholders; any other given value is kept as it is. */
function scaffoldValue(scaffold: Scaffold, schema: unknown, value: unknown, path: string[]): unknown {
  const view = scaffold.validation.reader.view(schema);
  if (view.kind === "shape" && isPlainObject(value)) {
    const declared = new Set(view.fields.map((field) => field.name));
    const entries = view.fields.flatMap((field) =>
      scaffoldField(scaffold, field, value, [...path, field.name]),
    );
    return Object.fromEntries([...entries, ...Object.entries(value).filter(([name]) => !declared.has(name))]);
  }
  if (view.kind === "selector" && isPlainObject(value)) {
    const [chosen, ...others] = Object.keys(value);
    const field =
      chosen === undefined ? view.fields[0] : view.fields.find((candidate) => candidate.name === chosen);
    if (!field || others.length > 0) return value;
    if (chosen === undefined)
      scaffold.hints.push({
        path: [...path, field.name],
        text: `required: choose one of ${quoteList(view.fields.map((option) => option.name))}`,
      });
    const given = chosen === undefined ? fillDefaults(scaffold.validation, field.schema, {}) : value[chosen];
    return { [field.name]: scaffoldValue(scaffold, field.schema, given, [...path, field.name]) };
  }
  return value;
}

function scaffoldField(
  scaffold: Scaffold,
  field: ConfigField,
  parent: Record<string, unknown>,
  path: string[],
): [string, unknown][] {
  const { reader } = scaffold.validation;
  if (Object.hasOwn(parent, field.name)) {
    const value = scaffoldValue(scaffold, field.schema, parent[field.name], path);
    const isEmptySection = isPlainObject(value) && Object.keys(value).length === 0;
    // Leaving out an empty optional section changes nothing: filling defaults brings it back.
    return isEmptySection && !field.isRequired && !field.explicitDefault ? [] : [[field.name, value]];
  }
  if (!field.isRequired) return [];
  const view = reader.view(field.schema);
  if (view.kind === "shape" || view.kind === "selector") {
    return [
      [
        field.name,
        scaffoldValue(scaffold, field.schema, fillDefaults(scaffold.validation, field.schema, {}), path),
      ],
    ];
  }
  const description = field.description === undefined ? "" : `: ${field.description}`;
  scaffold.hints.push({ path, text: `required (${printConfigType(reader, field.schema)})${description}` });
  return [[field.name, sampleConfigValue(reader, field.schema)]];
}
