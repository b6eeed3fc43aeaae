/**
 * The executable schema: Dagster-compatible type definitions per domain plus their resolvers.
 * Union and interface members are resolved from the `__typename` every presenter sets. The directives are
 * Dagster's (see directives.ts), not graphql-js's defaults, so graphql-core 3.2 clients can build the schema.
 * @module
 */
import { GraphQLScalarType, GraphQLSchema, valueFromASTUntyped } from "graphql";
import { createSchema } from "graphql-yoga";
import { DAGFLARE_VERSION } from "../../../shared/version";
import type { GraphQLContext } from "./context";
import { DAGSTER_DIRECTIVES } from "./directives";
import { presentInstance } from "./presenters/instance";
import { PERMISSIONS } from "./presenters/permissions";
import { capturedLogsQueries, capturedLogsRunFields, capturedLogsSubscriptions } from "./resolvers/captured-logs-resolvers";
import { configQueries } from "./resolvers/config-resolvers";
import { instigationMutations, instigationQueries } from "./resolvers/instigation-resolvers";
import { launchMutations } from "./resolvers/launch-resolvers";
import { runQueries } from "./resolvers/run-resolvers";
import { subscriptionResolvers } from "./resolvers/subscription-resolvers";
import { workspaceMutations, workspaceQueries } from "./resolvers/workspace-resolvers";
import { capturedLogsTypeDefs } from "./type-defs/captured-logs";
import { configTypeDefs } from "./type-defs/config";
import { errorTypeDefs } from "./type-defs/errors";
import { eventTypeDefs } from "./type-defs/events";
import { instanceTypeDefs } from "./type-defs/instance";
import { instigationTypeDefs } from "./type-defs/instigation";
import { instigationOperationTypeDefs } from "./type-defs/instigation-operations";
import { launchTypeDefs } from "./type-defs/launch";
import { pipelineTypeDefs } from "./type-defs/pipeline";
import { rootTypeDefs } from "./type-defs/root";
import { runTypeDefs } from "./type-defs/runs";
import { subscriptionTypeDefs } from "./type-defs/subscription";
import { workspaceTypeDefs } from "./type-defs/workspace";

/** Dagster's GenericScalar: any JSON value (run config as an object, or YAML text). */
const RunConfigData = new GraphQLScalarType({
  name: "RunConfigData",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

const executableSchema = createSchema<GraphQLContext>({
  typeDefs: [
    rootTypeDefs,
    errorTypeDefs,
    workspaceTypeDefs,
    pipelineTypeDefs,
    configTypeDefs,
    runTypeDefs,
    eventTypeDefs,
    instanceTypeDefs,
    instigationTypeDefs,
    launchTypeDefs,
    instigationOperationTypeDefs,
    subscriptionTypeDefs,
    capturedLogsTypeDefs,
  ],
  resolvers: {
    RunConfigData,
    Query: {
      version: () => DAGFLARE_VERSION,
      instance: (_: unknown, __: unknown, context: GraphQLContext) => presentInstance(context),
      permissions: () => PERMISSIONS,
      canBulkTerminate: () => true,
      ...workspaceQueries,
      ...configQueries,
      ...runQueries,
      ...instigationQueries,
      ...capturedLogsQueries,
    },
    Run: capturedLogsRunFields,
    Mutation: {
      ...workspaceMutations,
      ...launchMutations,
      ...instigationMutations,
    },
    Subscription: { ...subscriptionResolvers, ...capturedLogsSubscriptions },
  },
});

export const schema = new GraphQLSchema({ ...executableSchema.toConfig(), directives: DAGSTER_DIRECTIVES });
