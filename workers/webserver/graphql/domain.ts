/**
 * What a domain folder (workers/webserver/graphql/<domain>/) contributes to the schema: its SDL and its
 * resolvers, typed by the resolver types codegen generates from the whole schema's SDL.
 * @module
 */
import type { Resolvers } from "./__generated__/resolvers-types";

export type GraphQLDomain = {
  /** The domain's SDL. A root type (Query, Mutation, Subscription) may be declared by several domains; their fields merge. */
  typeDefs: string;
  resolvers: Resolvers;
};
