/**
 * The launchpad's GraphQL: the job and its run config schema, validation as you type
 * (`isPipelineConfigValid`, plus the op selection's resolved ops), the scaffold for missing config
 * (`rootDefaultYaml`), and `launchRun` with every member of its result union.
 * @module
 */
import { CONFIG_TYPE_FRAGMENT, type ConfigType } from "../../components/config-types";

/** Dagster's run config validation errors, with the members that say which fields are missing or extra. */
const CONFIG_ERROR_FRAGMENT = /* GraphQL */ `
  fragment ConfigErrorFields on PipelineConfigValidationError {
    __typename
    message
    path
    reason
    ... on MissingFieldConfigError { field { name } }
    ... on MissingFieldsConfigError { fields { name } }
    ... on FieldNotDefinedConfigError { fieldName }
    ... on FieldsNotDefinedConfigError { fieldNames }
  }
`;

export const LAUNCHPAD_QUERY = /* GraphQL */ `
  query Launchpad($selector: PipelineSelector!) {
    pipelineOrError(params: $selector) {
      __typename
      ... on Pipeline { id name tags { key value } solids { name } }
      ... on Error { message }
    }
    runConfigSchemaOrError(selector: $selector, mode: "default") {
      __typename
      ... on RunConfigSchema { rootConfigType { key } allConfigTypes { ...ConfigTypeFields } }
      ... on Error { message }
    }
  }
  ${CONFIG_TYPE_FRAGMENT}
`;

export const VALIDATION_QUERY = /* GraphQL */ `
  query LaunchpadValidation($selector: PipelineSelector!, $runConfigData: RunConfigData, $hasSelection: Boolean!) {
    isPipelineConfigValid(pipeline: $selector, mode: "default", runConfigData: $runConfigData) {
      __typename
      ... on RunConfigValidationInvalid { errors { ...ConfigErrorFields } }
      ... on InvalidSubsetError { message }
      ... on PipelineNotFoundError { message }
      ... on PythonError { message }
    }
    pipelineOrError(params: $selector) @include(if: $hasSelection) {
      __typename
      ... on Pipeline { id solids { name } }
    }
  }
  ${CONFIG_ERROR_FRAGMENT}
`;

export const SCAFFOLD_QUERY = /* GraphQL */ `
  query LaunchpadScaffold($selector: PipelineSelector!) {
    runConfigSchemaOrError(selector: $selector, mode: "default") {
      __typename
      ... on RunConfigSchema { rootDefaultYaml }
      ... on Error { message }
    }
  }
`;

export const LAUNCH_MUTATION = /* GraphQL */ `
  mutation LaunchpadLaunch($executionParams: ExecutionParams!) {
    launchRun(executionParams: $executionParams) {
      __typename
      ... on LaunchRunSuccess { run { id runId } }
      ... on RunConfigValidationInvalid { errors { ...ConfigErrorFields } }
      ... on InvalidStepError { invalidStepKey }
      ... on InvalidOutputError { stepKey invalidOutputName }
      ... on Error { message }
    }
  }
  ${CONFIG_ERROR_FRAGMENT}
`;

export type ConfigError = {
  readonly __typename: string;
  readonly message: string;
  readonly path: readonly string[];
  readonly reason: string;
  readonly field?: { readonly name: string };
  readonly fields?: ReadonlyArray<{ readonly name: string }>;
  readonly fieldName?: string;
  readonly fieldNames?: readonly string[];
};

type ErrorMember = { readonly __typename: string; readonly message: string };

export type LaunchpadData = {
  readonly pipelineOrError: { readonly __typename: "Pipeline"; readonly id: string; readonly name: string; readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>; readonly solids: ReadonlyArray<{ readonly name: string }> } | ErrorMember;
  readonly runConfigSchemaOrError: { readonly __typename: "RunConfigSchema"; readonly rootConfigType: { readonly key: string }; readonly allConfigTypes: readonly ConfigType[] } | ErrorMember;
};

export type ValidationData = {
  readonly isPipelineConfigValid: { readonly __typename: "PipelineConfigValidationValid" } | { readonly __typename: "RunConfigValidationInvalid"; readonly errors: readonly ConfigError[] } | ErrorMember;
  readonly pipelineOrError?: { readonly __typename: "Pipeline"; readonly solids: ReadonlyArray<{ readonly name: string }> } | { readonly __typename: string };
};

export type ScaffoldData = { readonly runConfigSchemaOrError: { readonly __typename: "RunConfigSchema"; readonly rootDefaultYaml: string } | ErrorMember };

/** LaunchRunResult's members that implement Dagster's `Error` interface. */
export type LaunchErrorTypename =
  | "PipelineNotFoundError"
  | "RunConflict"
  | "UnauthorizedError"
  | "PythonError"
  | "InvalidSubsetError"
  | "PresetNotFoundError"
  | "ConflictingExecutionParamsError"
  | "NoModeProvidedError";

export type LaunchData = {
  readonly launchRun:
    | { readonly __typename: "LaunchRunSuccess"; readonly run: { readonly runId: string } }
    | { readonly __typename: "RunConfigValidationInvalid"; readonly errors: readonly ConfigError[] }
    | { readonly __typename: "InvalidStepError"; readonly invalidStepKey: string }
    | { readonly __typename: "InvalidOutputError"; readonly stepKey: string; readonly invalidOutputName: string }
    | { readonly __typename: LaunchErrorTypename; readonly message: string };
};
