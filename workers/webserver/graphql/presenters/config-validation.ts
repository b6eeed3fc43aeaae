/**
 * Run config validation results as Dagster's `RunConfigValidationInvalid` and its typed errors.
 * @module
 */
import type { JsonSchema } from "../../../../shared/protocol/code-location-protocol";
import type { ConfigFieldInfo, RunConfigError } from "../../../../shared/run-config/validate-run-config";
import { presentConfigTypes, type ConfigTypeModel } from "./config-types";

const TYPENAME_BY_REASON: Record<RunConfigError["reason"], string> = {
  FIELD_NOT_DEFINED: "FieldNotDefinedConfigError",
  FIELDS_NOT_DEFINED: "FieldsNotDefinedConfigError",
  MISSING_REQUIRED_FIELD: "MissingFieldConfigError",
  MISSING_REQUIRED_FIELDS: "MissingFieldsConfigError",
  RUNTIME_TYPE_MISMATCH: "RuntimeMismatchConfigError",
  SELECTOR_FIELD_ERROR: "SelectorTypeConfigError",
};

export function presentRunConfigValidation(jobName: string, errors: readonly RunConfigError[], schema: JsonSchema) {
  if (errors.length === 0) return { __typename: "PipelineConfigValidationValid", pipelineName: jobName };
  const types = new Map(presentConfigTypes(schema).all.map((type) => [type.key, type]));
  const field = (info: ConfigFieldInfo) => presentMissingField(info, types);
  return {
    __typename: "RunConfigValidationInvalid",
    pipelineName: jobName,
    errors: errors.map((error) => ({
      ...error,
      __typename: TYPENAME_BY_REASON[error.reason],
      stack: { entries: error.stack.map(presentStackEntry) },
      field: "field" in error && error.field ? field(error.field) : null,
      fields: "fields" in error && error.fields ? error.fields.map(field) : [],
    })),
  };
}

function presentStackEntry(entry: RunConfigError["stack"][number]) {
  switch (entry.kind) {
    case "field":
      return { __typename: "EvaluationStackPathEntry", fieldName: entry.fieldName };
    case "listItem":
      return { __typename: "EvaluationStackListItemEntry", listIndex: entry.listIndex };
    case "mapKey":
      return { __typename: "EvaluationStackMapKeyEntry", mapKey: entry.mapKey };
    case "mapValue":
      return { __typename: "EvaluationStackMapValueEntry", mapKey: entry.mapKey };
  }
}

/** A missing field as the ConfigTypeField it names, linked to its type in the job's config schema. */
function presentMissingField(field: ConfigFieldInfo, types: ReadonlyMap<string, ConfigTypeModel>) {
  return {
    name: field.name,
    description: field.description ?? null,
    isRequired: field.isRequired,
    defaultValueAsJson: null,
    configTypeKey: field.configTypeKey,
    configType: types.get(field.configTypeKey),
  };
}
