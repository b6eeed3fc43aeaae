/**
 * A minimal GraphQL-over-SSE client for subscription tests (webserver and integration projects): POSTs
 * the document with `Accept: text/event-stream` and yields each `next` result with its arrival time.
 */

export type SseResult<T> = { data?: T; errors?: unknown[]; receivedAt: number };

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Yields every result the server sends, returning once it sends `complete`; throws when the response is
 * not an event stream or the stream closes without `complete`.
 */
export async function* subscribeOverSse<T>(
  fetcher: Fetch,
  url: string,
  query: string,
  variables: Record<string, unknown>,
): AsyncGenerator<SseResult<T>, void, undefined> {
  const response = await fetcher(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query, variables }),
  });
  const contentType = response.headers.get("content-type") ?? "";
  if (!response.body || !contentType.startsWith("text/event-stream")) {
    throw new Error(
      `expected an event stream, got ${response.status} ${contentType}: ${await response.text()}`,
    );
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error("the event stream closed without a complete event");
      buffered += value;
      let end: number;
      while ((end = buffered.indexOf("\n\n")) >= 0) {
        const message = parseMessage(buffered.slice(0, end));
        buffered = buffered.slice(end + 2);
        if (message.event === "complete") return;
        if (message.event === "next")
          yield { ...(JSON.parse(message.data) as Omit<SseResult<T>, "receivedAt">), receivedAt: Date.now() };
      }
    }
  } finally {
    await reader.cancel();
  }
}

/** One SSE message's event name and data lines; comment lines (keep-alive pings) are dropped. */
function parseMessage(text: string): { event: string; data: string } {
  let event = "message";
  const data: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("event:")) event = line.slice("event:".length).trim();
    else if (line.startsWith("data:")) data.push(line.slice("data:".length).trimStart());
  }
  return { event, data: data.join("\n") };
}

/** Collects every result until the server completes the stream. */
export async function collect<T>(results: AsyncIterable<SseResult<T>>): Promise<SseResult<T>[]> {
  const all: SseResult<T>[] = [];
  for await (const result of results) all.push(result);
  return all;
}

/** Dagster UI's run log subscription, trimmed to what the tests check. */
export const PIPELINE_RUN_LOGS = `subscription PipelineRunLogsSubscription($runId: ID!, $cursor: String) {
  pipelineRunLogs(runId: $runId, cursor: $cursor) {
    __typename
    ... on PipelineRunLogsSubscriptionSuccess {
      run { runId status }
      messages { __typename ... on MessageEvent { eventType message stepKey } }
      hasMorePastEvents
      cursor
    }
    ... on PipelineRunLogsSubscriptionFailure { message missingRunId }
  }
}`;

export type LogMessage = {
  __typename: string;
  eventType: string | null;
  message: string;
  stepKey: string | null;
};

export type PipelineRunLogs = {
  pipelineRunLogs: {
    __typename: string;
    run?: { runId: string; status: string };
    messages?: LogMessage[];
    hasMorePastEvents?: boolean;
    cursor?: string;
    message?: string;
    missingRunId?: string | null;
  };
};
