/**
 * The workspace: code location entries, loaded locations and their repositories; reload and shutdown.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { workspaceMutations, workspaceQueries } from "./root-resolvers";
import { typeDefs } from "./type-defs";

export const workspaceDomain: GraphQLDomain = {
  typeDefs,
  resolvers: { ...resolvers, Query: workspaceQueries, Mutation: workspaceMutations },
};
