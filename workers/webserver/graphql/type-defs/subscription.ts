/**
 * The Subscription root: a run's event log streamed live (Dagster's `pipelineRunLogs`), served over SSE.
 * @module
 */
export const subscriptionTypeDefs = /* GraphQL */ `
  type Subscription {
    pipelineRunLogs(runId: ID!, cursor: String): PipelineRunLogsSubscriptionPayload!
  }

  type PipelineRunLogsSubscriptionSuccess {
    run: Run!
    messages: [DagsterRunEvent!]!
    hasMorePastEvents: Boolean!
    cursor: String!
  }

  type PipelineRunLogsSubscriptionFailure {
    message: String!
    missingRunId: String
  }

  union PipelineRunLogsSubscriptionPayload = PipelineRunLogsSubscriptionSuccess | PipelineRunLogsSubscriptionFailure
`;
