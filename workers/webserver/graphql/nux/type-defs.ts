/**
 * Dagster's new-user experience and UI telemetry hooks. Dagflare has no onboarding dialog to show and
 * collects no telemetry: the NUX is never shown, and telemetry is acknowledged and dropped, so Dagster's UI
 * and clients calling them work unchanged and nothing is ever sent anywhere.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  type LogTelemetrySuccess {
    action: String!
  }

  union LogTelemetryMutationResult = LogTelemetrySuccess | PythonError

  type Query {
    shouldShowNux: Boolean!
  }

  type Mutation {
    setNuxSeen: Boolean!
    logTelemetry(action: String!, clientTime: String!, clientId: String!, metadata: String!): LogTelemetryMutationResult!
  }
`;
