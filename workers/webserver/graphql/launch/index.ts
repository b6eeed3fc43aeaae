/**
 * Launching, re-executing, terminating and deleting runs: the mutations and their result members.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const launchDomain: GraphQLDomain = { typeDefs, resolvers: { Mutation: resolvers } };
