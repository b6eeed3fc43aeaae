/**
 * Captured stdout/stderr of steps: by log key, live, and as `Run.capturedLogs`.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const capturedLogsDomain: GraphQLDomain = { typeDefs, resolvers };
