/**
 * Run config schema and validation (the launchpad's), and the config types clients walk.
 * @module
 */
import type { JobSnapshot } from "../../../../shared/protocol/code-location-protocol";
import { parseRunConfigData } from "../../../../shared/run-config/parse-run-config-data";
import { scaffoldRunConfigYaml } from "../../../../shared/run-config/scaffold-run-config";
import { validateRunConfig } from "../../../../shared/run-config/validate-run-config";
import type {
  CompositeConfigTypeResolvers,
  Resolvers,
  ResolversInterfaceTypes,
  ResolversParentTypes,
} from "../__generated__/resolvers-types";
import { orPythonError } from "../errors/python-error";
import { lookupJob } from "../jobs/lookup-job";
import { typed } from "../typed";
import type { ConfigErrorNode } from "./mappers";
import { configTypeNode, configTypesOf, reachableTypes, type ConfigTypeNode } from "./config-type-graph";
import { RunConfigData } from "./run-config-data-scalar";
import { evaluationStackEntry, namedField, runConfigValidation } from "./validation";

const TYPENAME_BY_KIND = {
  COMPOSITE: "CompositeConfigType",
  SELECTOR: "CompositeConfigType",
  REGULAR: "RegularConfigType",
  ARRAY: "ArrayConfigType",
  NULLABLE: "NullableConfigType",
  ENUM: "EnumConfigType",
  SCALAR_UNION: "ScalarUnionConfigType",
  MAP: "MapConfigType",
} as const satisfies Record<
  ConfigTypeNode["type"]["kind"],
  NonNullable<ResolversParentTypes["ConfigType"]["__typename"]>
>;

/** A config type as the ConfigType interface member its kind is. */
function asConfigType(node: ConfigTypeNode): ResolversInterfaceTypes<ResolversParentTypes>["ConfigType"] {
  return typed(TYPENAME_BY_KIND[node.type.kind], node);
}

/** The type a key names, as a member of ConfigType; `key` is always set for the kinds that read it. */
const configTypeAt = (node: ConfigTypeNode, key: string | undefined) =>
  asConfigType(configTypeNode(node.index, key ?? ""));

/** The ConfigType interface's fields, shared by every member. */
const configTypeFields = {
  key: (node) => node.type.key,
  description: (node) => node.type.description,
  isSelector: (node) => node.type.isSelector,
  typeParamKeys: (node) => node.type.typeParamKeys,
  recursiveConfigTypes: (node) => reachableTypes(node).map(asConfigType),
} satisfies CompositeConfigTypeResolvers;

const givenName = (node: ConfigTypeNode) => node.type.givenName ?? node.type.key;
const ofType = (node: ConfigTypeNode) => configTypeAt(node, node.type.ofTypeKey);

function validate(job: JobSnapshot, runConfigData: unknown) {
  return runConfigValidation(
    job.name,
    validateRunConfig(parseRunConfigData(runConfigData), job.runConfigSchema),
    job.runConfigSchema,
  );
}

export const resolvers: Resolvers = {
  RunConfigData,
  Query: {
    runConfigSchemaOrError: (_, { selector }, context) =>
      orPythonError(async () => {
        const lookup = await lookupJob(selector, context);
        return lookup.kind === "found" ? typed("RunConfigSchema", lookup.job) : lookup.error;
      }),
    isPipelineConfigValid: (_, args, context) =>
      orPythonError(async () => {
        const lookup = await lookupJob(args.pipeline, context);
        return lookup.kind === "found" ? validate(lookup.job, args.runConfigData) : lookup.error;
      }),
  },
  RunConfigSchema: {
    rootConfigType: (job) => asConfigType(configTypesOf(job.runConfigSchema).root),
    allConfigTypes: (job) => configTypesOf(job.runConfigSchema).all.map(asConfigType),
    rootDefaultYaml: (job) => scaffoldRunConfigYaml(job.runConfigSchema, job.defaultRunConfig),
    isRunConfigValid: (job, { runConfigData }) => orPythonError(async () => validate(job, runConfigData)),
  },
  ConfigTypeField: {
    configType: (field) => asConfigType(configTypeNode(field.index, field.configTypeKey)),
  },
  CompositeConfigType: {
    ...configTypeFields,
    fields: (node) => (node.type.fields ?? []).map((field) => ({ ...field, index: node.index })),
  },
  RegularConfigType: { ...configTypeFields, givenName },
  ArrayConfigType: { ...configTypeFields, ofType },
  NullableConfigType: { ...configTypeFields, ofType },
  EnumConfigType: {
    ...configTypeFields,
    givenName,
    values: (node) => (node.type.values ?? []).map((value) => ({ value, description: null })),
  },
  ScalarUnionConfigType: {
    ...configTypeFields,
    scalarTypeKey: (node) => node.type.scalarTypeKey ?? "",
    nonScalarTypeKey: (node) => node.type.nonScalarTypeKey ?? "",
    scalarType: (node) => configTypeAt(node, node.type.scalarTypeKey),
    nonScalarType: (node) => configTypeAt(node, node.type.nonScalarTypeKey),
  },
  MapConfigType: {
    ...configTypeFields,
    keyLabelName: (node) => node.type.keyLabelName ?? null,
    keyType: (node) => configTypeAt(node, node.type.keyTypeKey),
    valueType: (node) => configTypeAt(node, node.type.ofTypeKey),
  },
  ...validationErrorResolvers(),
};

/** Every PipelineConfigValidationError member reads its stack, and the missing-field ones their fields, the same way. */
function validationErrorResolvers(): Resolvers {
  const stack = { stack: (error: ConfigErrorNode) => ({ entries: error.stack.map(evaluationStackEntry) }) };
  return {
    FieldNotDefinedConfigError: stack,
    FieldsNotDefinedConfigError: stack,
    MissingFieldConfigError: {
      ...stack,
      field: (error) => {
        // Only MISSING_REQUIRED_FIELD errors are resolved as this type, and each names its field.
        if (!("field" in error)) throw new Error(`A ${error.reason} error has no field`);
        return namedField(error.field, error.index);
      },
    },
    MissingFieldsConfigError: {
      ...stack,
      fields: (error) =>
        ("fields" in error ? error.fields : []).map((field) => namedField(field, error.index)),
    },
    RuntimeMismatchConfigError: stack,
    SelectorTypeConfigError: stack,
  };
}
