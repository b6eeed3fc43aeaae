/**
 * An error the CLI reports to its user and exits with: the API's own words, and where the problem is
 * (a GraphQL path, a run-config path, a flag), never a stack trace.
 * @module
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** Lines under the message: one per API error, each with its path. */
    readonly details: readonly string[] = [],
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
