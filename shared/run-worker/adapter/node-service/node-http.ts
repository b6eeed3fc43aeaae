/**
 * Serves a fetch-style handler (`Request` in, `Response` out, as Workers and Hono use) with node:http, so
 * the service runs the same protocol handler as a code location Worker. A client that disconnects before
 * its answer is sent aborts the request's `signal`, as in Workers: a step server's op is interrupted when
 * the executor that asked for it gives up (termination, its timeout).
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type FetchHandler = (request: Request) => Promise<Response>;

/** Resolves once the server listens on `host:port` (port 0: any free port; read it from `server.address()`). */
export function listen(handler: FetchHandler, options: { port: number; host: string }): Promise<Server> {
  const server = createServer((incoming, outgoing) => void respond(handler, incoming, outgoing));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

async function respond(
  handler: FetchHandler,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const disconnected = new AbortController();
  outgoing.once("close", () => {
    if (!outgoing.writableFinished)
      disconnected.abort(new Error("the client disconnected before the answer was sent"));
  });
  try {
    const response = await handler(await toRequest(incoming, disconnected.signal));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    // The protocol handler answers its own errors; this is a failure to read the request or write the answer.
    const message = error instanceof Error ? error.message : String(error);
    if (!outgoing.headersSent) outgoing.writeHead(500, { "content-type": "application/json" });
    outgoing.end(JSON.stringify({ error: message }));
  }
}

async function toRequest(incoming: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, item);
  }
  const method = incoming.method ?? "GET";
  const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host ?? "localhost"}`);
  return new Request(url, {
    method,
    headers,
    signal,
    ...(method === "GET" || method === "HEAD" ? {} : { body: Buffer.concat(chunks) }),
  });
}
