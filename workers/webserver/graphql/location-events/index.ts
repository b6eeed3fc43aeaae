/**
 * Live code location state changes.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const locationEventsDomain: GraphQLDomain = { typeDefs, resolvers };
