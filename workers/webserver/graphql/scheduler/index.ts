/**
 * The scheduler in use.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const schedulerDomain: GraphQLDomain = { typeDefs, resolvers };
