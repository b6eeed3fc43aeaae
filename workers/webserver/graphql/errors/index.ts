/**
 * Dagster's error types: SDL only (each domain builds the members it answers with, from not-found.ts and
 * python-error.ts).
 * @module
 */
import type { GraphQLDomain } from "../domain";
import { typeDefs } from "./type-defs";

export const errorsDomain: GraphQLDomain = { typeDefs, resolvers: {} };
