/**
 * Run config: the RunConfigData scalar, a job's config schema as Dagster's config types, and validation.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const runConfigDomain: GraphQLDomain = { typeDefs, resolvers };
