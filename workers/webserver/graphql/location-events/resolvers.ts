/**
 * locationStateChangeEvents: each stored location change as one payload.
 * @module
 */
import type { LocationStateChange } from "../../../../shared/workspace/location-state-changes";
import type { Resolvers } from "../__generated__/resolvers-types";
import { streamLocationStateChanges } from "./location-event-stream";

export const resolvers: Resolvers = {
  Subscription: {
    locationStateChangeEvents: {
      subscribe: (_, __, context) => streamLocationStateChanges(context.instance.storage.codeLocations),
      resolve: (event: LocationStateChange) => ({ event }),
    },
  },
};
