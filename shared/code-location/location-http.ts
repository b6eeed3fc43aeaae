/**
 * The code location protocol as JSON over HTTP, for locations reached by URL: `POST /__dagflare/<method>`
 * with the request as the body answers the result JSON; `GET /__dagflare/ping` is a liveness probe.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import { CODE_LOCATION_METHODS, type CodeLocationMethod, type LocationHandlers } from "./location-server";
import { CODE_LOCATION_HTTP_PREFIX } from "../protocol/code-location-protocol";
import {
  RUN_WORKER_HOST_METHODS,
  type RunWorkerHostHandlers,
  type RunWorkerHostMethod,
} from "./run-worker-host";

/** Everything a location server answers: the code location protocol and the run worker host methods. */
export type ServerHandlers = LocationHandlers & RunWorkerHostHandlers;
type ServerMethod = CodeLocationMethod | RunWorkerHostMethod;
const SERVER_METHODS: readonly ServerMethod[] = [...CODE_LOCATION_METHODS, ...RUN_WORKER_HOST_METHODS];

function isServerMethod(name: string): name is ServerMethod {
  return (SERVER_METHODS as readonly string[]).includes(name);
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers });
}

/**
 * Answers one HTTP request. Never throws: 404 for paths outside the protocol or unknown methods, 405
 * for a wrong verb, 400 `{ error }` for bad JSON or a malformed request, 500 `{ error }` otherwise.
 */
export async function handleLocationHttp(handlers: ServerHandlers, request: Request): Promise<Response> {
  const { pathname, searchParams } = new URL(request.url);
  if (!pathname.startsWith(CODE_LOCATION_HTTP_PREFIX)) {
    return json(404, {
      error: `no route for ${pathname}: this Worker is a Dagflare code location (POST ${CODE_LOCATION_HTTP_PREFIX}<method>)`,
    });
  }
  const method = pathname.slice(CODE_LOCATION_HTTP_PREFIX.length);
  if (!isServerMethod(method)) {
    return json(404, { error: `unknown method "${method}" (methods: ${SERVER_METHODS.join(", ")})` });
  }
  if (request.method === "GET" && method === "ping")
    return answer(() => handlers.ping({ echo: searchParams.get("echo") ?? "" }));
  if (request.method !== "POST")
    return json(
      405,
      { error: `${method} takes POST with a JSON body` },
      { Allow: method === "ping" ? "GET, POST" : "POST" },
    );
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: `${method}: the request body is not valid JSON` });
  }
  return answer(() => handlers[method](body, request.signal));
}

async function answer(run: () => Promise<unknown>): Promise<Response> {
  try {
    return json(200, await run());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return json(error instanceof DagflareError && error.isUserError ? 400 : 500, { error: message });
  }
}
