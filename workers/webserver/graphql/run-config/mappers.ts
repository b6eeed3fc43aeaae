/**
 * Config types resolve over the converted JSON Schema's types (with their index, to follow keys); a run
 * config schema over the job it belongs to.
 * @module
 */
import type { JobSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type { RunConfigError } from "../../../../shared/run-config/validate-run-config";
import type { ConfigFieldNode, ConfigTypeIndex, ConfigTypeNode } from "./config-type-graph";

/** An error of a run config, with the index of its job's config types (for the fields it names). */
export type ConfigErrorNode = RunConfigError & { index: ConfigTypeIndex };

export type ConfigTypeFieldMapper = ConfigFieldNode;
export type CompositeConfigTypeMapper = ConfigTypeNode;
export type RegularConfigTypeMapper = ConfigTypeNode;
export type ArrayConfigTypeMapper = ConfigTypeNode;
export type NullableConfigTypeMapper = ConfigTypeNode;
export type EnumConfigTypeMapper = ConfigTypeNode;
export type ScalarUnionConfigTypeMapper = ConfigTypeNode;
export type MapConfigTypeMapper = ConfigTypeNode;
export type RunConfigSchemaMapper = JobSnapshot;
export type FieldNotDefinedConfigErrorMapper = ConfigErrorNode;
export type FieldsNotDefinedConfigErrorMapper = ConfigErrorNode;
export type MissingFieldConfigErrorMapper = ConfigErrorNode;
export type MissingFieldsConfigErrorMapper = ConfigErrorNode;
export type RuntimeMismatchConfigErrorMapper = ConfigErrorNode;
export type SelectorTypeConfigErrorMapper = ConfigErrorNode;
