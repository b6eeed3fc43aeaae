/**
 * Run config validation results as Dagster's `RunConfigValidationInvalid` and its typed errors.
 * @module
 */
import type { JsonSchema } from "../../../../shared/protocol/code-location-protocol";
import type { ConfigFieldInfo, RunConfigError } from "../../../../shared/run-config/validate-run-config";
import type { ResolversParentTypes } from "../__generated__/resolvers-types";
import { typed } from "../typed";
import { configTypesOf, type ConfigFieldNode, type ConfigTypeIndex } from "./config-type-graph";

const TYPENAME_BY_REASON: Record<
  RunConfigError["reason"],
  ResolversParentTypes["PipelineConfigValidationError"]["__typename"]
> = {
  FIELD_NOT_DEFINED: "FieldNotDefinedConfigError",
  FIELDS_NOT_DEFINED: "FieldsNotDefinedConfigError",
  MISSING_REQUIRED_FIELD: "MissingFieldConfigError",
  MISSING_REQUIRED_FIELDS: "MissingFieldsConfigError",
  RUNTIME_TYPE_MISMATCH: "RuntimeMismatchConfigError",
  SELECTOR_FIELD_ERROR: "SelectorTypeConfigError",
};

type ValidationModel =
  | (ResolversParentTypes["PipelineConfigValidationValid"] & { __typename: "PipelineConfigValidationValid" })
  | (ResolversParentTypes["RunConfigValidationInvalid"] & { __typename: "RunConfigValidationInvalid" });

export function runConfigValidation(
  jobName: string,
  errors: readonly RunConfigError[],
  schema: JsonSchema,
): ValidationModel {
  if (errors.length === 0) return { __typename: "PipelineConfigValidationValid", pipelineName: jobName };
  return runConfigInvalid(jobName, errors, schema);
}

/** The errors of a run config that failed validation against `schema`. */
export function runConfigInvalid(
  jobName: string,
  errors: readonly RunConfigError[],
  schema: JsonSchema,
): ResolversParentTypes["RunConfigValidationInvalid"] & { __typename: "RunConfigValidationInvalid" } {
  const { index } = configTypesOf(schema).root;
  return {
    __typename: "RunConfigValidationInvalid",
    pipelineName: jobName,
    errors: errors.map((error) => typed(TYPENAME_BY_REASON[error.reason], { ...error, index })),
  };
}

export function evaluationStackEntry(
  entry: RunConfigError["stack"][number],
): ResolversParentTypes["EvaluationStackEntry"] {
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

/** A field an error names, as the ConfigTypeField linked to its type in the job's config schema. */
export function namedField(field: ConfigFieldInfo, index: ConfigTypeIndex): ConfigFieldNode {
  return {
    name: field.name,
    description: field.description ?? null,
    isRequired: field.isRequired,
    defaultValueAsJson: null,
    configTypeKey: field.configTypeKey,
    index,
  };
}
