/**
 * Dagster's locationStateChangeEvents subscription: one payload per code location reloaded, failing to
 * load, shut down or loaded again after a shutdown, from the moment the subscription starts.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  enum LocationStateChangeEventType {
    LOCATION_UPDATED
    LOCATION_DISCONNECTED
    LOCATION_RECONNECTED
    LOCATION_ERROR
  }

  type LocationStateChangeEvent {
    eventType: LocationStateChangeEventType!
    message: String!
    locationName: String!
    serverId: String
  }

  type LocationStateChangeSubscription {
    event: LocationStateChangeEvent!
  }

  type Subscription {
    locationStateChangeEvents: LocationStateChangeSubscription!
  }
`;
