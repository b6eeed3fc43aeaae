/**
 * Op retry policies with Dagster's semantics (`dagster/_core/definitions/policy.py`): how many retries an
 * op gets and how long to wait before each one.
 * @module
 */
import {
  RetryPolicySchema,
  type RetryPolicy as RetryPolicySnapshot,
} from "../protocol/code-location-protocol";
import { Failure, RetryRequested } from "./control-flow";
import { formatZodIssues } from "../errors/format-zod-issues";

export type RetryPolicy = RetryPolicySnapshot;

/** Builds a retry policy; `maxRetries` defaults to 1 like Dagster's. Checked when the location loads. */
export function RetryPolicy(options: Partial<RetryPolicy> = {}): RetryPolicy {
  return { ...options, maxRetries: options.maxRetries ?? 1 };
}

/** Why `policy` is invalid, or undefined. Backoff or jitter without a delay is an error, as in Dagster. */
export function retryPolicyProblem(policy: RetryPolicy): string | undefined {
  const parsed = RetryPolicySchema.strict().safeParse(policy);
  if (!parsed.success) return formatZodIssues(parsed.error, "retryPolicy");
  if ((policy.backoff !== undefined || policy.jitter !== undefined) && policy.delay === undefined) {
    return "retryPolicy: backoff and jitter need a delay";
  }
  return undefined;
}

/**
 * Seconds to wait before retry number `retryNumber` (1 for the first retry): delay, delay·n (LINEAR) or
 * (2ⁿ−1)·delay (EXPONENTIAL), then FULL jitter scales it by uniform(0,1) and PLUS_MINUS adds ±delay·uniform.
 */
export function retryDelaySeconds(
  policy: RetryPolicy,
  retryNumber: number,
  random: () => number = Math.random,
): number {
  const delay = policy.delay ?? 0;
  const base =
    policy.backoff === "EXPONENTIAL"
      ? (2 ** retryNumber - 1) * delay
      : policy.backoff === "LINEAR"
        ? delay * retryNumber
        : delay;
  const jittered =
    policy.jitter === "FULL"
      ? random() * base
      : policy.jitter === "PLUS_MINUS"
        ? base + (2 * random() - 1) * delay
        : base;
  return Math.max(0, jittered);
}

/**
 * Whether a step that threw `thrown` on attempt `attempt` (0-based) gets another attempt, and after how
 * long: RetryRequested decides alone, `Failure({ allowRetries: false })` never retries, anything else
 * follows the op's policy.
 */
export function retryAfterFailure(
  thrown: unknown,
  policy: RetryPolicy | undefined,
  attempt: number,
  random: () => number = Math.random,
): { secondsToWait: number } | undefined {
  if (thrown instanceof RetryRequested)
    return attempt < thrown.maxRetries ? { secondsToWait: thrown.secondsToWait } : undefined;
  if (thrown instanceof Failure && !thrown.allowRetries) return undefined;
  if (policy === undefined || attempt >= policy.maxRetries) return undefined;
  return { secondsToWait: retryDelaySeconds(policy, attempt + 1, random) };
}
