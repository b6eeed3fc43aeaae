/**
 * A StepRunner over HTTP: each attempt is the code location protocol's `executeStep`, POSTed to a step
 * server (a run-worker service, a code location Worker reached by URL, a container). HTTP cannot stream,
 * so the op's log lines come back in the result (and its console output is not captured). A step server
 * that cannot be reached rejects, which fails the step with the URL and the cause. Termination aborts the
 * request in flight.
 * @module
 */
import { HttpCodeLocationClient } from "../code-location/http-client";
import type { ExecuteStepRequest } from "../protocol/code-location-protocol";
import { globalFetch, withDeadline } from "../http/http-fetch";
import type { StepRunner } from "./step-runner";

export type HttpStepRunnerOptions = {
  /** The step server's base URL for a step (the protocol path `/__dagflare/executeStep` is appended). */
  readonly urlFor: (request: ExecuteStepRequest) => string;
  readonly headers?: Readonly<Record<string, string>>;
  /** How long one attempt may take before it fails. */
  readonly timeoutMs: number;
};

export function createHttpStepRunner(options: HttpStepRunnerOptions): StepRunner {
  const send = withDeadline(globalFetch, options.timeoutMs);
  return (request, hooks) => {
    const url = options.urlFor(request);
    const fetch = (call: Request) => send(new Request(call, { signal: hooks.signal }));
    const client = new HttpCodeLocationClient({
      locationName: `step server at ${url}`,
      url,
      fetch,
      headers: options.headers,
    });
    return client.executeStep(request);
  };
}
