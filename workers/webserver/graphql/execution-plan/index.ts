/**
 * A job's execution plan, asked for before launching.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const executionPlanDomain: GraphQLDomain = { typeDefs, resolvers };
