/**
 * Runs: the Run type over stored run records, lists, groups, tags and stats.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { runQueries } from "./query-resolvers";
import { runResolvers } from "./run-resolvers";
import { typeDefs } from "./type-defs";

export const runsDomain: GraphQLDomain = {
  typeDefs,
  resolvers: {
    Query: runQueries,
    Run: runResolvers,
    Runs: {
      results: (page) => page.runs,
      count: (page, _, context) => context.instance.storage.runs.getRunsCount(page.filter),
    },
  },
};
