/**
 * The launchpad's GraphQL: the job and its run config schema, validation as you type
 * (`isPipelineConfigValid`, plus the op selection's resolved ops), the scaffold for missing config
 * (`rootDefaultYaml`), and `launchRun` with every member of its result union.
 * @module
 */
import type { MergedMembers } from "../../api/merged-members";
import { graphql } from "../../gql";
import type {
  ConfigErrorFieldsFragment,
  LaunchpadLaunchMutation,
  LaunchpadQuery,
  LaunchpadScaffoldQuery,
  LaunchpadValidationQuery,
} from "../../gql/graphql";

/** Dagster's run config validation errors, with the members that say which fields are missing or extra. */
export const ConfigErrorFields = graphql(`
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
`);

export const LAUNCHPAD_QUERY = graphql(`
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
`);

export const VALIDATION_QUERY = graphql(`
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
`);

export const SCAFFOLD_QUERY = graphql(`
  query LaunchpadScaffold($selector: PipelineSelector!) {
    runConfigSchemaOrError(selector: $selector, mode: "default") {
      __typename
      ... on RunConfigSchema { rootDefaultYaml }
      ... on Error { message }
    }
  }
`);

export const LAUNCH_MUTATION = graphql(`
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
`);

/** A validation error, its members merged: `field` / `fieldNames` and the like where the member has them. */
export type ConfigError = MergedMembers<ConfigErrorFieldsFragment>;

export type LaunchpadData = LaunchpadQuery;
export type ValidationData = LaunchpadValidationQuery;
export type ScaffoldData = LaunchpadScaffoldQuery;

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

export type LaunchData = LaunchpadLaunchMutation;
