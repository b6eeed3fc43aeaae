/**
 * Schedules and sensors: their definitions joined with stored state and ticks, the queries that list and
 * find them, and the mutations that turn them on and off, reset them, set cursors and dry-run them.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { instigationMutations, instigationQueries } from "./root-resolvers";
import { typeDefs } from "./type-defs";
import { typeResolvers } from "./type-resolvers";

export const instigationDomain: GraphQLDomain = {
  typeDefs,
  resolvers: { ...typeResolvers, Query: instigationQueries, Mutation: instigationMutations },
};
