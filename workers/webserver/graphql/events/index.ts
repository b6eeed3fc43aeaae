/**
 * A run's event log: Dagster's DagsterRunEvent members over stored events, paged and streamed live.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const eventsDomain: GraphQLDomain = { typeDefs, resolvers };
