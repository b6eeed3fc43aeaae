/**
 * Errors an op throws on purpose to steer retries, as in Dagster: `RetryRequested` asks for another
 * attempt regardless of the op's RetryPolicy, `Failure` fails with a description and can forbid retries.
 * @module
 */

/** Thrown by an op to request a retry: allowed while the attempt number is below `maxRetries` (default 1). */
export class RetryRequested extends Error {
  override readonly name = "RetryRequested";
  readonly maxRetries: number;
  readonly secondsToWait: number;

  constructor(options: { maxRetries?: number; secondsToWait?: number; cause?: unknown } = {}) {
    const maxRetries = options.maxRetries ?? 1;
    const secondsToWait = Math.max(0, options.secondsToWait ?? 0);
    super(`Retry requested (up to ${maxRetries} retries, waiting ${secondsToWait}s)`, {
      cause: options.cause,
    });
    this.maxRetries = maxRetries;
    this.secondsToWait = secondsToWait;
  }
}

/** Thrown by an op to fail with a description; `allowRetries: false` bypasses the op's RetryPolicy. */
export class Failure extends Error {
  override readonly name = "Failure";
  readonly allowRetries: boolean;
  readonly metadata: Readonly<Record<string, unknown>>;

  constructor(options: {
    description: string;
    metadata?: Record<string, unknown>;
    allowRetries?: boolean;
    cause?: unknown;
  }) {
    super(options.description, { cause: options.cause });
    this.allowRetries = options.allowRetries ?? true;
    this.metadata = options.metadata ?? {};
  }
}
