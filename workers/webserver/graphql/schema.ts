/**
 * The executable schema, assembled from one folder per domain (each with its SDL, resolvers and mappers;
 * see domain.ts). Root types (Query, Mutation, Subscription) are declared by every domain that adds to
 * them and merged here. The directives are Dagster's (see directives.ts), not graphql-js's defaults, so
 * graphql-core 3.2 clients can build the schema from introspection.
 * @module
 */
import { GraphQLSchema } from "graphql";
import { createSchema } from "graphql-yoga";
import { typeDefs as capturedLogsTypeDefs } from "./captured-logs/type-defs";
import type { GraphQLContext } from "./context";
import { DAGSTER_DIRECTIVES } from "./directives";
import { typeDefs as errorTypeDefs } from "./errors/type-defs";
import { typeDefs as eventTypeDefs } from "./events/type-defs";
import { typeDefs as instanceTypeDefs } from "./instance/type-defs";
import { typeDefs as instigationTypeDefs } from "./instigation/type-defs";
import { typeDefs as jobTypeDefs } from "./jobs/type-defs";
import { typeDefs as launchTypeDefs } from "./launch/type-defs";
import { presentInstance } from "./presenters/instance";
import { PERMISSIONS } from "./presenters/permissions";
import { capturedLogsQueries, capturedLogsRunFields, capturedLogsSubscriptions } from "./resolvers/captured-logs-resolvers";
import { configQueries } from "./resolvers/config-resolvers";
import { instigationMutations, instigationQueries } from "./resolvers/instigation-resolvers";
import { launchMutations } from "./resolvers/launch-resolvers";
import { runQueries } from "./resolvers/run-resolvers";
import { subscriptionResolvers } from "./resolvers/subscription-resolvers";
import { workspaceMutations, workspaceQueries } from "./resolvers/workspace-resolvers";
import { RunConfigData } from "./run-config/run-config-data-scalar";
import { typeDefs as runConfigTypeDefs } from "./run-config/type-defs";
import { typeDefs as runTypeDefs } from "./runs/type-defs";
import { typeDefs as workspaceTypeDefs } from "./workspace/type-defs";
import { DAGFLARE_VERSION } from "../../../shared/version";

const executableSchema = createSchema<GraphQLContext>({
  typeDefs: [
    errorTypeDefs,
    instanceTypeDefs,
    workspaceTypeDefs,
    jobTypeDefs,
    runConfigTypeDefs,
    runTypeDefs,
    eventTypeDefs,
    instigationTypeDefs,
    launchTypeDefs,
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
