/**
 * Captured stdout/stderr (compute logs) as Dagster's GraphQL serves them: `capturedLogs` and
 * `capturedLogsMetadata` by log key (`[runId, "compute_logs", fileKey]`, the file key from a
 * LogsCapturedEvent), the live `capturedLogs` subscription, and `Run.capturedLogs(fileKey)`. Cursors are
 * Dagster's `"<stdout byte offset>:<stderr byte offset>"`; `limit` is bytes per stream (1 MB when absent, at most 4 MB: read on from the cursor, or download the whole stream at /logs/...).
 * @module
 */
export const typeDefs = /* GraphQL */ `
  type CapturedLogs {
    logKey: [String!]!
    stdout: String
    stderr: String
    cursor: String
  }

  type CapturedLogsMetadata {
    stdoutDownloadUrl: String
    stdoutLocation: String
    stderrDownloadUrl: String
    stderrLocation: String
  }

  type Query {
    capturedLogsMetadata(logKey: [String!]!): CapturedLogsMetadata!
    capturedLogs(logKey: [String!]!, cursor: String, limit: Int): CapturedLogs!
  }

  type Subscription {
    capturedLogs(logKey: [String!]!, cursor: String): CapturedLogs!
  }

  extend interface PipelineRun {
    capturedLogs(fileKey: String!): CapturedLogs!
  }

  extend type Run {
    capturedLogs(fileKey: String!): CapturedLogs!
  }
`;
