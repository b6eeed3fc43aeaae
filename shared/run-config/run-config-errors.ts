/**
 * Run config errors, modelled on Dagster's config evaluation errors (`EvaluationError` and the GraphQL
 * `PipelineConfigValidationError` members): a reason, a message naming the path and what was expected,
 * the evaluation stack, and the reason's own data. Messages follow Dagster's wording.
 * @module
 */
import type { ConfigTypeKeys } from "./config-type-keys";
import {
  describeLocation,
  pathOf,
  type EvaluationStack,
  type EvaluationStackEntry,
} from "./evaluation-stack";
import { compareText, displayValue, jsonTypeOf, quoteList } from "./json-value";
import { printConfigType, sampleConfigValue } from "./print-config-type";
import type { ConfigField, ScalarName, SchemaReader } from "./schema-reader";

/** A field named by an error; `configTypeKey` is the key of its type in `toDagsterConfigTypes` of the same schema. */
export type ConfigFieldInfo = {
  name: string;
  typeName: string;
  configTypeKey: string;
  isRequired: boolean;
  description: string | null;
};

type ErrorBase = { message: string; path: string[]; stack: EvaluationStackEntry[] };

export type RunConfigError = ErrorBase &
  (
    | { reason: "FIELD_NOT_DEFINED"; fieldName: string }
    | { reason: "FIELDS_NOT_DEFINED"; fieldNames: string[] }
    | { reason: "MISSING_REQUIRED_FIELD"; field: ConfigFieldInfo }
    | { reason: "MISSING_REQUIRED_FIELDS"; fields: ConfigFieldInfo[] }
    | { reason: "RUNTIME_TYPE_MISMATCH"; valueRep: string }
    | { reason: "SELECTOR_FIELD_ERROR"; incomingFields: string[] }
  );

export type RunConfigErrorReason = RunConfigError["reason"];

/** Where an error happened: the schema node expected there and the stack leading to it. */
export type ErrorSite = {
  readonly reader: SchemaReader;
  readonly keys: ConfigTypeKeys;
  readonly schema: unknown;
  readonly stack: EvaluationStack;
};

type MissingField = Pick<ConfigField, "name" | "schema" | "description">;

function base(site: ErrorSite, message: string): ErrorBase {
  return { message, path: pathOf(site.stack), stack: [...site.stack] };
}

const expected = (site: ErrorSite): string => printConfigType(site.reader, site.schema);
const sorted = (names: readonly string[]): string[] => [...names].sort(compareText);

export function fieldsNotDefined(site: ErrorSite, names: readonly string[]): RunConfigError {
  const where = describeLocation(site.stack);
  const [only] = names;
  if (names.length === 1 && only !== undefined) {
    return {
      ...base(site, `Received unexpected config entry "${only}" ${where}. Expected: "${expected(site)}".`),
      reason: "FIELD_NOT_DEFINED",
      fieldName: only,
    };
  }
  const fieldNames = sorted(names);
  const message = `Received unexpected config entries ${quoteList(fieldNames)} ${where}. Expected: "${expected(site)}".`;
  return { ...base(site, message), reason: "FIELDS_NOT_DEFINED", fieldNames };
}

export function missingFields(site: ErrorSite, missing: readonly MissingField[]): RunConfigError {
  const where = describeLocation(site.stack);
  const fields = [...missing].sort((a, b) => compareText(a.name, b.name));
  const sample = JSON.stringify(
    Object.fromEntries(fields.map((field) => [field.name, sampleConfigValue(site.reader, field.schema)])),
  );
  const infos = fields.map((field) => fieldInfo(site, field));
  const [only] = infos;
  if (infos.length === 1 && only) {
    const message = `Missing required config entry "${only.name}" ${where}. Sample config for missing entry: ${sample}`;
    return { ...base(site, message), reason: "MISSING_REQUIRED_FIELD", field: only };
  }
  const names = quoteList(infos.map((info) => info.name));
  const message = `Missing required config entries ${names} ${where}. Sample config for missing entries: ${sample}`;
  return { ...base(site, message), reason: "MISSING_REQUIRED_FIELDS", fields: infos };
}

function fieldInfo(site: ErrorSite, field: MissingField): ConfigFieldInfo {
  return {
    name: field.name,
    typeName: printConfigType(site.reader, field.schema),
    configTypeKey: site.keys.keyOf(field.schema),
    isRequired: true,
    description: field.description ?? null,
  };
}

function mismatch(site: ErrorSite, value: unknown, message: string): RunConfigError {
  return {
    ...base(site, message),
    reason: "RUNTIME_TYPE_MISMATCH",
    valueRep: JSON.stringify(value) ?? String(value),
  };
}

export function scalarMismatch(site: ErrorSite, value: unknown, scalar: ScalarName): RunConfigError {
  const where = describeLocation(site.stack);
  const message = `Invalid scalar ${where}. Value "${displayValue(value)}" of type "${jsonTypeOf(value)}" is not valid for expected type "${scalar}".`;
  return mismatch(site, value, message);
}

/** A value of the wrong JSON type where a union, map or shape was expected. */
export function valueMismatch(site: ErrorSite, value: unknown): RunConfigError {
  const where = describeLocation(site.stack);
  const message = `Invalid value ${where}. Value "${displayValue(value)}" of type "${jsonTypeOf(value)}" is not valid for expected type "${expected(site)}".`;
  return mismatch(site, value, message);
}

export function notAnObject(site: ErrorSite, value: unknown): RunConfigError {
  return mismatch(
    site,
    value,
    `Value ${describeLocation(site.stack)} must be an object. Expected: "${expected(site)}".`,
  );
}

export function notAList(site: ErrorSite, value: unknown): RunConfigError {
  return mismatch(
    site,
    value,
    `Value ${describeLocation(site.stack)} must be a list. Expected: "${expected(site)}".`,
  );
}

export function nullNotAllowed(site: ErrorSite, value: unknown): RunConfigError {
  return mismatch(
    site,
    value,
    `Value ${describeLocation(site.stack)} must not be null. Expected: "${expected(site)}".`,
  );
}

export function enumMismatch(site: ErrorSite, value: unknown): RunConfigError {
  const where = describeLocation(site.stack);
  return mismatch(
    site,
    value,
    `Invalid enum value ${where}. Value "${displayValue(value)}" is not one of: ${expected(site)}.`,
  );
}

/** A value of the right type that breaks a constraint (`problem` like "must be at most 5"). */
export function constraintViolation(site: ErrorSite, value: unknown, problem: string): RunConfigError {
  return mismatch(
    site,
    value,
    `Invalid value ${describeLocation(site.stack)}. Value "${displayValue(value)}" ${problem}.`,
  );
}

export function selectorNotAnObject(
  site: ErrorSite,
  value: unknown,
  fields: readonly string[],
): RunConfigError {
  const where = describeLocation(site.stack);
  return mismatch(
    site,
    value,
    `Value for selector type ${where} must be an object with exactly one of: ${quoteList(sorted(fields))}.`,
  );
}

export function selectorFieldError(
  site: ErrorSite,
  incoming: readonly string[],
  fields: readonly string[],
): RunConfigError {
  const where = describeLocation(site.stack);
  const defined = quoteList(sorted(fields));
  const incomingFields = sorted(incoming);
  const message =
    incomingFields.length === 0
      ? `Must specify a field ${where} if more than one field is defined. Defined fields: ${defined}.`
      : `You can only specify a single field ${where}. You specified ${quoteList(incomingFields)}. The available fields are ${defined}.`;
  return { ...base(site, message), reason: "SELECTOR_FIELD_ERROR", incomingFields };
}
