/**
 * Op concurrency pools: limits, slots, waiting steps.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const concurrencyDomain: GraphQLDomain = { typeDefs, resolvers };
