/**
 * A GraphQL subscription over Server-Sent Events, as GraphQL Yoga serves them: POST /graphql with
 * `Accept: text/event-stream`; the server answers `next` events (one result each) and a `complete`.
 * `fetch` rather than EventSource, so the document travels in a POST body and the stream can be aborted.
 * @module
 */
import { GraphQLRequestError } from "../../api/graphql";
import type { TypedDocumentString } from "../../gql/graphql";

/** The server does not stream: no SSE support, or it answered with an error status. */
export class SubscriptionUnavailableError extends Error {
  override readonly name = "SubscriptionUnavailableError";
}

/**
 * Yields the data of every result until the server completes the stream. Throws
 * SubscriptionUnavailableError when no stream could be opened, GraphQLRequestError for GraphQL errors in
 * a result, and an Error when the stream breaks off before `complete`.
 */
export async function* subscribe<T, TVariables>(
  document: TypedDocumentString<T, TVariables>,
  variables: TVariables,
  signal: AbortSignal,
): AsyncGenerator<T, void, undefined> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  const contentType = response.headers.get("content-type") ?? "";
  if (!response.ok || !response.body || !contentType.startsWith("text/event-stream")) {
    throw new SubscriptionUnavailableError(
      `the server answered HTTP ${response.status} (${contentType || "no content type"}) instead of an event stream`,
    );
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error("the live event stream closed before the run finished");
      buffered += value.replaceAll("\r\n", "\n");
      for (let end = buffered.indexOf("\n\n"); end >= 0; end = buffered.indexOf("\n\n")) {
        const message = parseMessage(buffered.slice(0, end));
        buffered = buffered.slice(end + 2);
        if (message.event === "complete") return;
        if (message.event !== "next" || message.data === "") continue;
        const result = JSON.parse(message.data) as { data?: T; errors?: ReadonlyArray<{ message: string }> };
        if (result.errors?.length)
          throw new GraphQLRequestError(result.errors.map((error) => error.message).join("\n"));
        if (result.data !== undefined) yield result.data;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** One SSE message's event name and data; comment lines (keep-alive pings) carry neither. */
function parseMessage(text: string): { event: string; data: string } {
  let event = "message";
  const data: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
  }
  return { event, data: data.join("\n") };
}
