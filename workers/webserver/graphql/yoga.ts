/**
 * GraphQL Yoga, built once per isolate (not per request). The Instance arrives in the server context.
 * @module
 */
import { createYoga } from "graphql-yoga";
import type { Instance } from "../../../shared/instance/instance";
import { createGraphQLContext, type GraphQLContext } from "./context";
import { schema } from "./schema";
import { useDagsterStatusCodes } from "./use-dagster-status-codes";

export type YogaServerContext = { instance: Instance; instigatorsChanged: () => void };

export const yoga = createYoga<YogaServerContext, GraphQLContext>({
  schema,
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: false,
  context: ({ instance, instigatorsChanged }) => createGraphQLContext(instance, instigatorsChanged),
  // Unexpected errors are masked (logged server-side); domain failures are in-band union members anyway.
  maskedErrors: true,
  plugins: [useDagsterStatusCodes()],
});
