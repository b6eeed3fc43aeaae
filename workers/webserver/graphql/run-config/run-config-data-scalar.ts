/**
 * Dagster's GenericScalar as `RunConfigData`: any JSON value (run config as an object, or YAML text).
 * @module
 */
import { GraphQLScalarType, valueFromASTUntyped } from "graphql";

export const RunConfigData = new GraphQLScalarType({
  name: "RunConfigData",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
