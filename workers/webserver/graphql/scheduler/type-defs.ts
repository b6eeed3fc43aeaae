/**
 * Dagster's `scheduler` root field: which scheduler ticks the schedules. Dagflare's is always the daemon's
 * scheduler sub-daemon (durable-objects/daemon), so the answer is never SchedulerNotDefinedError.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  type Scheduler {
    schedulerClass: String
  }

  type SchedulerNotDefinedError implements Error {
    message: String!
  }

  union SchedulerOrError = Scheduler | SchedulerNotDefinedError | PythonError

  type Query {
    scheduler: SchedulerOrError!
  }
`;
