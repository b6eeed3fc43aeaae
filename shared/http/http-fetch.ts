/**
 * HTTP between Dagflare's own processes (a run worker calling the instance API, a launcher calling a
 * run-worker service, an executor calling a step server): every call gets a deadline, and a call that
 * never got an answer fails with the method, the URL and the cause (connection refused, timeout), which
 * the platform's own "fetch failed" does not say.
 * @module
 */

/** How Dagflare sends a request; a service binding's or a Durable Object stub's `fetch` fits too. */
export type Fetch = (request: Request) => Promise<Response>;

/**
 * `send` with a deadline of `timeoutMs`; the request's own signal still aborts it too.
 * @throws Error `"<METHOD> <url>: <cause>"`, e.g. `POST http://127.0.0.1:9/x: connection refused (ECONNREFUSED)`.
 */
export function withDeadline(send: Fetch, timeoutMs: number): Fetch {
  return async (request) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      return await send(new Request(request, { signal: AbortSignal.any([deadline, request.signal]) }));
    } catch (error) {
      const why = deadline.aborted ? `no answer within ${timeoutMs / 1000} s` : describeFailure(error);
      throw new Error(`${request.method} ${request.url}: ${why}`, { cause: error });
    }
  };
}

/** The global fetch, called as a function (workerd refuses `fetch` detached from the global). */
export const globalFetch: Fetch = (request) => fetch(request);

/** Node's fetch hides the reason in `cause` (`{ code: "ECONNREFUSED" }`); bring it out. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string") {
    return cause.code === "ECONNREFUSED"
      ? "connection refused (ECONNREFUSED): is the service running at that address?"
      : `${error.message} (${cause.code})`;
  }
  return error.message;
}
