/**
 * The new-user experience flag and UI telemetry, answered without keeping or sending anything.
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const nuxDomain: GraphQLDomain = { typeDefs, resolvers };
