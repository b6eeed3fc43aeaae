/**
 * Config schema types (Dagster's ConfigType family) and run config validation results.
 * @module
 */
/** Fields every ConfigType implementation repeats (GraphQL has no interface field inheritance). */
const configTypeFields = /* GraphQL */ `
    key: String!
    description: String
    recursiveConfigTypes: [ConfigType!]!
    typeParamKeys: [String!]!
    isSelector: Boolean!
`;

const validationErrorFields = /* GraphQL */ `
    message: String!
    path: [String!]!
    stack: EvaluationStack!
    reason: EvaluationErrorReason!
`;

export const typeDefs = /* GraphQL */ `
  scalar RunConfigData

  interface ConfigType {
${configTypeFields}  }

  type ConfigTypeField {
    name: String!
    description: String
    configType: ConfigType!
    configTypeKey: String!
    isRequired: Boolean!
    defaultValueAsJson: String
  }

  type CompositeConfigType implements ConfigType {
${configTypeFields}    fields: [ConfigTypeField!]!
  }

  type RegularConfigType implements ConfigType {
${configTypeFields}    givenName: String!
  }

  interface WrappingConfigType {
    ofType: ConfigType!
  }

  type ArrayConfigType implements ConfigType & WrappingConfigType {
${configTypeFields}    ofType: ConfigType!
  }

  type NullableConfigType implements ConfigType & WrappingConfigType {
${configTypeFields}    ofType: ConfigType!
  }

  type EnumConfigValue {
    value: String!
    description: String
  }

  type EnumConfigType implements ConfigType {
${configTypeFields}    values: [EnumConfigValue!]!
    givenName: String!
  }

  type ScalarUnionConfigType implements ConfigType {
${configTypeFields}    scalarType: ConfigType!
    nonScalarType: ConfigType!
    scalarTypeKey: String!
    nonScalarTypeKey: String!
  }

  type MapConfigType implements ConfigType {
${configTypeFields}    keyType: ConfigType!
    valueType: ConfigType!
    keyLabelName: String
  }

  type RunConfigSchema {
    rootConfigType: ConfigType!
    allConfigTypes: [ConfigType!]!
    rootDefaultYaml: String!
    isRunConfigValid(runConfigData: RunConfigData): PipelineConfigValidationResult!
  }

  union RunConfigSchemaOrError =
      RunConfigSchema
    | PipelineNotFoundError
    | InvalidSubsetError
    | ModeNotFoundError
    | PythonError

  type PipelineConfigValidationValid {
    pipelineName: String!
  }

  enum EvaluationErrorReason {
    RUNTIME_TYPE_MISMATCH
    MISSING_REQUIRED_FIELD
    MISSING_REQUIRED_FIELDS
    FIELD_NOT_DEFINED
    FIELDS_NOT_DEFINED
    SELECTOR_FIELD_ERROR
  }

  type EvaluationStackPathEntry {
    fieldName: String!
  }

  type EvaluationStackListItemEntry {
    listIndex: Int!
  }

  type EvaluationStackMapKeyEntry {
    mapKey: RunConfigData!
  }

  type EvaluationStackMapValueEntry {
    mapKey: RunConfigData!
  }

  union EvaluationStackEntry =
      EvaluationStackPathEntry
    | EvaluationStackListItemEntry
    | EvaluationStackMapKeyEntry
    | EvaluationStackMapValueEntry

  type EvaluationStack {
    entries: [EvaluationStackEntry!]!
  }

  interface PipelineConfigValidationError {
${validationErrorFields}  }

  type FieldNotDefinedConfigError implements PipelineConfigValidationError {
${validationErrorFields}    fieldName: String!
  }

  type FieldsNotDefinedConfigError implements PipelineConfigValidationError {
${validationErrorFields}    fieldNames: [String!]!
  }

  type MissingFieldConfigError implements PipelineConfigValidationError {
${validationErrorFields}    field: ConfigTypeField!
  }

  type MissingFieldsConfigError implements PipelineConfigValidationError {
${validationErrorFields}    fields: [ConfigTypeField!]!
  }

  type RuntimeMismatchConfigError implements PipelineConfigValidationError {
${validationErrorFields}    valueRep: String
  }

  type SelectorTypeConfigError implements PipelineConfigValidationError {
${validationErrorFields}    incomingFields: [String!]!
  }

  interface PipelineConfigValidationInvalid {
    pipelineName: String!
    errors: [PipelineConfigValidationError!]!
  }

  type RunConfigValidationInvalid implements PipelineConfigValidationInvalid {
    pipelineName: String!
    errors: [PipelineConfigValidationError!]!
  }

  union PipelineConfigValidationResult =
      InvalidSubsetError
    | PipelineConfigValidationValid
    | RunConfigValidationInvalid
    | PipelineNotFoundError
    | PythonError

  type Query {
    runConfigSchemaOrError(selector: PipelineSelector!, mode: String): RunConfigSchemaOrError!
    isPipelineConfigValid(pipeline: PipelineSelector!, mode: String!, runConfigData: RunConfigData): PipelineConfigValidationResult!
  }
`;
