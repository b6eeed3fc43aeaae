/**
 * Nothing to show, nothing kept, nothing sent (see type-defs.ts).
 * @module
 */
import type { Resolvers } from "../__generated__/resolvers-types";

export const resolvers: Resolvers = {
  Query: {
    shouldShowNux: () => false,
  },
  Mutation: {
    setNuxSeen: () => true,
    logTelemetry: (_, { action }) => ({ __typename: "LogTelemetrySuccess", action }),
  },
};
