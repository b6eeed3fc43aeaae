/**
 * GraphQL Yoga, built once per isolate (not per request). The Instance arrives in the server context.
 * @module
 */
import { createYoga } from "graphql-yoga";
import type { Caller } from "../../../shared/auth/caller";
import type { Instance } from "../../../shared/instance/instance";
import { createGraphQLContext, type GraphQLContext } from "./context";
import { schema } from "./schema";
import { useQueryLimits } from "./auth/use-query-limits";
import { useDagsterStatusCodes } from "./use-dagster-status-codes";

/** `caller` absent (tests calling Yoga directly) is the local caller. */
export type YogaServerContext = { instance: Instance; caller?: Caller; instigatorsChanged: () => void };

export const yoga = createYoga<YogaServerContext, GraphQLContext>({
  schema,
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: false,
  context: ({ instance, caller, instigatorsChanged }) =>
    createGraphQLContext(instance, instigatorsChanged, caller),
  // Unexpected errors are masked (logged server-side); domain failures are in-band union members anyway.
  maskedErrors: true,
  plugins: [useDagsterStatusCodes(), useQueryLimits()],
});
