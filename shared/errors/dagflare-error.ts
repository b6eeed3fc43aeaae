/**
 * One error class for failures Dagflare itself detects, told apart by a typed `code`.
 * User errors are things a user can fix (bad config, bad run config, bad definitions, bad input);
 * system errors are infrastructure faults or our bugs. The webserver maps user errors to 4xx or typed
 * GraphQL members and masks system errors.
 * @module
 */

export const USER_ERROR_CODES = [
  /** dagflare.yaml or workspace.yaml is invalid. */
  "INVALID_CONFIG",
  /** A run config does not match the job's config schema. */
  "INVALID_RUN_CONFIG",
  /** A code location's definitions are invalid (cycle, dangling input, duplicate name, bad cron...). */
  "INVALID_DEFINITION",
  /** A request names something that does not exist (job, run, schedule...). */
  "NOT_FOUND",
  /** A request is malformed (bad argument, bad cursor). */
  "BAD_REQUEST",
  /** A run with this id already exists. */
  "RUN_CONFLICT",
  /** The caller's role does not allow what they asked for. */
  "FORBIDDEN",
] as const;

export const SYSTEM_ERROR_CODES = [
  /** A code location could not be reached or answered with a protocol error. */
  "CODE_LOCATION_UNAVAILABLE",
  /** Storage failed. */
  "STORAGE_ERROR",
  /** Anything else we did not expect. */
  "INTERNAL",
] as const;

export type UserErrorCode = (typeof USER_ERROR_CODES)[number];
export type SystemErrorCode = (typeof SYSTEM_ERROR_CODES)[number];
export type DagflareErrorCode = UserErrorCode | SystemErrorCode;

export class DagflareError extends Error {
  override readonly name: string;
  readonly code: DagflareErrorCode;

  constructor(code: DagflareErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = `DagflareError[${code}]`;
  }

  get isUserError(): boolean {
    return (USER_ERROR_CODES as readonly string[]).includes(this.code);
  }
}
