/**
 * Top-level resources and the environment variables they read.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const resourcesDomain: GraphQLDomain = { typeDefs, resolvers };
