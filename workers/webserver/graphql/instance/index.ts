/**
 * The instance: version, permissions, run launcher, queue config and daemon health.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const instanceDomain: GraphQLDomain = { typeDefs, resolvers };
