/**
 * The executable schema, assembled from one folder per domain (each with its SDL, resolvers and mappers;
 * see domain.ts). Root types (Query, Mutation, Subscription) are declared by every domain that adds to
 * them, and their fields merged here. The directives are Dagster's (see directives.ts), not graphql-js's
 * defaults, so graphql-core 3.2 clients can build the schema from introspection.
 * @module
 */
import { GraphQLSchema } from "graphql";
import { createSchema } from "graphql-yoga";
import { authDomain } from "./auth";
import { capturedLogsDomain } from "./captured-logs";
import { concurrencyDomain } from "./concurrency";
import { nuxDomain } from "./nux";
import { schedulerDomain } from "./scheduler";
import type { GraphQLContext } from "./context";
import { DAGSTER_DIRECTIVES } from "./directives";
import type { GraphQLDomain } from "./domain";
import { errorsDomain } from "./errors";
import { eventsDomain } from "./events";
import { executionPlanDomain } from "./execution-plan";
import { locationEventsDomain } from "./location-events";
import { resourcesDomain } from "./resources";
import { instanceDomain } from "./instance";
import { instigationDomain } from "./instigation";
import { jobsDomain } from "./jobs";
import { launchDomain } from "./launch";
import { runConfigDomain } from "./run-config";
import { runsDomain } from "./runs";
import { workspaceDomain } from "./workspace";

/** Every domain of the schema; a new domain folder is one import and one entry here. */
const DOMAINS: GraphQLDomain[] = [
  errorsDomain,
  instanceDomain,
  workspaceDomain,
  jobsDomain,
  runConfigDomain,
  runsDomain,
  eventsDomain,
  instigationDomain,
  launchDomain,
  capturedLogsDomain,
  concurrencyDomain,
  nuxDomain,
  schedulerDomain,
  authDomain,
  executionPlanDomain,
  locationEventsDomain,
  resourcesDomain,
];

const executableSchema = createSchema<GraphQLContext>({
  typeDefs: DOMAINS.map((domain) => domain.typeDefs),
  resolvers: DOMAINS.map((domain) => domain.resolvers),
});

export const schema = new GraphQLSchema({ ...executableSchema.toConfig(), directives: DAGSTER_DIRECTIVES });
