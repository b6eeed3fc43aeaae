/**
 * The validation walk behind validateRunConfig: checks a value against a schema node the way Dagster's
 * `validate_config` checks against a config type, collecting every error instead of stopping at the first.
 * @module
 */
import type { JsonSchema } from "../protocol/code-location-protocol";
import { constraintProblems } from "./check-constraints";
import type { ConfigTypeKeys } from "./config-type-keys";
import { forField, forListItem, forMapKey, forMapValue, type EvaluationStack } from "./evaluation-stack";
import { isPlainObject } from "./json-value";
import * as errors from "./run-config-errors";
import type { ErrorSite, RunConfigError } from "./run-config-errors";
import {
  takesFields,
  type ConfigField,
  type ConfigView,
  type ScalarName,
  type SchemaReader,
} from "./schema-reader";

/** What a walk needs: the schema's reader and its config type keys (both cache, so share them per schema). */
export type Validation = { readonly reader: SchemaReader; readonly keys: ConfigTypeKeys };

/** Every error of `value` against `schema` at `stack`; empty when the value is valid. */
export function validateValue(
  validation: Validation,
  schema: unknown,
  value: unknown,
  stack: EvaluationStack,
): RunConfigError[] {
  const site: ErrorSite = { ...validation, schema, stack };
  const view = validation.reader.view(schema);
  switch (view.kind) {
    case "any":
      return [];
    case "nullable":
      return value === null ? [] : validateValue(validation, view.inner, value, stack);
    case "enum":
      return view.values.includes(value) ? [] : [errors.enumMismatch(site, value)];
    case "union":
      return validateUnion(validation, site, view.options, value);
  }
  if (value === null || value === undefined) return [errors.nullNotAllowed(site, value)];
  switch (view.kind) {
    case "scalar":
      return fitsScalar(view.scalar, value)
        ? constraintErrors(site, value)
        : [errors.scalarMismatch(site, value, view.scalar)];
    case "array":
      return Array.isArray(value)
        ? [...constraintErrors(site, value), ...validateItems(validation, view, value, stack)]
        : [errors.notAList(site, value)];
    case "shape":
      return isPlainObject(value)
        ? validateShape(validation, site, view, value)
        : [errors.notAnObject(site, value)];
    case "map":
      return isPlainObject(value)
        ? validateMap(validation, site, view, value)
        : [errors.notAnObject(site, value)];
    case "selector":
      return validateSelector(validation, site, view.fields, value);
  }
}

function fitsScalar(scalar: ScalarName, value: unknown): boolean {
  switch (scalar) {
    case "String":
      return typeof value === "string";
    case "Int":
      return Number.isInteger(value);
    case "Float":
      return Number.isFinite(value);
    case "Bool":
      return typeof value === "boolean";
  }
}

function constraintErrors(site: ErrorSite, value: unknown): RunConfigError[] {
  return constraintProblems(site.reader.resolve(site.schema), value).map((problem) =>
    errors.constraintViolation(site, value, problem),
  );
}

function validateItems(
  validation: Validation,
  view: Extract<ConfigView, { kind: "array" }>,
  items: unknown[],
  stack: EvaluationStack,
): RunConfigError[] {
  return items.flatMap((item, index) => {
    const schema = view.prefixItems[index] ?? view.items;
    // Items past a closed tuple are already reported by its maxItems.
    return schema === false ? [] : validateValue(validation, schema, item, forListItem(stack, index));
  });
}

/** Dagster's shape check: unexpected entries, then missing ones, then each given entry. */
function validateShape(
  validation: Validation,
  site: ErrorSite,
  view: Extract<ConfigView, { kind: "shape" }>,
  value: Record<string, unknown>,
): RunConfigError[] {
  const declared = new Set(view.fields.map((field) => field.name));
  const extras = Object.keys(value).filter((name) => !declared.has(name));
  const missing = view.fields.filter((field) => field.isRequired && !Object.hasOwn(value, field.name));
  const given = view.fields
    .filter((field) => Object.hasOwn(value, field.name))
    .flatMap((field) =>
      validateValue(validation, field.schema, value[field.name], forField(site.stack, field.name)),
    );
  return [
    ...extraEntryErrors(validation, site, view.extra, extras, value),
    ...(missing.length > 0 ? [errors.missingFields(site, missing)] : []),
    ...given,
  ];
}

/** A closed shape rejects undeclared entries; an open one checks each against its `extra` schema. */
function extraEntryErrors(
  validation: Validation,
  site: ErrorSite,
  extra: JsonSchema | undefined,
  extras: string[],
  value: Record<string, unknown>,
): RunConfigError[] {
  if (extra !== undefined)
    return extras.flatMap((name) =>
      validateValue(validation, extra, value[name], forField(site.stack, name)),
    );
  return extras.length > 0 ? [errors.fieldsNotDefined(site, extras)] : [];
}

function validateMap(
  validation: Validation,
  site: ErrorSite,
  view: Extract<ConfigView, { kind: "map" }>,
  value: Record<string, unknown>,
): RunConfigError[] {
  const missing = view.required
    .filter((key) => !Object.hasOwn(value, key))
    .map((name) => ({ name, schema: view.values, description: undefined }));
  const entries = Object.entries(value).flatMap(([key, item]) => [
    ...validateValue(validation, view.keys, key, forMapKey(site.stack, key)),
    ...validateValue(validation, view.values, item, forMapValue(site.stack, key)),
  ]);
  return [...(missing.length > 0 ? [errors.missingFields(site, missing)] : []), ...entries];
}

function validateSelector(
  validation: Validation,
  site: ErrorSite,
  fields: readonly ConfigField[],
  value: unknown,
): RunConfigError[] {
  const names = fields.map((field) => field.name);
  if (!isPlainObject(value)) return [errors.selectorNotAnObject(site, value, names)];
  const [chosen, ...others] = Object.keys(value);
  if (chosen === undefined || others.length > 0)
    return [errors.selectorFieldError(site, Object.keys(value), names)];
  const field = fields.find((candidate) => candidate.name === chosen);
  if (!field) return [errors.fieldsNotDefined(site, [chosen])];
  return validateValue(
    validation,
    field.schema,
    selectedValue(validation.reader, field, value[chosen]),
    forField(site.stack, chosen),
  );
}

/** Dagster lets a selector key stand alone (`in_process:` in YAML, i.e. null) to mean "with defaults". */
export function selectedValue(reader: SchemaReader, field: ConfigField, value: unknown): unknown {
  return value === null && takesFields(reader.view(field.schema)) ? {} : value;
}

/**
 * A union is valid when any option accepts the value. Otherwise the errors reported are those of the
 * option the value was most likely meant for: one of its JSON type, whose literal fields (discriminators)
 * match, with the fewest errors; if no option even has the value's JSON type, one mismatch error.
 */
function validateUnion(
  validation: Validation,
  site: ErrorSite,
  options: readonly unknown[],
  value: unknown,
): RunConfigError[] {
  const attempts = options.map((option) => ({
    option,
    errors: validateValue(validation, option, value, site.stack),
  }));
  if (attempts.some((attempt) => attempt.errors.length === 0)) return [];
  const fitting = attempts.filter((attempt) => acceptsJsonType(validation.reader, attempt.option, value));
  const discriminated = fitting.filter((attempt) => literalsMatch(validation.reader, attempt.option, value));
  const pool = discriminated.length > 0 ? discriminated : fitting;
  // sort is stable: among equally good options the first declared wins.
  const [best] = [...pool].sort((a, b) => a.errors.length - b.errors.length);
  return best ? best.errors : [errors.valueMismatch(site, value)];
}

function acceptsJsonType(reader: SchemaReader, schema: unknown, value: unknown): boolean {
  const view = reader.view(schema);
  switch (view.kind) {
    case "any":
      return true;
    case "scalar":
      return view.scalar === "String"
        ? typeof value === "string"
        : view.scalar === "Bool"
          ? typeof value === "boolean"
          : typeof value === "number";
    case "enum":
      return view.values.some((allowed) => typeof allowed === typeof value);
    case "nullable":
      return value === null || acceptsJsonType(reader, view.inner, value);
    case "array":
      return Array.isArray(value);
    case "shape":
    case "map":
    case "selector":
      return isPlainObject(value);
    case "union":
      return view.options.some((option) => acceptsJsonType(reader, option, value));
  }
}

/** True unless the option has a single-literal field (e.g. `kind: "a"`) that the value sets differently or omits. */
function literalsMatch(reader: SchemaReader, schema: unknown, value: unknown): boolean {
  const view = reader.view(schema);
  if (view.kind !== "shape" || !isPlainObject(value)) return true;
  return view.fields.every((field) => {
    const fieldView = reader.view(field.schema);
    return (
      fieldView.kind !== "enum" || fieldView.values.length !== 1 || fieldView.values[0] === value[field.name]
    );
  });
}
