/**
 * Access control: the caller, API tokens, role grants and the audit log.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const authDomain: GraphQLDomain = { typeDefs, resolvers };
