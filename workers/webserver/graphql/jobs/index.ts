/**
 * Jobs: a job's op graph, Dagster types, modes and resources, and `pipelineOrError`.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const jobsDomain: GraphQLDomain = { typeDefs, resolvers };
